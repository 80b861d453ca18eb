/**
 * Titles of works, programmes and proper names in quotation marks ("Furious 7", "Fox News Sunday", "The Evil Dead",
 * "Dorothy Day: Who Cares About the Saints?"). English news puts titles in quotation marks exactly as it puts speech,
 * so the marks alone say nothing; what tells them apart is the shape of the quoted words (every word capitalised,
 * a colon subtitle, a sequel number) and how the sentence USES them: a title is a noun phrase the sentence talks
 * about ("“Furious 7” has grossed ...", "said on “Fox News Sunday” that", "“The Avengers,” “Avatar” and ... had all
 * crossed"), whereas quoted speech is something a person says.
 */
import type { Attribution } from './attribution.js';
import type { Layout } from './layout.js';
import { closeEnd, type RawSpan } from './spans.js';

/** Words a title leaves in lower case ("Harry Potter and the Deathly Hallows", "Defeat Is Not an Option"). */
const MINOR = /^(?:of|the|and|or|nor|but|in|on|a|an|for|to|at|by|with|from|into|vs\.?|de|la|le|el|del|du|von|van|der)$/;

function letterWords(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** "Dorothy Day: Who Cares About the Saints?": a capitalised main title, a colon, a capitalised subtitle. */
function hasSubtitle(text: string): boolean {
  return /\p{L}[\p{L}\p{N}]*:\s+[\p{Lu}\p{N}]/u.test(text);
}

/**
 * Every word capitalised (minor words aside): the shape of a title or a name ("the Squad" too). A title with a
 * colon subtitle may be long and may end in "?" or "!"; otherwise a closing full stop, comma, "?" or "!" is the end
 * of a sentence someone said, not of a name (callers strip the comma or full stop American style puts inside marks).
 */
export function looksLikeTitle(text: string): boolean {
  const trimmed = text.trim();
  const words = letterWords(trimmed);
  const subtitle = hasSubtitle(trimmed);
  if (words.length === 0 || words.length > (subtitle ? 20 : 12)) return false;
  if (/[.?!,]$/.test(trimmed) && !(subtitle && /[?!]$/.test(trimmed))) return false;
  if (!words.some((w) => /^[\p{Lu}\p{N}]/u.test(w))) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || MINOR.test(w));
}

/** The quoted words without the comma or full stop American style puts inside the closing mark. */
export function bareText(text: string): string {
  return text.trim().replace(/[.,;:]+$/, '').trim();
}

/**
 * Words after a closing mark that show the quote is NOT the subject or modifier of what follows: the start of a speech
 * tag (“Yes” she said, “No” the minister replied), and function words that continue a partial quote (“Fake News”
 * about ...).
 */
const NOT_A_CONTINUATION =
  /^(?:the|a|an|one|another|some|i|he|she|they|we|you|it|his|her|their|its|our|my|this|that|these|those|there|and|or|but|nor|so|as|than|then|if|when|while|because|since|until|unless|though|although|whether|which|who|whom|whose|where|to|of|in|on|at|by|for|with|from|into|onto|over|under|about|after|before|during|without|against|between|through|across|toward|towards|per|says|said|say|adds|added|told|tells|asked|asks|wrote|writes|according)$/;


