/**
 * Quotations introduced by a colon after a clause with no speech verb but a noun for words: "Dana Voss also offered words
 * of encouragement: “...”", "Roe's response: “...”", "Lyrics from the band's song include: “...”", "the tweets
 * from the mayor: “...”", "Lind gave a speech anyway, finishing with: “...”". A reader credits the words to the owner
 * of that noun when the clause names one ("X's response", "tweets from X"), else to the clause's subject, who
 * offers, sends or gives them.
 */
import { MASK, sentenceOf, type Layout } from './layout.js';
import { isDocumentHead, ownerPhrase } from './documents.js';
import { clauseSubject } from './prefix.js';
import { leadingSubject, parseInvertedSpeaker } from './subject.js';
import { parseSpeakerPhrase, type SpeakerPhrase } from './phrase.js';
import type { RawSpan } from './spans.js';
import { singular } from './tokens.js';

/** Nouns for someone's words (not "question": a question put to someone is not theirs). */
const WORD_NOUNS = String.raw`(?:words|message|messages|speech|statement|response|reply|answer|plea|warning|advice|tribute|remarks|comments?|explanation|verdict|challenge|lyrics|song|tweets?|posts?|letter|e-?mail|toast|eulogy|prayer|vow|promise|pledge|appeal|retort|rebuttal|greeting|farewell|apology|caption|sign-off|parting\s+shot)`;

/** "X's (new) response", "the band's latest song": the owner before the possessive. */
const OWNED = new RegExp(
  String.raw`(?<![\p{L}'’])((?:the\s+\p{Ll}+|\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.&'’-]*)*))['’]s?\s+(?:\p{Ll}+\s+){0,2}${WORD_NOUNS}\b`,
  'gu',
);
/** "tweets (reportedly) from X", "a message from the family". */
const FROM = new RegExp(String.raw`\b${WORD_NOUNS}\s+(?:\p{Ll}+ly\s+)?(?:from|by)\s+([^,;:█]{2,60}?)\s*$`, 'u');
const HAS_WORD_NOUN = new RegExp(String.raw`\b${WORD_NOUNS}\b`, 'u');

