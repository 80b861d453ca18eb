/**
 * Direct or partial, and whether quotation marks report speech at all.
 *
 * A quotation is direct when it stands as the speaker's own sentence(s): it opens its sentence, or it is introduced
 * by an attribution (`X said: “...”`, `he told the BBC, “...”`, `he said, “respond.”` after a split), or it continues
 * a quote from the previous paragraph. It is partial when its words are embedded in the reporter's sentence
 * (`was continuing “but training activities are currently suspended.”`, `would have to “wait and see”`, `described
 * it as “...”`, a quoted line used as the subject, a crosshead made of a quoted phrase).
 *
 * `namesSomething` drops marks that do not report speech: titles of works (titles.ts), terms, nicknames, citations
 * and related-link furniture (terms.ts), and names after naming words (so-called, titled, known as).
 */
import type { QuoteKind } from '../types.js';
import type { Attribution } from './attribution.js';
import type { Range } from './clauses.js';
import { MASK, sentenceOf, type Layout } from './layout.js';
import { closeEnd, type RawSpan } from './spans.js';
import { isCitationTitle, isFurnitureParagraph, isNickname, isTermUse } from './terms.js';
import { bareText, isTitleUse, looksLikeTitle, usedAsNoun } from './titles.js';
import { writtenStatement } from './written.js';

export { looksLikeTitle };