/** The next word after the closing mark when the sentence runs straight on in lower case (no punctuation between). */
function runOnWord(layout: Layout, span: RawSpan): string | null {
  // A parenthesis between the title and its verb (a year, a featured artist) does not stop the run: `“X” (2019) grossed`.
  const m = /^(?:[ \t]+\([^()\n]{1,40}\))?[ \t]+([a-z][a-z'’-]*)/.exec(layout.text.slice(closeEnd(span), closeEnd(span) + 80));
  return m ? (m[1] as string) : null;
}

/**
 * The quote is used as a noun phrase: the sentence runs on straight after the closing mark with a verb or a noun
 * (“Furious 7” has grossed, “The Evil Dead” enjoys, 'Gaggle' podcast), not with a speech tag or a function word.
 */
export function usedAsNoun(layout: Layout, span: RawSpan): boolean {
  const next = runOnWord(layout, span);
  if (next === null || NOT_A_CONTINUATION.test(next)) return false;
  // "“Unprecedented” is how the mayor described it", "“Heartbroken” was what she said": words someone used.
  return !HOW_SOMEONE_PUT_IT.test(layout.text.slice(closeEnd(span), closeEnd(span) + 80));
}

const HOW_SOMEONE_PUT_IT =
  /^,?\s+(?:is|was|were|are)\s+(?:how|what)\s+[^.!?]{0,50}?\b(?:described|describes|called|calls|said|says|told|tells|put\s+it|puts\s+it|characterized|characterised|summed|labelled|labeled|termed|dubbed|wrote|writes|used)\b/;

/** Only separators between two spans of a list: `“The Avengers,” “Avatar” and “Harry Potter ...”`. */
const LIST_GAP = /^[\s,;]*(?:(?:and|or|&)\s+)?$/;

/** One of two or more titles listed together. */
function inTitleList(layout: Layout, span: RawSpan): boolean {
  const i = layout.spans.indexOf(span);
  const neighbours: Array<[RawSpan | undefined, boolean]> = [
    [layout.spans[i - 1], true],
    [layout.spans[i + 1], false],
  ];
  return neighbours.some(([other, before]) => {
    if (!other) return false;
    const gap = before ? layout.text.slice(closeEnd(other), span.open) : layout.text.slice(closeEnd(span), other.open);
    return LIST_GAP.test(gap) && looksLikeTitle(bareText(layout.text.slice(other.start, other.end)));
  });
}

/** Nouns for works, programmes and publications, right after the closing mark: “X” podcast, 'Y' series. */
const WORK_AFTER =
  /^[\s,]*(?:podcast|film|movie|documentary|album|song|single|book|novel|memoir|series|show|programme|program|franchise|musical|play|episode|column|newsletter|blog|trilogy|sequel|remake)s?\b/i;

/** Words for a work's cast, makers or parts right after its title: “X” star, “X” cast, “X” review, “X” finale. */
const WORK_PART_AFTER =
  /^[ \t]+(?:stars?|cast|creators?|hosts?|directors?|actors?|actress|actresses|reviews?|trailers?|finale|premiere|season|episodes?|sequel|reboot|remake|showrunners?|producers?|writers?|soundtrack|spin-?off|co-?stars?)\b/i;

/**
 * A headline written in title case ("Trump Says ‘We Will Win Florida’ At Rally"): every word around the quote is
 * capitalised too, so a capitalised quote says nothing about being a title.
 */
function inHeadlineCase(layout: Layout, span: RawSpan): boolean {
  const sentence = layout.sentences.find((s) => span.open >= s.start && span.open < s.end);
  if (!sentence) return false;
  const words = letterWords(layout.masked.slice(sentence.start, sentence.end).replace(/█+/g, ' '));
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised / words.length >= 0.8;
}

/**
 * The maker or a work noun right before the marks: "author of", "the director of the film", "co-host of", or a work
 * noun and a colon ("another hit show: “X.”"). A Title Case quotation there names the work.
 */
const CREATOR_OF =
  /\b(?:(?:co-?)?(?:author|authors|writer|writers|director|directors|producer|producers|creator|creators|composer|host|hosts|presenter|star|stars|editor|publisher|illustrator)\s+of(?:\s+the\s+[a-z]+)?|(?:book|film|movie|documentary|album|song|single|show|series|programme|program|podcast|novel|memoir|play|musical|sitcom|drama|exhibition)s?\s*:)\s*$/i;

/** Verbs a chart or review uses of a work right after its title. */
const WORK_VERB =
  /^[ \t]+(?:spent|spends|hit|hits|topped|tops|reached|reaches|climbed|climbs|debuted|debuts|peaked|peaks|sold|sells|rose|rises|fell|falls|slipped|slips|jumped|jumps|returned|returns|holds|held|remains|remained|entered|enters|earned|earns|grossed|grosses|premiered|premieres|opened|opens|streamed|charted|went\s+(?:to|platinum|gold|viral))\b/;
const PERSON_WORD = /\b(?:I|I['’]m|we|you|my|our|your|me|us)\b/;

/**
 * `Mara Vale's “Shake it off” spent four weeks at No. 1`: a work in sentence case, owned by its maker (a capitalised
 * possessive) and running straight on into a verb of charts or box office. Quoted words someone said do not "spend
 * weeks at No. 1"; a quoted sentence with a person in it ("I am not a crook") is left as words.
 */
function ownedWorkRunningOn(layout: Layout, span: RawSpan, bare: string): boolean {
  if (!/\p{Lu}[\p{L}.'’-]*['’]s?\s*$/u.test(layout.masked.slice(Math.max(0, span.open - 30), span.open))) return false;
  const n = letterWords(bare).length;
  if (n < 1 || n > 8 || /[.!?;:]/.test(bare) || !/^[\p{Lu}\p{N}]/u.test(bare) || PERSON_WORD.test(bare)) return false;
  return WORK_VERB.test(layout.text.slice(closeEnd(span), closeEnd(span) + 40));
}

/** A verb that judges or ranks a thing, right before its name: described, hailed, panned, ranked ... */
const JUDGED_BY =
  /\b(?:describ|hail|pann|prais|dismiss|slamm|brand|label|review|rank|rat|nam|list|cit|pick|select|single[sd]?\s+out|recommend|blast|call)(?:e|es|ed|ing|s)?\s*$/i;

/**
 * `described “Night Train” as “a tired sequel”`, `hailed “Salt Roads” as the year's best`: a Title Case name as the
 * object of a verb that judges it, followed by "as". The judgement is the speaker's; the name is the work's.
 */
function isJudgedWork(layout: Layout, span: RawSpan, text: string, bare: string): boolean {
  if (/[.,!?;:]$/.test(text.trim()) || !looksLikeTitle(bare) || letterWords(bare).length > 6) return false;
  if (!/^[ \t]+as\s/.test(layout.text.slice(closeEnd(span), closeEnd(span) + 6))) return false;
  return JUDGED_BY.test(layout.masked.slice(Math.max(0, span.open - 30), span.open).replace(/(?:\s+(?:the|a|an))?\s*$/i, ''));
}

/** A rank opening a chart or list line: "3.", "No. 1:", "#12 -", "10)". */
const RANK = /^\s*(?:(?:No\.|#|Number)\s*\d{1,3}|\d{1,3})\s*[.):—–-]?\s*$/i;
/** The artist after the title, and perhaps a year or a label in parentheses: `, Mara Vale`, `— Kai Moss (2009)`. */
const ARTIST_AFTER =
  /^\s*(?:[,—–-]|\bby\b)?\s*\p{Lu}[\p{L}\p{N}'’.&$!-]*(?:\s+(?:&|and|x|feat\.?|featuring|ft\.?|\p{Lu}[\p{L}\p{N}'’.&$!-]*)){0,6}(?:\s*\([^)]{1,40}\))?\s*$/u;

/**
 * A chart or countdown line: `3. “Halo” — Mara Vale`, `No. 1: “Golden Hour,” Mara Vale`: a rank, a Title Case
 * quotation and its artist, and nothing else. It names a song; the artist is not a speaker.
 */
function isChartEntry(layout: Layout, span: RawSpan, text: string): boolean {
  if (/[.!?…]\s*$/.test(text)) return false;
  if (!RANK.test(layout.text.slice(0, span.open))) return false;
  const after = layout.text.slice(closeEnd(span));
  return after.trim() === '' || ARTIST_AFTER.test(after);
}

/**
 * `“The Long Road”: a companion book to ...`, `“Salt Roads” 10th Anniversary Edition: a boxed set ...`: a Title Case
 * quotation opening its paragraph, then (perhaps after more capitalised words) a colon and a description, is the
 * heading of a list entry: the name of the thing described.
 */
function isEntryHeading(layout: Layout, span: RawSpan): boolean {
  if (layout.text.slice(0, span.open).trim() !== '') return false;
  if (letterWords(layout.text.slice(span.start, span.end)).length < 2) return false;
  const after = layout.text.slice(closeEnd(span));
  const sentence = /^[^.!?]*/.exec(after)?.[0] ?? '';
  // "“We Will Not Resign”: Ed Marr told the rally ...": a headline over the words of someone the sentence names.
  if (SPEECH_AFTER_HEADING.test(sentence)) return false;
  return /^(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*){0,5}\s*:\s+\S/u.test(after.slice(0, 80));
}

const SPEECH_AFTER_HEADING = /\b(?:said|says|say|told|tells|wrote|writes|asked|asks|shouted|declared|insisted|warned|added)\b/;

/** A speech verb and at most three more words (not a preposition) before the opening mark. */
const SPEECH_INTRO =
  /\b(?:said|says|say|told|tells|tell|wrote|writes|tweeted|tweets|posted|posts|added|adds|declared|declares|shouted|yelled|chanted|replied|replies|asked|asks)\b(?:\s+(?!(?:on|in|at|to|from|with|during|for|about|of|by|after|before)\b)[^\s█,:;.]+){0,3}\s*[,:]?\s*$/;

/** Nouns whose quoted content is what someone wrote or chanted, not a title. */
const CONTENT_NOUN =
  /\b(?:message|messages|tweet|tweets|post|posts|statement|caption|sign|signs|banner|banners|placard|placards|chant|chants|slogan|note|letter|words|reading)\s*[,:]?\s*$/i;

/**
 * A title rather than speech. `opensSentence`: nothing but the sentence start or a label precedes the opening mark.
 * A capitalised quote that opens its sentence and stands alone (a crosshead, “Stop,” he said) is left to the
 * attribution rules; the title uses above need a sentence that talks about the quoted words.
 */
export function isTitleUse(layout: Layout, span: RawSpan, text: string, attribution: Attribution | null, opensSentence: boolean): boolean {
  const bare = bareText(text);
  // "the author of “X.” Dr. Lee said, ...": the work named after its maker is a title even when a tag follows it.
  if (looksLikeTitle(bare) && CREATOR_OF.test(layout.masked.slice(Math.max(0, span.open - 40), span.open))) return true;
  if (looksLikeTitle(bare) && isChartEntry(layout, span, text)) return true;
  if (!attribution && ownedWorkRunningOn(layout, span, bare)) return true;
  if (isJudgedWork(layout, span, text, bare)) return true;
  // "“Blue Harbour” Cast Reunites", "'Night Train' Review: ...": in a headline too, a title before a word for its
  // cast, makers or parts is the work's name; so in "the “Top Gun” director Ann Lee said", though a tag follows. With
  // punctuation inside the marks (“Great Work,” director Ann Lee said) the words are the director's.
  const partAfter = looksLikeTitle(bare) && !PERSON_WORD.test(bare) && WORK_PART_AFTER.test(layout.text.slice(closeEnd(span), closeEnd(span) + 20));
  if (partAfter && !/[.,!?;:]$/.test(text.trim())) return true;
  if (attribution?.form === 'after') return false;
  if (partAfter) return true;
  if (!looksLikeTitle(bare) || inHeadlineCase(layout, span)) return false;
  if (WORK_AFTER.test(layout.text.slice(closeEnd(span), closeEnd(span) + 20))) return true;
  if (usedAsNoun(layout, span)) return true;
  if (isEntryHeading(layout, span)) return true;
  if (inTitleList(layout, span)) return true;
  if (opensSentence) return false;
  // Inside the reporter's sentence and not introduced as speech (`said: “...”`, `told him, “...”`): a proper name of
  // three or more words, or one with a colon subtitle or a number (“Fox News Sunday”, “Transformers 4”), is a title.
  const pre = layout.masked.slice(Math.max(0, span.open - 40), span.open);
  // "Ed Marr: ‘We Will Not Resign’": a colon introduces the words; so does a comma after an attribution.
  if (/:\s*$/.test(pre) || (/,\s*$/.test(pre) && attribution?.form === 'before')) return false;
  // "with the message “This Seat’s Taken.”": the words of a message, sign or chant are someone's words; so are words
  // a speech verb introduces ("tells council “We Will Fix Every Road”"), but not "said on “X”" or "told CNN’s “X”".
  if (CONTENT_NOUN.test(pre)) return false;
  if (SPEECH_INTRO.test(pre) && !/['’]s\s*$/.test(pre)) return false;
  return letterWords(bare).length >= 3 || hasSubtitle(bare) || /\d/.test(bare);
}
