/**
 * Quotation marks around a TERM (a word being mentioned, defined or glossed) rather than around someone's words, and
 * quotations inside page furniture. English news writes both with the same marks as speech; the sentence around the
 * marks tells them apart:
 *
 * - passive naming has no one doing the saying: "It has been called the “razor blade model”", "is now known, in the
 *   field, as “active sleep”", "known to everyone as “Big Mac”" (but "was called “reckless” by the mayor" names its
 *   speaker);
 * - definitions and translations: "defines a “reimbursable detail” as ...", "the definition of “reimbursable detail”",
 *   "the term “X”", "the characters for “main valve”", "which means “field of the assembly”", and a noun named by a
 *   participle ("a technique called “network science”");
 * - glosses right after the marks: "“doxxed”, or unmasked,", "“interrupters”, as the group calls them", "“violence
 *   interrupters,” people from the community who ...";
 * - a word the sentence announces ("one word dominates the talks: “roadmap.”");
 * - a short lower-case term after "the" or a possessive, in a sentence with no attribution at all: "the plane's
 *   “black box” recorders", "originating the “echoes” meme" (an unattributed scare quote has no speaker to report);
 * - a nickname inside a name: `Dwayne "The Rock" Johnson`; a slogan ("made “X” its slogan"); a paper's title in a
 *   citation (`Adebayo J, et al "..." JAMA Intern Med 2025`);
 * - the name of a criminal charge: "convicted on charges of “insulting” the king", "a sentence for “destroying public
 *   property”", "charged with “reckless endangerment”" (the law's wording for an offence, not anyone's words);
 * - related-link furniture kept in the text: a paragraph ending "Read more", opening "Related:" / "READ MORE:", or
 *   wholly in square brackets.
 */
import type { Attribution } from './attribution.js';
import type { Range } from './clauses.js';
import { sentenceOf, type Layout } from './layout.js';
import { closeEnd, type RawSpan } from './spans.js';
import { wordsWrittenOnSurface } from './written.js';
import { isAnnouncedMention } from './mentions.js';
import { inItemList } from './item-lists.js';

const PASSIVE_NAMING =
  /\b(?:is|was|are|were|be|been|being)\s+(?:(?:also|often|sometimes|widely|now|commonly|variously|popularly)\s+)?(?:called|dubbed|termed|nicknamed|known\s+as|referred\s+to\s+as)(?:\s+(?:a|an|the))?\s*$/i;
/** "known, in the careful language of the field, as": an aside between "known" and "as". */
const KNOWN_AS_WITH_ASIDE = /\bknown\b[^.;:!?█]{1,80}?\bas(?:\s+(?:a|an|the))?\s*$/i;
const DEFINITION =
  /\b(?:defines?|defined|defining)\s+(?:(?:a|an|the)\s+)?$|\b(?:definition|meaning|plural|singular|spelling|misspelling|pronunciation|etymology|origins?|translation)\s+of\s+(?:(?:a|an|the)\s+)?(?:(?:word|term|phrase)\s+)?$|\b(?:the|a)\s+(?:term|expression|word|phrase|neologism|acronym)\s*,?\s*$|\b(?:word|words|characters?|letters|symbols?|sign)\s+for\s*$|\b(?:which|that|it)\s+(?:means|meant|translates\s+(?:as|to))\s*$/i;
/** "a technique called “network science”": a noun named by a participle, no one speaking ("which he called" is speech). */
const NAMED_BY_PARTICIPLE = /\b(?:a|an|the|this|its|their)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:called|dubbed|named|termed)\s*$/;
/** Words that make the phrase before "called" a clause with a speaker, not a noun phrase. */
const CLAUSE_WORD = /^(?:he|she|they|we|i|you|it|who|what|which|that|is|are|was|were|has|have|had|be|been|once|later|also|then)$/;

function namedByParticiple(pre: string): boolean {
  const m = NAMED_BY_PARTICIPLE.exec(pre);
  return m !== null && !(m[1] as string).split(/\s+/).some((w) => CLAUSE_WORD.test(w));
}