/** "he quoted Teddy Roosevelt:", "citing Martin Luther King Jr.:": the words are the named source's, not the quoter's. */
const QUOTING_NAME = /\b(?:quot(?:ed|es|ing)|cit(?:ed|es|ing)|invok(?:ed|es|ing)|paraphras(?:ed|es|ing))\s+(?:(?:the|a|an)\s+(?!late\s)(?:[\p{L}\d'’-]+\s+){1,6}?)?((?:the\s+late\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})\s*:\s*$/u;

/**
 * "For Ann Roe, the message is simple:", "For the growers, the lesson was clear:": a viewpoint opening the sentence,
 * then a noun for the point being made; the words after the colon are that holder's.
 */
const FOR_VIEW =
  /^\s*For\s+([^,;:█]{2,60}?)(?:,\s+(?:a|an|the)\s+[^,;:█]{2,60}?)?,\s+(?:the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:message|answer|lesson|point|takeaway|conclusion|verdict|explanation|reason|solution|bottom\s+line)\s+(?:is|was|remains|has\s+been|seems|seemed)\b[^█]{0,40}$/u;

/**
 * "For Ann Roe, it has been a different experience, in that she wishes ...:": a person named in full as the viewpoint
 * of the sentence, and no other name after it; the words after the colon are that person's (FOR_VIEW, without the
 * noun for the point made).
 */
const FOR_PERSON = /^\s*For\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s+([^█]{0,240})$/u;
const ANOTHER_NAME = /\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+/u;

export interface Intro {
  phrase: SpeakerPhrase;
  /** Offset of the colon (stands in for the speech verb). */
  at: number;
}

/** Nouns for voiced words whose source follows: "chants of “...” from the fans", "cries of “...” by protesters". */
const VOICED_OF = /\b(?:chants?|cries|cry|calls?|shouts?|cheers|boos|jeers|chorus(?:es)?|slogans?|screams?|pleas?|demands?|warnings?|accusations?|claims?)\s+of\s*$/;

/**
 * “chants of “Brandt out” from the travelling supporters”: the words belong to whoever the "from"/"by" names.
 * (A headline "Name: ... ‘...’" is not credited to the name: "Warsaw:" or "Flooding:" is as often a topic.)
 */
export function voicedBy(layout: Layout, span: RawSpan): Intro | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence || span.close === null) return null;
  const pre = layout.masked.slice(sentence.start, span.open);
  if (VOICED_OF.test(pre)) {
    const post = layout.masked.slice(span.close + 1, sentence.end);
    const by = /^\s*,?\s*(?:from|by)\s+([^,;:.!?█]{2,60}?)\s*(?:[,;:.!?█]|$)/.exec(post);
    if (by?.[1]) {
      const at = span.close + 1 + by[0].indexOf(by[1]);
      const phrase = parseInvertedSpeaker(by[1], at);
      if (phrase && phrase.kind !== 'pronoun') return { phrase, at: span.close + 1 };
    }
  }
  return null;
}

export function colonIntro(layout: Layout, span: RawSpan): Intro | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  const pre = layout.masked.slice(sentence.start, span.open);
  const colon = /:\s*$/.exec(pre);
  if (!colon || pre.includes(MASK)) return null;
  const clause = pre.slice(0, colon.index);
  const at = sentence.start + colon.index;
  const view = FOR_VIEW.exec(clause);
  if (view?.[1]) {
    const phrase = parseInvertedSpeaker(view[1], sentence.start + view.index + view[0].indexOf(view[1]));
    if (phrase && phrase.kind !== 'pronoun') return { phrase, at };
  }
  const forPerson = FOR_PERSON.exec(clause);
  if (forPerson?.[1] && !NOT_OWN_WORDS.test(clause) && !ANOTHER_NAME.test(forPerson[2] ?? '')) {
    const phrase = parseInvertedSpeaker(forPerson[1], sentence.start + forPerson.index + forPerson[0].indexOf(forPerson[1]));
    if (phrase?.kind === 'person') return { phrase, at };
  }
  if (!HAS_WORD_NOUN.test(clause)) return namedLeadIn(layout, sentence.start, at, clause);
  const from = FROM.exec(clause);
  if (from?.[1] !== undefined) {
    const start = sentence.start + from.index + from[0].lastIndexOf(from[1]);
    const phrase = parseInvertedSpeaker(from[1], start);
    if (phrase && phrase.kind !== 'pronoun') return { phrase, at };
  }
  for (const m of clause.matchAll(OWNED)) {
    const owner = ownerPhrase(m[1] as string, sentence.start + (m.index ?? 0));
    if (owner) return { phrase: owner, at };
  }
  if (NOT_OWN_WORDS.test(clause)) return null;
  const subject = clauseSubject(layout, sentence.start, at);
  return subject ? { phrase: subject, at } : pronounLeadIn(clause, sentence.start, at);
}

/**
 * Predicates whose colon hands over to someone else's words: what the subject found, saw, read out, received, quoted
 * or was asked ("Officer Ann Roe found a note: “...”", "Roe was asked: “...”", "Roe recalled her father's advice:").
 */
const NOT_OWN_WORDS = new RegExp(
  String.raw`\b(?:found|finds?|finding|discover(?:s|ed|ing)?|saw|sees?|seen|notic(?:e|es|ed|ing)|spott(?:ed|ing)|spots?|read|reads|reading|receiv(?:e|es|ed|ing)|(?:got|gets?|getting)\s+(?:a|an|the|this|that|his|her|their|its|some)|show(?:s|ed|ing)?|display(?:s|ed|ing)?|held|holds?|holding|carr(?:y|ies|ied|ying)|wore|wears?|wearing|quot(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|recit(?:e|es|ed|ing)|heard|hears?|hearing|overheard|recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|learn(?:s|ed|t|ing)?|translat(?:e|es|ed|ing)|paraphras(?:e|es|ed|ing)|shar(?:e|es|ed|ing)|forward(?:s|ed|ing)?|retweet(?:s|ed|ing)?|repost(?:s|ed|ing)?|play(?:s|ed|ing)?|sang|sings?|singing|perform(?:s|ed|ing)?|pointed\s+to|points\s+to|reprint(?:s|ed|ing)?|face[sd]?|facing|field(?:s|ed|ing)?|greeted|confronted|met\s+with|(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+en|given|shown|sent|told|handed|read|sung|left))\b|\b\p{Lu}[\p{L}.'’-]*['’]s?\s+(?:\p{Ll}+\s+){0,2}(?:words|advice|question|message|motto|line|saying)\b`,
  'u',
);

