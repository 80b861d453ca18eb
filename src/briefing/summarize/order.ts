/**
 * Reading order of a summary: by document time, then source, then document index, then sentence position.
 * Undated documents go after dated ones.
 */
import { SummarizerInputError, type SentenceRef, type SummaryDocument } from './types.js';

function timeOf(doc: SummaryDocument, index: number): number {
  const { date } = doc;
  if (date === undefined) return Number.POSITIVE_INFINITY;
  const ms = date instanceof Date ? date.getTime() : typeof date === 'number' ? date : Date.parse(date);
  if (!Number.isFinite(ms)) throw new SummarizerInputError(`document ${index} has an unreadable date: ${String(date)}`);
  return ms;
}

export function orderRefs<T extends SentenceRef>(refs: readonly T[], documents: readonly SummaryDocument[]): T[] {
  const times = documents.map(timeOf);
  return [...refs].sort((a, b) => {
    const ta = times[a.doc]!;
    const tb = times[b.doc]!;
    if (ta !== tb) return ta < tb ? -1 : 1;
    const sa = documents[a.doc]?.source ?? '';
    const sb = documents[b.doc]?.source ?? '';
    if (sa !== sb) return sa < sb ? -1 : 1;
    return a.doc - b.doc || a.sentence - b.sentence;
  });
}