/**
 * "a material they call “oxide-derived copper”", "a state researchers have dubbed “quiet waking”": a thing the text
 * introduces with "a", then named by a group that coins the name. A name is a noun phrase (two words, a hyphenated
 * word, or a noun ending such as -tion/-ism), not a verdict like "a plan they called “reckless”" or "“a betrayal”".
 */
const NAMED_BY_GROUP =
  /\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+(?:(?:that|which)\s+)?(?:they|we|scientists|researchers|experts|engineers|doctors|physicians|biologists|economists|analysts|locals|residents|insiders|developers|astronomers)\s+(?:(?:have|had|now|often|sometimes)\s+)?(?:call|called|dub|dubbed|term|termed|nickname|nicknamed|name|named)\s*$/;

function coinedName(text: string): boolean {
  const bare = text.trim().replace(/[.,;:]+$/, '');
  if (!/^[a-z]/.test(bare) || /^(?:a|an|the|this|that|so|too|very|just|not)\s/.test(bare)) return false;
  return bare.split(/\s+/).length >= 2 || bare.includes('-') || /(?:tion|sion|ism|ity|ness|ment|ology|ics)$/.test(bare);
}

/**
 * Someone using the words: "used terms like “infest”" reports their language; "prefers words like “X”", "the use of
 * terms such as “X”" (a noun) and a choice of wording ("uses words like “X” rather than “Y”") weigh wording.
 */
const USES_WORDS = /\b(?:used|using|uttered|utters|uttering|invoked|invokes|invoking|hurled|hurls|hurling|spouted|resorted\s+to|resorting\s+to)\b(?!\s+of\b)/i;
const WORDING_CHOICE = /^[\s,]*(?:rather\s+than|instead\s+of|not|over|in\s+place\s+of)\s/i;
const AGENT_AFTER = /^[\s,.;]*by\b/;
/** After the closing mark: a gloss ("or unmasked"), "as the group calls them" / "as it is called", an appositive that defines. */
const GLOSS_AFTER = /^\s*,?\s*(?:or|i\.e\.|meaning)\s+[a-z]/;
/** "“interrupters”, as the group calls them": a naming verb with a pronoun object names; it does not report speech. */
const AS_THEY_CALL_IT =
  /^\s*,?\s*as\s+(?:[^.;,█]{1,40}?\b(?:calls?|called|dubs?|dubbed|terms?|termed|names?|named)\s+(?:it|them|him|her|this|these|those)\b|(?:it|they|he|she|this|these)(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)\s+(?:(?:often|now|also|sometimes|widely|officially|commonly)\s+)?(?:called|known|dubbed|termed|named|described)\b(?![^.;█]{0,30}?\bby\b))/;
/** "made “X” its slogan": the quote is named as a slogan or motto, a phrase adopted, not something said. */
const SLOGAN_AFTER =
  /^\s*,?\s*(?:as\s+)?(?:its|their|his|her|our|the|a)\s+(?:official\s+|new\s+|campaign\s+|unofficial\s+)?(?:slogan|motto|mantra|rallying\s+cry|catchphrase|battle\s+cry|tagline|watchword|buzzword)\b/i;
/**
 * "“violence interrupters,” people who ...", "“fake news” - untrue stories which ...": a noun phrase and a relative clause
 * right after the marks (after a comma or a dash) defines the term.
 * Not a list that runs on into a verb ("talks about “X”, civic engagement and says that ..."): no conjunction inside.
 */
const DEFINING_APPOSITIVE =
  /^\s*(?:,|\s[-–—]|[–—])\s+(?:(?:a|an|the)\s+)?(?!(?:and|or|but|nor)\b)[a-z][\w-]*(?:\s+(?!(?:and|or|but|nor)\b)[a-z][\w-]*){0,4}\s+(?:who|which|that|in\s+which|where|whose)\b/;
const WORD_ANNOUNCED = /\b(?:one|a|the|this|that|single)\s+(?:single\s+|new\s+|key\s+|buzz\s+)?(?:word|term|phrase|buzzword)\b[^█]*[:—–]\s*$/i;
/** "the words", "the right term" followed by what they are for: the writer weighing which words fit. */
const THE_WORDS = String.raw`\bthe\s+(?:(?:right|best|only|proper|correct|real)\s+)?(?:words?|terms?|phrases?)\s+`;
/**
 * "the words to describe it aren't “X”", "the right word for this is “X”", "the word of the year is “X”": the word
 * that fits something, weighed by the writer. Not someone's words ("his last words were “...”" has an owner, not "to"/"for").
 */