/** Whether a clause hands over to words that are not its subject's own (found, read, received, was asked ...). */
export function handsOverWords(clause: string): boolean {
  return NOT_OWN_WORDS.test(clause);
}

/**
 * "Host Ann Roe raised the subject first: “...”", "Roe put it bluntly: “...”", "Roe opened with: “...”": a named
 * person's sentence that runs straight into a quotation through a colon introduces that person's words, whatever the
 * verb, unless the predicate hands over to other words (NOT_OWN_WORDS). Only a person named with a first name or a
 * title: "Police found a note:" or "Analysts:" credit nobody.
 */
function namedLeadIn(layout: Layout, sentenceStart: number, at: number, clause: string): Intro | null {
  if (NOT_OWN_WORDS.test(clause)) return null;
  const subject = clauseSubject(layout, sentenceStart, at) ?? leadingSubject(clause, sentenceStart);
  if (subject && subject.kind !== 'person' && subject.kind !== 'pronoun') return sourceLeadIn(layout, subject, at);
  if (!subject) return pronounLeadIn(clause, sentenceStart, at);
  if (subject.kind !== 'person') return null;
  const titled = subject.nameStart !== undefined && subject.nameStart > subject.start;
  if (!subject.name.includes(' ') && !titled) return null;
  // The subject opens the clause and a predicate follows it: "Roe:" alone is a heading, not a lead-in.
  if (!/\p{Ll}/u.test(layout.masked.slice(subject.end, at))) return null;
  return { phrase: subject, at };
}

/** "And she offers advice for listeners", "He then adds": he/she, maybe after a conjunction, then a present or past verb. */
const PRONOUN_LEAD_IN = /^\s*(?:(?:And|But|So|Yet|Then|Now|Still)\s+)?(?<pronoun>[Hh]e|[Ss]he)\s+(?:\p{Ll}+ly\s+|then\s+|also\s+)?(?:[a-z]+ed|[a-z]+[^s\W]s|had|has|was)\b/u;

/**
 * "And she offers firm advice for listeners: “...”": a sentence whose subject is he or she runs into a quotation through
 * a colon, like a named person's (namedLeadIn); the pronoun resolves as a tag's would. Not when the predicate hands
 * over to other words (checked by the caller: NOT_OWN_WORDS).
 */
function pronounLeadIn(clause: string, sentenceStart: number, at: number): Intro | null {
  const m = PRONOUN_LEAD_IN.exec(clause);
  const pronoun = m?.groups?.pronoun;
  if (!m || !pronoun) return null;
  const phrase = parseSpeakerPhrase(pronoun, sentenceStart + m[0].indexOf(pronoun));
  return phrase?.kind === 'pronoun' ? { phrase, at } : null;
}

/** A predicate opening on a verb ("disagreed", "were unconvinced", "had a warning"), not a heading ("Police union:"). */
const VERB_FIRST = /^(?:[a-z]+ed|was|were|is|are|had|has|have|did|does|do|could|would|will|can|may|might|must|should|[a-z]+[^s\W]s)\b/;

/**
 * "The network's lawyers disagreed: “...”", "Analysts were unconvinced: “...”": a source described by a speaker noun
 * (never a text: "The sign was clear:") with a short predicate of its own.
 */
function sourceLeadIn(layout: Layout, subject: SpeakerPhrase, at: number): Intro | null {
  if (isText(subject)) return null;
  const predicate = layout.masked.slice(subject.end, at).trim();
  if (!VERB_FIRST.test(predicate) || predicate.split(/\s+/).length > 5 || /[,;█]/.test(predicate)) return null;
  return { phrase: subject, at };
}

/** A phrase headed by a text or a noun for words ("the sign", "the reply"): it names no source. */
function isText(phrase: SpeakerPhrase): boolean {
  return phrase.head !== undefined && (isDocumentHead(phrase.head) || HAS_WORD_NOUN.test(phrase.head));
}

