/**
 * "The flood was, in Ann Cole's words, “...”", "In the words of one farmer, the flood was “...”": a phrase crediting
 * the words to someone, with no speech verb. The one whose words they are speaks.
 */
import { MASK, sentenceOf, type Layout } from './layout.js';
import type { SpeakerPhrase } from './phrase.js';
import type { RawSpan } from './spans.js';
import { parseSubjectRegion } from './subject.js';

const WORDS_OF =
  /\b[Ii]n\s+(?:the\s+words\s+of\s+([^,;█]{2,60}?)|(his|her|their)\s+(?:own\s+)?words|([^,;█]{2,60}?)['’]s?\s+(?:own\s+)?words)\s*,/g;

const POSSESSIVE_PRONOUNS: Record<string, 'he' | 'she' | 'they'> = { his: 'he', her: 'she', their: 'they' };

export interface WordsOf {
  phrase: SpeakerPhrase;
  at: number;
}

/** Whose words the quotation `span` is said to be, by an "in X's words" phrase earlier in its sentence. */
export function wordsOf(layout: Layout, span: RawSpan): WordsOf | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  const pre = layout.masked.slice(sentence.start, span.open);
  const m = [...pre.matchAll(WORDS_OF)].pop();
  if (!m || pre.slice(m.index).includes(MASK)) return null;
  const np = (m[1] ?? m[2] ?? m[3]) as string;
  const at = sentence.start + m.index + m[0].indexOf(np);
  // "in his words": a possessive pronoun owner, resolved like the subject pronoun.
  const pronoun = POSSESSIVE_PRONOUNS[np.toLowerCase()];
  const phrase: SpeakerPhrase | null = pronoun
    ? { kind: 'pronoun', start: at, end: at + np.length, text: np, name: pronoun, pronoun }
    : parseSubjectRegion(np, at, true);
  return phrase ? { phrase, at: sentence.start + m.index } : null;
}