const WORD_FOR_IS = new RegExp(
  String.raw`${THE_WORDS}(?:(?:to|for)\s+[^█.!?]{0,90}?|of\s+the\s+(?:year|day|week|month|decade)\s+)\b(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)(?:\s+not)?\s*$`,
  'i',
);
/** "They’re “X” and “Y.”" after "The words for it aren’t ...": the writer's answer names the words that fit. */
const WORD_ANSWER = /^\s*(?:they|it|these|those)(?:['’]re|['’]s|\s+are|\s+is|\s+were|\s+was)\s*$/i;
const WORDS_TO_FOR = new RegExp(String.raw`${THE_WORDS}(?:to|for)\b`, 'i');
/** "The words for it aren’t “X.” They’re “Y.”": the sentence before weighs which words fit. */
function weighsWords(layout: Layout, sentence: Range): boolean {
  const i = layout.sentences.indexOf(sentence);
  const prior = i > 0 ? layout.sentences[i - 1] : undefined;
  if (!prior) return false;
  const words = layout.masked.slice(prior.start, prior.end);
  return WORDS_TO_FOR.test(words);
}
/** "The buzz term for that? “Pediatric neuroenhancement.”": a question asking for a word, answered by the quote. */
const WORD_ASKED = /\b(?:word|term|phrase|buzzword|expression|jargon)\b(?:\s+(?:for|of)\s+(?:it|that|this|them|these))?\s*\?\s*$/i;

/**
 * "the" or an owner's possessive before the marks. "It’s", "that’s", "he’s", "there’s" are a pronoun and "is", not a
 * possessive: "It’s “a mess”" is someone's judgement, not a term owned by anyone.
 */
