/**
 * A quotation inside a fronted clause of saying: "After noting that the toy is for “children,” Kagan delivers a series
 * of jokes", "Asked about the deal, ..." is elsewhere (intro.ts). The fronted speech participle has no subject of its
 * own; the subject of the main clause after it said the words.
 */
import { MASK, sentenceOf, type Layout } from './layout.js';
import { SPEECH_PARTICIPLES } from './lexicon.js';
import type { SpeakerPhrase } from './phrase.js';
import { closeEnd, type RawSpan } from './spans.js';
import { leadingSubject } from './subject.js';

export interface FrontedSpeech {
  phrase: SpeakerPhrase;
  verb: string;
  verbStart: number;
}

/** A sentence opening with a speech participle, bare or after a time conjunction ("After noting that"). */
const FRONTED = /^\s*(?:(?:After|Before|While|Upon|On|When|Since|Besides)\s+)?(\p{Ll}+ing)\b/iu;

export function frontedSpeech(layout: Layout, span: RawSpan): FrontedSpeech | null {
  if (span.close === null) return null;
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  const pre = layout.masked.slice(sentence.start, span.open);
  const m = FRONTED.exec(pre);
  const verb = m?.[1];
  if (!m || !verb || !SPEECH_PARTICIPLES.has(verb.toLowerCase()) || /[;█]/.test(pre)) return null;
  // The fronted clause ends at the first comma after the quotation (or the comma closing its words: `“children,”`).
  const end = closeEnd(span);
  const innerComma = /,\s*$/.test(layout.text.slice(span.open + 1, span.close));
  const rest = layout.masked.slice(end, sentence.end);
  const comma = innerComma ? 0 : rest.indexOf(',') + 1;
  if (comma < 0 || (!innerComma && (comma === 0 || rest.slice(0, comma).includes(MASK) || comma > 80))) return null;
  const main = rest.slice(comma);
  if (main.includes(MASK) && main.indexOf(MASK) < 40) return null;
  const phrase = leadingSubject(main, end + comma);
  if (!phrase) return null;
  return { phrase, verb, verbStart: sentence.start + m[0].length - verb.length };
}