/** A text shown in public that "reads" its words: "A hand-painted sign on the shack read", "the banner says:". */
const SIGN_READS =
  /\b(signs?|banners?|placards?|posters?|graffiti|inscriptions?|plaques?|slogans?|billboards?|t-shirts?|stickers?)\b[^.;!?]{0,60}?\b(?:read|reads|said|says|declared|declares|proclaimed|proclaims)\s*[:,]?\s*$/i;

/**
 * The subject of a clause that runs into the quotation through a colon ("Detective Ann Roe found a note: “...”",
 * "Police found a note: “...”"), when it is a source of some kind (not a text: "The reply was short: “...”"). Such a
 * quotation is introduced by its own sentence, so it continues nobody's earlier speech even when no one is credited.
 */
export function leadInSubject(layout: Layout, span: RawSpan): SpeakerPhrase | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  const pre = layout.masked.slice(sentence.start, span.open);
  // "A sign on the door read “...”": the words are the sign's, introduced by their own sentence, never the
  // continued speech of whoever spoke before (the sign is returned; no author is given).
  const sign = pre.includes(MASK) ? null : SIGN_READS.exec(pre);
  if (sign) {
    const text = pre.slice(0, sign.index + sign[0].length).trim();
    return { kind: 'description', start: sentence.start, end: sentence.start + text.length, text, name: text, head: singular((sign[1] as string).toLowerCase()).word };
  }
  const colon = /:\s*$/.exec(pre);
  if (!colon || pre.includes(MASK) || !/\p{Ll}/u.test(pre)) return null;
  const subject = clauseSubject(layout, sentence.start, sentence.start + colon.index);
  if (!subject || subject.kind === 'pronoun') return null;
  return isText(subject) ? null : subject;
}

/** Nouns for words someone else said, owned by that someone: "her coach's advice", "Lee's warning". */
const OTHERS_WORDS = String.raw`(?:words|advice|warning|message|motto|mantra|saying|line|question|plea|instructions?|orders?|response|reply|answer|verdict|promise|reminder)`;
const OWNED_WORDS = new RegExp(
  String.raw`\b((?:his|her|their|the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})['’]s?\s+(?:\p{Ll}+\s+){0,2}?${OTHERS_WORDS}\s*:\s*$`,
  'u',
);
/** "her father telling her:", "a guard warning them:": someone else's speech reported inside the lead-in. */
const TELLING = /\b((?:his|her|their|the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:telling|saying|asking|warning|reminding|urging|shouting|yelling)(?:\s+(?:him|her|them|me|us|you))?\s*:\s*$/u;

/**
 * "Ann Roe recalled her father's advice: “...”", "Roe repeated Coach Lee's warning:", "Roe remembered her father
 * telling her: “...”": the lead-in hands over to another person's words, whatever its own verb, so that person
 * speaks (the caller resolves "her father" to the subject's father), never the subject.
 */
export function quotedSourceWords(layout: Layout, span: RawSpan): Intro | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  const pre = layout.masked.slice(sentence.start, span.open);
  const m = QUOTING_NAME.exec(pre);
  if (!m?.[1] || pre.includes(MASK)) return null;
  const phrase = parseInvertedSpeaker(m[1], sentence.start + m.index + m[0].lastIndexOf(m[1]));
  return phrase && phrase.kind !== 'pronoun' ? { phrase, at: sentence.start + pre.lastIndexOf(':') } : null;
}

export function handedOverWords(layout: Layout, span: RawSpan): Intro | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  const pre = layout.masked.slice(sentence.start, span.open);
  if (pre.includes(MASK)) return null;
  const m = OWNED_WORDS.exec(pre) ?? TELLING.exec(pre);
  if (!m?.[1]) return null;
  const at = sentence.start + m.index + m[0].indexOf(m[1]);
  const phrase = parseSpeakerPhrase(m[1], at);
  if (!phrase || phrase.kind === 'pronoun' || (phrase.head !== undefined && isDocumentHead(phrase.head))) return null;
  return { phrase, at: sentence.start + pre.lastIndexOf(':') };
}
