/**
 * Quotations introduced by a colon after a clause with no speech verb but a noun for words: "Kesha also offered words
 * of encouragement: “...”", "Bundy's response: “...”", "Lyrics from the band's song include: “...”", "the tweets
 * from the mayor: “...”", "Ng gave a speech anyway, finishing with: “...”". A reader credits the words to the owner
 * of that noun when the clause names one ("X's response", "tweets from X"), else to the clause's subject, who
 * offers, sends or gives them.
 */
import { MASK, sentenceOf, type Layout } from './layout.js';
import { ownerPhrase } from './documents.js';
import { clauseSubject } from './prefix.js';
import { parseInvertedSpeaker } from './subject.js';
import type { SpeakerPhrase } from './phrase.js';
import type { RawSpan } from './spans.js';

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

export interface Intro {
  phrase: SpeakerPhrase;
  /** Offset of the colon (stands in for the speech verb). */
  at: number;
}

/** Nouns for voiced words whose source follows: "chants of “...” from the fans", "cries of “...” by protesters". */
const VOICED_OF = /\b(?:chants?|cries|cry|calls?|shouts?|cheers|boos|jeers|chorus(?:es)?|slogans?|screams?|pleas?|demands?|warnings?|accusations?|claims?)\s+of\s*$/;

/**
 * “chants of “Rafferty out” from the travelling supporters”: the words belong to whoever the "from"/"by" names.
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
  if (!HAS_WORD_NOUN.test(clause)) return null;
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
  const subject = clauseSubject(layout, sentence.start, at);
  return subject ? { phrase: subject, at } : null;
}
