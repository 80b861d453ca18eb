/**
 * Attribution given AFTER a quotation with no tag of its own: an opening quote whose speaker the next sentence names
 * (`“...”` / `That’s how Dennis Farrow sums up his 41 years.`, `This is what X told the council.`), or a bare quote
 * paragraph followed by a paragraph that opens with its speaker's speech verb (`“...”` / `Jane Doe, 52, said ...`).
 */
import type { Speaker } from '../types.js';
import type { Range } from './clauses.js';
import type { Discourse } from './discourse.js';
import type { Layout } from './layout.js';
import { clauseSubject } from './prefix.js';
import type { SpeechEvent } from './narrative.js';

/** "That’s how", "This was what", "Those were the words of", "So says": the sentence points back at a quotation. */
const POINTS_BACK =
  /^(?:That|This|Those|These|Such|So)(?:['’]s|\s+(?:is|was|are|were|has\s+been|had\s+been))?\s+(?:how|what|why|the\s+(?:verdict|view|message|warning|assessment|words?)\s+(?:of|from))\s+/;

/** Whether a sentence points back at the quotation before it ("That was the message from X."). */
export function pointsBack(layout: Layout, sentence: Range): boolean {
  return POINTS_BACK.test(layout.masked.slice(sentence.start, sentence.end));
}

/** The speaker a pointing-back sentence names, resolved in the discourse; undefined when it names none. */
export function pointedSpeaker(layout: Layout, sentence: Range, paragraphStart: number, discourse: Discourse): Speaker | undefined {
  const m = POINTS_BACK.exec(layout.masked.slice(sentence.start, sentence.end));
  if (!m) return undefined;
  const phrase = clauseSubject(layout, sentence.start + m[0].length, sentence.end);
  if (!phrase || phrase.kind === 'pronoun') return undefined;
  const speaker = discourse.resolve(phrase, paragraphStart);
  return speaker.kind === 'unknown' ? undefined : speaker;
}

/** The speaker of the next paragraph's opening speech sentence, when it is a real (not merely narrative) event. */
export function openingSpeaker(event: SpeechEvent | undefined): Speaker | undefined {
  // "according to X" sources the next paragraph's facts; it does not say who spoke the quote before it.
  if (!event || event.weak || event.sourced || event.speaker.kind === 'unknown') return undefined;
  return event.speaker;
}