const DETERMINED =
  /(?:\b[Tt]he|(?<!\b(?:[Ii]t|[Tt]hat|[Hh]e|[Ss]he|[Ww]hat|[Tt]here|[Hh]ere|[Ww]ho|[Ww]here|[Tt]his|[Ll]et|[Ee]verything|[Nn]othing|[Ss]omething))['’]s)(?:\s+[a-z][\w-]*)?\s*$/;

/**
 * Legal wording names an offence: "on charges of", "convicted of", "charged with", "a sentence for", "guilty of",
 * "indicted on", "two counts of", "suspected of", "on suspicion of". "accused of" is left out: news uses it for one side's own words ("accused the
 * minister of “betrayal”"), which are quotes with a speaker.
 */
const CHARGE_NAMED =
  /\b(?:charges?|counts?|convictions?|convicted|guilty|acquitted|indicted|sentenced|sentences?|offen[cs]es?|crimes?)\s+(?:of|for|on|with|over|related\s+to|in\s+connection\s+with)\s+(?:(?:a|an|the|two|three|several|multiple)\s+)?(?:counts?\s+of\s+|charges?\s+of\s+)?$|\bcharged\s+with\s+(?:(?:a|an|the)\s+)?$|\b(?:jailed|imprisoned|arrested|detained|prosecuted|fined|punished)\s+(?:for|over)\s+$|\b(?:suspected|(?:on\s+)?suspicion)\s+of\s+(?:(?:a|an|the)\s+)?$/i;

/** A few words, capitalised or not, with no sentence punctuation inside (a trailing full stop is American style). */
function shortPhrase(text: string, maxWords: number): boolean {
  const bare = text.trim().replace(/[.,;:]+$/, '');
  const n = bare.split(/\s+/).filter(Boolean).length;
  return n > 0 && n <= maxWords && !/[.?!]/.test(bare);
}

/** A short lower-case word or phrase: the shape of a term. */
function termShaped(text: string, maxWords: number): boolean {
  return shortPhrase(text, maxWords) && /^[a-z]/.test(text.trim());
}

/**
 * Words quoted as TEXT being changed: "changing the line from “thy sons” to “all of us”", "the city went from
 * “Dullsville” to a destination", "the motto was changed to “...”", "the phrases were replaced with “...”". Lyrics,
 * names and wording that are edited are mentioned, whoever wrote them; nobody is saying them in the story.
 */
// "from" and up to three words, none a speech participle ("went from calling it" reports speech), shared by both shapes.
const FROM_WORDS = String.raw`\bfrom\s+(?:(?!(?:calling|saying|describing|telling|declaring|insisting)\b)[a-z][\w'’-]*\s+){0,3}`;
const FROM_BEFORE = new RegExp(`${FROM_WORDS}$`);
const TO_AFTER = /^\s*to\s/;
const TO_AFTER_FROM = new RegExp(`${FROM_WORDS}█+\\s+to\\s+$`);
/** "from ... to" marks changed text only in a sentence about changing it ("went from calling it “X” to ..." is speech). */
const CHANGE_VERB =
  /\b(?:chang|alter|amend|renam|rewr|rewor|transform|turn|switch|convert|edit|revis|modif|replac|rebrand|retitl)[a-z]*\b/;
const CHANGED_TO =
  /\b(?:changed|changing|change|changes|replaced|replacing|replace|altered|altering|amended|amending|reworded|rewording|rewritten|rewrote|rewrite|renamed|renaming|shortened)\s+(?:it\s+|them\s+)?(?:to|with|into)\s*$/;

function isChangedText(pre: string, post: string, text: string): boolean {
  if (text.trim().split(/\s+/).length > 15) return false;
  if (CHANGED_TO.test(pre)) return true;
  const fromTo = (FROM_BEFORE.test(pre) && TO_AFTER.test(post)) || TO_AFTER_FROM.test(pre);
  return fromTo && CHANGE_VERB.test(pre);
}

/**
 * A handle or username ("“my_mom,”", "'@cityhall'"): one token with an underscore or a leading @ is an account name,
 * never words someone said.
 */
function isHandle(text: string): boolean {
  const bare = text.trim().replace(/[.,;:]+$/, '');
  return !/\s/.test(bare) && (/^@\w/.test(bare) || /\p{L}_\p{L}|_\d|\d_/u.test(bare));
}

/**
 * A level on a named scale, reported without a speaker: "the threat level remains at “severe,”", "it was raised to
 * “critical”". A short lower-case quote right after a verb of setting or holding a level, with no attribution.
 */
const LEVEL_SET =
  /\b(?:(?:intensified|intensifies|intensifying|strengthened|strengthening|weakened|weakening|weakens|developed|deepened|escalated|grew|became)\s+into\s+(?:an?\s+)?$|(?:upgraded|downgraded|intensified|weakened|strengthened)\s+to\s+(?:an?\s+)?$)|\b(?:set|raised|raising|lowered|lowering|cut|downgraded|upgraded|elevated|reduced|increased|remains?|remained|stays?|stayed|kept|held|moved|put|returned)\s+(?:back\s+)?(?:at|to)\s*$/;

/** "words like “track” rather than “measure”": words named as examples of wording. */
const WORDS_LIKE = /\b(?:words?|terms?|phrases?|phrasing|expressions?|language|wording|labels?)\s+(?:like|such\s+as)\s*$/i;

/** The marks around `text` mention, define or gloss a term instead of quoting anyone. */
export function isTermUse(layout: Layout, span: RawSpan, text: string, attribution: Attribution | null): boolean {
  const pre = layout.masked.slice(Math.max(0, span.open - 100), span.open);
  const post = layout.masked.slice(closeEnd(span), closeEnd(span) + 80);
  if (isHandle(text) || isChangedText(pre, post, text) || isAnnouncedMention(pre, post, text, attribution !== null, attribution?.form === 'after')) return true;
  if (isEpithet(pre, text, post)) return true;
  if (brandedTerm(layout, span, pre, text)) return true;
  if (termShaped(text, 3) && OTHER_WORDS_AFTER.test(post)) return true;
  // "from the Latin for “I forbid”": a translation, in any case.
  if (shortPhrase(text, 6) && LANGUAGE_FOR.test(pre)) return true;
  if (termShaped(text, 3) && !/,$/.test(text.trim()) && DEFINED_AFTER.test(post)) return true;
  if (termShaped(text, 6) && CHARGE_NAMED.test(pre)) return true;
  // A name or term of a few words, capitalised or not ("Big Mac", "active sleep"), but not a sentence.
  const nameShaped = text.trim().split(/\s+/).length <= 5 && !/[.?!]/.test(text.trim().replace(/[.,]+$/, ''));
  if (nameShaped && (PASSIVE_NAMING.test(pre) || KNOWN_AS_WITH_ASIDE.test(pre)) && !AGENT_AFTER.test(post)) return true;
  if (nameShaped && (AS_THEY_CALL_IT.test(post) || SLOGAN_AFTER.test(post))) return true;
  const sentence = layout.sentences.find((s) => span.open >= s.start && span.open < s.end);
  const before = layout.masked.slice(sentence?.start ?? 0, span.open);
  // "one word dominated the talks: “Roadmap.”", "The buzz term for it? “X.”": a word announced or asked for, in any case.
  if (shortPhrase(text, 3) && !attribution && (WORD_ANNOUNCED.test(before) || WORD_ASKED.test(pre) || WORD_FOR_IS.test(before))) return true;
  if (shortPhrase(text, 3) && !attribution && sentence && WORD_ANSWER.test(before) && weighsWords(layout, sentence)) return true;
  if (!termShaped(text, 5)) return false;
  // "painted with the word “traitor”": the word is written on something, not defined.
  const writtenOn = wordsWrittenOnSurface(before);
  const wordsLike = termShaped(text, 3) && WORDS_LIKE.test(pre) && (!USES_WORDS.test(before) || WORDING_CHOICE.test(post));
  if (!writtenOn && (DEFINITION.test(pre) || namedByParticiple(pre) || wordsLike)) return true;
  if (termShaped(text, 4) && NAMED_BY_GROUP.test(pre) && coinedName(text)) return true;
  if (!attribution && termShaped(text, 4) && LEVEL_SET.test(pre)) return true;
  if (attribution?.form === 'after') return false;
  if (termShaped(text, 3) && GLOSS_AFTER.test(post)) return true;
  if (attribution) return false;
  if (sentence && inItemList(layout, span, sentence)) return true;
  // American style puts the appositive's comma inside the marks: "“violence interrupters,” people who ...".
  const afterComma = /,\s*$/.test(text) ? `,${post}` : post;
  if (termShaped(text, 3) && DEFINING_APPOSITIVE.test(afterComma)) return true;
  if (!termShaped(text, 2)) return false;
  // "A “prank” is gluing coins to the floor. That is not a “prank.”": a word the paragraph defines is mentioned.
  if (definedInParagraph(layout, text)) return true;
  if (writtenOn || SPEECH_NOUN_AFTER.test(post)) return false;
  return DETERMINED.test(pre) && !speechInSentence(layout, sentence);
}

/** "A “prank” is ...", "An “influencer” means ...": a sentence opening with a quoted word that it goes on to define. */
const DEFINED_OPENING = /^[\s"'“‘]*(?:A|An)\s*$/;
const DEFINED_VERB_AFTER = /^\s+(?:is|means|was|refers\s+to)\b/;

/**
 * The same lower-case word of one or two words opens a sentence of the paragraph that defines it ("A “prank” is ..."):
 * a writer weighing a word uses it as a word wherever it stands in that paragraph ("That is not a “prank.”").
 */
function definedInParagraph(layout: Layout, text: string): boolean {
  const key = text.trim().replace(/[.,;:]+$/, '').toLowerCase();
  return layout.spans.some((other) => {
    if (other.close === null) return false;
    if (layout.text.slice(other.start, other.end).trim().replace(/[.,;:]+$/, '').toLowerCase() !== key) return false;
    const sentence = sentenceOf(layout, other.open);
    const opening = layout.masked.slice(sentence?.start ?? 0, other.open);
    return DEFINED_OPENING.test(opening) && DEFINED_VERB_AFTER.test(layout.masked.slice(closeEnd(other), closeEnd(other) + 20));
  });
}

/**
 * A speech verb anywhere in the quote's sentence ("spoke to reporters to address the “terrible tragedy,” but said
 * ..."): the sentence reports someone's words, so a scare quote in it is theirs even where the tag does not reach.
 */
function speechInSentence(layout: Layout, sentence: Range | undefined): boolean {
  if (!sentence) return false;
  return CORE_SPEECH.test(layout.masked.slice(sentence.start, sentence.end));
}

/** Verbs that only ever report speech (not "signals", "reports", "notes", which are nouns as often). */
const CORE_SPEECH =
  /\b(?:said|says|told|tells|wrote|writes|asked|explained|insisted|argued|warned|added|denounc(?:ed|es|ing)|condemn(?:ed|s|ing)|slamm?(?:ed|s|ing)|blast(?:ed|s|ing)|decr(?:ied|ies|ying)|lambast(?:ed|s|ing)|mock(?:ed|s|ing)|ridicul(?:ed|es|ing)|derid(?:ed|es|ing)|deplor(?:ed|es|ing)|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|vow(?:ed|s)|pledg(?:ed|es)|promis(?:ed|es)|complain(?:ed|s|ing)|prais(?:ed|es|ing)|hail(?:ed|s))\b/;
/** A noun of speech right after the closing mark: the minister's “absolute disgrace” remark is what the minister said. */
const SPEECH_NOUN_AFTER = /^\s+(?:remarks?|comments?|quips?|jibes?|jabs?|retorts?|slurs?|insults?|outbursts?|tweets?|pledges?|vows?|warnings?|rant|speech)\b/;

/** Labels that open a related-link or media-promo line: "Related:", "READ MORE:", "See also |", "WATCH:", "PHOTOS:". */
const LINK_LABEL = /^(?:related(?:\s+(?:stories|story|articles?|coverage|content))?|read\s+more|more|see\s+also|also\s+(?:read|see)|read\s+also|recommended|trending|most\s+read|don['’]t\s+miss|you\s+may\s+also\s+like|watch|video|photos?|gallery|slideshow|listen|podcast)\s*[:|–—]/i;
/** A video player's text left in the page: "... 3:08 autoplay autoplay Copy this code to your website or blog". */
const VIDEO_EMBED = /\bautoplay\b|\bCopy this code to your (?:website|site|blog)\b|\bEmbed this video\b/i;

/**
 * Related-link furniture left in the text: "‘…’: making sense of X Read more", "[Inventor: ‘…’]", "Related: ‘…’,
 * says mayor". Outlets quote in these headlines, but the quote belongs to another story.
 */
export function isFurnitureParagraph(layout: Layout): boolean {
  const text = layout.text.trim();
  return /\bRead more$/.test(text) || wholeBracketed(text) || LINK_LABEL.test(text) || VIDEO_EMBED.test(text);
}

/**
 * "[Coach responds: ‘It’s [expletive] great.’]": a line wholly inside one pair of square brackets, which may hold
 * editorial brackets of its own (the outer pair opens the line and closes only at its end).
 */
function wholeBracketed(text: string): boolean {
  if (!text.startsWith('[') || !text.endsWith(']')) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0 && i < text.length - 1) return false;
  }
  return depth === 0;
}

/**
 * A reference in citation style: `Adebayo J, et al "Title of the paper" JAMA Intern Med 2025` — the quoted words are
 * a paper's title between its authors (surname and initials, or "et al") and the journal.
 */
export function isCitationTitle(layout: Layout, span: RawSpan): boolean {
  const before = layout.text.slice(Math.max(0, span.open - 40), span.open);
  const after = layout.text.slice(closeEnd(span), closeEnd(span) + 40);
  const authors = /\bet\s+al\.?,?\s*$|\b\p{Lu}[\p{L}'’-]+\s+\p{Lu}{1,3}\.?,?\s*$/u.test(before);
  return authors && /^[\s.,]*\p{Lu}[\p{L}.&]*(?:\s+\p{Lu}[\p{L}.&]*)*[\s.,;]+(?:\d{4}|\(\d{4}\)|\d+\s*[:;(])/u.test(after);
}

/**
 * `taught to “sit,” “stay” and follow other basic commands`, `“please” and other magic words`: quoted words listed as
 * examples of a kind of wording are words, not remarks.
 */
const OTHER_WORDS_AFTER =
  /^[\s,]*(?:█+[\s,]+)*(?:and|or)\s+(?:[a-z]+\s+){0,2}other\s+(?:[a-z-]+\s+)?(?:commands|words|terms|phrases|instructions|cues|expressions|slogans|catchphrases|buzzwords|insults|slurs|euphemisms|jargon)\b/;

/**
 * `a Facebook “poke”`, `a CIA “family day”`, `the September “sweeps”`: a short lower-case term right after an article
 * and a capitalised modifier (a brand, a body, a month) is that owner's jargon for a thing, quoted as a term. Not in a
 * sentence that reports speech, where the words may be the speaker's ("slammed the White House “cover-up”").
 */
const PROPER_MODIFIER_BEFORE = /\b(?:a|an|the)\s+\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)?\s*$/u;

function brandedTerm(layout: Layout, span: RawSpan, pre: string, text: string): boolean {
  if (!termShaped(text, 2) || /^(?:to|of|for|in|on|at|by|with|and|or|but|the|a|an)\b/.test(text.trim())) return false;
  if (!PROPER_MODIFIER_BEFORE.test(pre)) return false;
  return !speechInSentence(layout, sentenceOf(layout, span.open));
}

/** "the Latin for", "the Maori word for", "Greek for": what follows translates a word. */
const LANGUAGE_FOR =
  /\b(?:Latin|Greek|French|Spanish|German|Italian|Arabic|Hebrew|Japanese|Chinese|Mandarin|Irish|Welsh|Gaelic|Maori|Hawaiian|Sanskrit|Russian|Portuguese|Dutch|Norse|Yiddish|Hindi|Swahili)\s+(?:(?:word|term|phrase|name)\s+)?for\s*$/;

/**
 * After the marks, the word is glossed or named as a word: "“hiraeth” means a longing for home", "“hygge” translates
 * as", "say “cheugy” to mean", "chose “gaslighting” as its word of the year".
 */
const DEFINED_AFTER =
  /^\s+(?:(?:roughly|literally|loosely)\s+)?(?:means|meant|translates?\s+(?:as|to)|translated\s+(?:as|to)|refers\s+to|stands\s+for|is\s+short\s+for|to\s+(?:mean|describe|refer\s+to)\b|as\s+(?:its|the|a|their|his|her)\s+(?:[a-z-]+\s+){0,2}(?:word|term|phrase)\b)/;

/**
 * `met his “goil,” Olive Oyl, in 1930`, `with her “partner in crime”, Ann Roe,`: a possessive, a short lower-case
 * epithet and the name of the person it stands for in apposition. The name is no speech tag (no verb follows it
 * before the next comma), and the epithet is the writer's way of naming that person.
 */
const OWNER_BEFORE = /\b(?:his|her|their|its|my|our|your)\s*$/i;
const NAME_IN_APPOSITION = /^\s*,?\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*,/u;

function isEpithet(pre: string, text: string, post: string): boolean {
  const afterComma = /,$/.test(text.trim()) ? `,${post}` : post;
  return termShaped(text, 3) && OWNER_BEFORE.test(pre) && NAME_IN_APPOSITION.test(afterComma);
}

/** A capitalised word right before or after the marks, separated by one space: part of a name. */
const NAME_WORD_BEFORE = /(?:^|\s)\p{Lu}[\p{L}.'’-]*\s$/u;
const NAME_WORD_AFTER = /^\s\p{Lu}[\p{L}'’-]*/u;

/** `Dwayne "The Rock" Johnson`, `Earvin “Magic” Johnson`: a capitalised nickname inside a person's name. */
export function isNickname(layout: Layout, span: RawSpan, text: string): boolean {
  if (/[.,!?;:…]$/.test(text.trim()) || text.trim().split(/\s+/).length > 4) return false;
  if (!text.trim().split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:the|of|a)$/.test(w))) return false;
  const before = layout.text.slice(Math.max(0, span.open - 30), span.open);
  const after = layout.text.slice(closeEnd(span), closeEnd(span) + 30);
  return NAME_WORD_BEFORE.test(before) && NAME_WORD_AFTER.test(after);
}