export function quoteKind(layout: Layout, span: RawSpan, sentence: Range | undefined, attribution: Attribution | null): QuoteKind {
  const from = sentence?.start ?? 0;
  const pre = layout.masked.slice(from, span.open);
  const text = layout.text.slice(span.start, span.end);
  if (isCrosshead(layout, span, text)) return 'partial';
  // Opening its sentence; also right after a full stop with the space lost in scraping (`in 1990."It was ...`).
  if (/^[\s([\-–—•*]*$/.test(pre) || /[.?!]$/.test(pre)) return usedAsSubject(layout, span, text, attribution) ? 'partial' : 'direct';
  const first = layout.text.slice(span.start, span.start + 2).replace(/^[\s"'“‘(….]+/, '');
  const startsUpper = /^[\p{Lu}\p{N}]/u.test(first);
  // "described the work as “90 percent waiting”": words that characterise something inside the reporter's sentence.
  if (/\bas\s*$/.test(pre)) return 'partial';
  // Topic-led paragraphs ("On uptake last year: “...”") quote whole answers; so does any colon before a capital.
  if (/:\s*$/.test(pre) && (!attribution || startsUpper || attribution.form === 'before')) return 'direct';
  // "he continued sternly, “Stay away!”", "writing “Yes, it is me”", "with the message “See You There.”": a capitalised
  // quotation right after a speech verb (and its object) or a message noun is the speaker's whole utterance.
  // Only with an attribution: an unattributed quote called direct would continue the previous speaker's words.
  const introduced = INTRODUCED.test(pre) || MESSAGE_NOUN.test(pre);
  if (attribution && startsUpper && !looksLikeTitle(bareText(text)) && introduced) return 'direct';
  if (attribution?.form === 'before') {
    // The second half of a split quote: “We will,” he said, “respond.”
    if (pre.includes(MASK) && /[,:]\s*$/.test(pre)) return 'direct';
    return startsUpper ? 'direct' : 'partial';
  }
  return 'partial';
}

/** A speech verb, then at most a few words (its object, an adverb, "in part"), then the opening mark. */
const INTRODUCED =
  /\b(?:said|says|say|told|tells|tell|added|adds|wrote|writes|writing|saying|adding|telling|asked|asks|replied|replies|continued|continues|read|reads|declared|declares|tweeted|posted|shouted|yelled|warned|warns|insisted|insists)\b(?:\s+[^\s█,:;.]+){0,4}\s*[,:]?\s*$/;
const MESSAGE_NOUN = /\b(?:message|note|tweet|post|caption|statement|sign|banner|placard)\s*[,:]?\s*$/i;

/**
 * A crosshead or headline that is nothing but a quoted phrase ("‘A permanent state of exception’", "Police union:
 * ‘We cannot go on’"): words lifted from the story, without their sentence, so a fragment (partial).
 */
function isCrosshead(layout: Layout, span: RawSpan, text: string): boolean {
  if (/[.?!,…]\s*$/.test(text)) return false;
  const before = layout.text.slice(0, span.open);
  const after = layout.text.slice(closeEnd(span));
  if (!/^\s*$/.test(after)) return false;
  // A capitalised quote alone on its line is as likely a title (a list of songs) and stays a fragment, which the
  // caller drops as a title; after a speaker label ("Ed Marr: ‘We Will Not Resign’") it is that speaker's words.
  if (/^\s*$/.test(before)) return true;
  return /^\s*\p{Lu}[^.!?:"“”‘’'\n█]{0,40}:\s*$/u.test(before) && !looksLikeTitle(bareText(text));
}

/**
 * “Rock you in your face” will forever be ...: a quotation that opens its sentence, has no sentence punctuation of its
 * own and that the sentence runs straight on from is its subject, embedded in the reporter's sentence (partial).
 */
function usedAsSubject(layout: Layout, span: RawSpan, text: string, attribution: Attribution | null): boolean {
  return attribution?.form !== 'after' && !/[.?!…]|[,;:]\s*$/.test(text) && usedAsNoun(layout, span);
}

/** Every word capitalised except short function words, at any length. */
function titleCased(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const minor = /^(?:of|the|and|or|in|on|a|an|for|to|at|by|with|from|de|la|vs\.?)$/;
  return words.length > 0 && words.every((w) => /^[\p{Lu}\p{N}'"‘“(]/u.test(w) || minor.test(w));
}

/** Words that introduce a name or term rather than someone's words: "so-called “forever chemicals”". */
const NAMING =
  /\b(?:so-called|so called|known as|titled|entitled|nicknamed|code-?named|codenamed|trademarked|branded as|labell?ed|marked|headlined|captioned|stamped|emblazoned|inscribed|reading)(?:\s+(?:a|an|the))?\s*,?\s*$/i;
/** Verbs that name when the quoted words are a proper title: "a system called “Argus”", "dubbed a “Thing” site". */
const NAMING_IF_TITLE = /\b(?:called|dubbed|named|renamed|christened)(?:\s+(?:a|an|the))?\s*$/i;
/** Nouns for works, operations and slogans, right before the quotation: "the biography, “The Power Broker.”". */
const WORK_NOUN =
  /\b(?:book|film|movie|documentary|album|song|biography|memoir|novel|play|musical|opera|sitcom|exhibition|poem|essay|painting|anthem|study|paper|show|series|programme|program|podcast|column|episode|sequel|franchise|excerpt\s+from|track|single|mixtape|ballad|hymn)s?,?\s*$/i;

/** Pieces of writing or talk, right before a quotation that may be their title. */
const PIECE_NOUN = /\b(?:article|op-ed|editorial|work|piece|story|speech|lecture|talk|sermon|address|report|chapter|poem|tract|manifesto|pamphlet|thesis|dissertation)s?,?\s*$/i;

/**
 * A quotation that names something (a work, a product, a programme, a term) rather than reporting speech: dropped,
 * because it has no speaker. Scare quotes that carry someone's words ("called the plan “reckless”") are kept.
 */
export function namesSomething(layout: Layout, span: RawSpan, text: string, attribution: Attribution | null): boolean {
  if (namesOnItsOwn(layout, span, text, attribution)) return true;
  // "words like “track” rather than “measure”", "replaced with “X” and “Y”": a quote coordinated with a mentioned
  // one is mentioned too (the second of a pair has lost the words that introduced the first).
  const i = layout.spans.indexOf(span);
  const prev = i > 0 ? layout.spans[i - 1] : undefined;
  if (!prev || prev.close === null) return false;
  const gap = layout.masked.slice(prev.close + 1, span.open);
  // Two quotes side by side with nothing between ("the so-called “reforms” “a disaster”") are not a list.
  const listed = /\p{L}/u.test(gap) || gap.includes(',') || /,\s*$/.test(layout.text.slice(prev.start, prev.end));
  // "... from “X” – to “Y”": the words something changes to are mentioned like the words it changes from.
  if (CHANGED_TO.test(gap)) return namesSomething(layout, prev, layout.text.slice(prev.start, prev.end), attribution);
  if (!COORDINATED.test(gap) || !listed) return false;
  return namesSomething(layout, prev, layout.text.slice(prev.start, prev.end), attribution);
}

/** A verb of changing wording, then "from" or "the words/line/phrase", right before the quotation. */
const CHANGED_WORDS = /\b(?:chang(?:e|es|ed|ing)|replac(?:e|es|ed|ing)|swap(?:s|ped|ping)?|alter(?:s|ed|ing)?|amend(?:s|ed|ing)?|rewrit(?:e|es|ing)|rewrote)\b[^.;:!?█]{0,60}?\b(?:from|the\s+(?:words?|line|lyrics?|phrase|wording))\s*$/i;
/** Between a changed wording and its replacement: "... “X” – to “Y”", "“X” to “Y”". */
const CHANGED_TO = /^[\s,]*(?:[–—-]\s*)?(?:to|into)\s*$/;

/** Only a conjunction between two quotations: `“X” and “Y”`, `“X” rather than “Y”`, `“X,” “Y”`. */
const COORDINATED = /^[\s,;]*(?:(?:and|or|nor|but\s+not|and\s+not|not|rather\s+than|instead\s+of|as\s+well\s+as|versus|vs\.?)\s+)?$/;

/**
 * A programme or publication named as where someone spoke: `told “Today” that`, `said on “New Day.”`, `on CNN’s
 * “State of the Union”`, `told the “Evening Post”`, `in an interview with “Nightline”`. A capitalised name right after "on" or after "told" with no comma is a place to speak,
 * not the words spoken (those follow a comma or colon: `told him, “Go.”`).
 */
const PROGRAMME_SLOT =
  /\b(?:on|told|tells|telling|(?:interview|interviews|speaking|spoke|talking|talked)\s+(?:to|with))\s+(?:the\s+)?(?:(?:[\p{L}\p{N}.&-]+\s+)?[\p{L}\p{N}.&-]+['’]s\s+)?$/u;

/**
 * `“Lanterns,” which topped the chart, ...`: a capitalised name opening its sentence and followed by a relative
 * clause is a noun phrase the sentence talks about (a title), not something said.
 */
const RELATIVE_AFTER = /^\s*,?\s*(?:which|who)\b/;

function namesOnItsOwn(layout: Layout, span: RawSpan, text: string, attribution: Attribution | null): boolean {
  const pre = layout.masked.slice(Math.max(0, span.open - 40), span.open);
  const words = text.trim().split(/\s+/).length;
  const bare = text.trim().replace(/[.,!?;:]+$/, '');
  if (looksLikeTitle(bare) && words <= 6) {
    if (PROGRAMME_SLOT.test(pre)) return true;
    const after = (/,$/.test(text.trim()) ? ',' : '') + layout.masked.slice(closeEnd(span), closeEnd(span) + 12);
    if (!attribution && RELATIVE_AFTER.test(after)) return true;
  }
  // "change the words “in all thy sons command” to ...", "will change from “...” to “...”": words being changed are
  // mentioned, not said.
  if (CHANGED_WORDS.test(layout.masked.slice(Math.max(0, span.open - 80), span.open))) return true;
  // A paper or report "titled"/"entitled" may have a long title; other naming words name short terms.
  if (NAMING.test(pre) && !writtenStatement(pre, text)) return words <= (/\b(?:titled|entitled)\s*$/i.test(pre) ? 25 : 8);
  if (isFurnitureParagraph(layout) || isNickname(layout, span, text) || isCitationTitle(layout, span)) return true;
  if (isDatedListEntry(layout, span)) return true;
  if (isTermUse(layout, span, text, attribution)) return true;
  // "The card read “Ana Ruiz, Blue Harbour”": what a written thing says is its author's words, even in capitals.
  if (WRITTEN_THING_READ.test(layout.masked.slice(Math.max(0, span.open - 60), span.open))) return false;
  const sentence = sentenceOf(layout, span.open);
  const opensSentence = /^[\s([\-–—•*]*$/.test(layout.masked.slice(sentence?.start ?? 0, span.open));
  if (isTitleUse(layout, span, text, attribution, opensSentence)) return true;
  if (NAMING_IF_TITLE.test(pre) && looksLikeTitle(bare)) return true;
  // "our 2009 article “Taking a Bite Out of Twilight,”", "his speech “A More Perfect Union”": nouns for pieces of
  // writing or talk name a title only when the quoted words are Title Case (an article may also quote words).
  if (PIECE_NOUN.test(pre) && titleCased(bare) && words >= 2) return true;
  // "told the programme, “...”": a quote a speech verb introduces is speech even after a work noun.
  // A long title after a work noun is still a title when every word is capitalised ("the book “Son of a Gun: What
  // to Do When You Win,”"): sentences do not capitalise their minor words.
  if (attribution?.form !== 'before' && WORK_NOUN.test(pre) && (words <= 15 || titleCased(bare)) && !/[.?!]\s+\p{Lu}/u.test(text)) return true;
  // "Prodigy raps in their most memorable song, “Shook Ones Pt. II.”": after a speech verb too, Title Case words
  // right after a work noun name the work.
  if (WORK_NOUN.test(pre) && titleCased(bare) && words <= 8) return true;
  // "Fleetwood Mac’s “Rumours”", "Chuck Berry’s “Johnny B. Goode.”": a title owned by its author.
  return /[\p{Lu}\p{N}][\p{L}\p{N}.\-]*['’]s?\s*$/u.test(pre) && looksLikeTitle(bare) && attribution?.form !== 'after';
}

/**
 * A line of a chart recap, discography or filmography: a quotation opening its paragraph and followed only by a date,
 * perhaps after a parenthesis (`"Umbrella" (featuring Jay-Z), July 7, 2007`, `"SOS," May 13, 2006`). It names a work
 * with the date of something that happened to it; nobody says a quotation and then a bare date.
 */
function isDatedListEntry(layout: Layout, span: RawSpan): boolean {
  if (!/^[\s•*\-–—\d.)]*$/.test(layout.masked.slice(0, span.open))) return false;
  const tail = layout.masked.slice(closeEnd(span)).replace(/\([^)]*\)/g, ' ');
  return DATE_TAIL.test(tail);
}

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE_TAIL = new RegExp(String.raw`^[\s,;:–—-]*(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH}\s+\d{4}|(?:${MONTH}\s+)?\d{4})[\s.,;]*$`);

/**
 * A capitalised quotation that is someone's words despite looking like a title:
 * - an excerpt: headlines and crossheads capitalise every word ("‘See What’s In It’", "‘Reality Is The Situation’:
 *   ..."), so when the same words (three or more) appear elsewhere in the article in running, lower-case form ("I’ve
 *   got to see what’s in it"), the capitals are headline style and the quote repeats what someone said;
 * - the words of a card, sign or note that "read" them ("the card read “Ana Ruiz, Best Actress”").
 * `body` is the article text the quotation sits in.
 */
export function isTitleCaseSpeech(layout: Layout, span: RawSpan, text: string, body: string): boolean {
  const pre = layout.masked.slice(Math.max(0, span.open - 60), span.open);
  if (WRITTEN_THING_READ.test(pre)) return true;
  const words = bareText(text).split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return false;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’‘]/g, "['’‘]"));
  const running = new RegExp(`(?<![\\p{L}])${escaped.join('\\s+')}(?![\\p{L}])`, 'giu');
  for (const m of body.matchAll(running)) {
    // The same words in running text: a content word in lower case where the quotation capitalised it.
    if (m[0].split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !MINOR_WORD.test(w))) return true;
  }
  return false;
}

const MINOR_WORD = /^(?:of|the|and|or|nor|but|in|on|a|an|for|to|at|by|with|from|into|vs\.?)$/;
/** "The card he was handed, he says, read “...”": a written thing as the subject of "read" (not "she read “Book”"). */
const WRITTEN_THING_READ =
  /\b(?:card|sign|note|message|banner|placard|letter|plaque|inscription|headline|caption|text|screen|label|poster|shirt|envelope|board)s?\b[^█.;]{0,40}\breads?\s*[,:]?\s*$/i;
