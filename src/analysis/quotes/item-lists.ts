/**
 * A run of three or more short quoted phrases listed in one sentence (`which lists “soup with rice,” “soup with
 * noodles” and “soup with egg”`): the items of a menu, a form or a catalogue, quoted as they are printed. When nothing
 * in the sentence reports speech and none of them has a tag, they are mentioned items, not three remarks.
 */
import type { Layout } from './layout.js';
import { closeEnd, type RawSpan } from './spans.js';
import { SPEECH_VERBS } from './lexicon.js';

/** Separators between listed items: commas, "and", "or". */
const GAP = /^[\s,;]*(?:(?:and|or)\s+)?$/;

/** Short, no sentence punctuation inside (a trailing comma or full stop is American style), lower case. */
function itemShaped(text: string): boolean {
  const bare = text.trim().replace(/[.,;:]+$/, '');
  const n = bare.split(/\s+/).filter(Boolean).length;
  return n >= 2 && n <= 5 && /^[a-z]/.test(bare) && !/[.?!]/.test(bare);
}

function spanText(layout: Layout, span: RawSpan): string {
  return layout.text.slice(span.start, span.end);
}

/** Words of what a sign or page says, besides the speech verbs of the lexicon. */
const READ = /\b(?:read|reads|reading|chant|chants|chanting)\b/;

/** Any verb of speech (in any form: "lambaste", "lambasted") or of reading in the sentence. */
function reportsWords(sentence: string): boolean {
  if (READ.test(sentence)) return true;
  return (sentence.toLowerCase().match(/[a-z]+/g) ?? []).some(
    (w) => SPEECH_VERBS.has(w) || SPEECH_VERBS.has(`${w}d`) || SPEECH_VERBS.has(`${w}ed`) || SPEECH_VERBS.has(`${w}s`),
  );
}

/** `sentence`: the quote's sentence, read in the masked text for speech verbs. */
export function inItemList(layout: Layout, span: RawSpan, sentence: { start: number; end: number }): boolean {
  if (!itemShaped(spanText(layout, span)) || reportsWords(layout.masked.slice(sentence.start, sentence.end))) return false;
  if (listRun(layout, span) >= 3) return true;
  // `which lists “soup with rice,” “soup with noodles” and “soup with egg” before reaching — at last — “soup with
  // everything.”`: one more item of the same list, set apart by an aside, in the same sentence.
  return layout.spans.some((other) => other !== span && other.open >= sentence.start && other.open < sentence.end && listRun(layout, other) >= 3);
}

/** How many item-shaped quotations stand in the list around `span`, joined only by commas, "and" or "or". */
function listRun(layout: Layout, span: RawSpan): number {
  if (!itemShaped(spanText(layout, span))) return 0;
  const i = layout.spans.indexOf(span);
  let first = i;
  let last = i;
  const linked = (a: RawSpan, b: RawSpan): boolean => a.close !== null && GAP.test(layout.text.slice(closeEnd(a), b.open));
  while (first > 0) {
    const prev = layout.spans[first - 1] as RawSpan;
    if (!linked(prev, layout.spans[first] as RawSpan) || !itemShaped(spanText(layout, prev))) break;
    first--;
  }
  while (last < layout.spans.length - 1) {
    const next = layout.spans[last + 1] as RawSpan;
    if (!linked(layout.spans[last] as RawSpan, next) || !itemShaped(spanText(layout, next))) break;
    last++;
  }
  return last - first + 1;
}
