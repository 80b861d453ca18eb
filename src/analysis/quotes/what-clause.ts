/**
 * "a visit to the capital last week on what the State Department said was a “mission”", "in what officials
 * called a “betrayal”": a free relative "what X said/called" inside a longer sentence has X as the subject of its
 * verb; the words before "what" (a place, a date, an object) are no part of the speaker. Read only after a
 * preposition: a quotation before "and praised what he called" is not tagged by "he called".
 */
const WHAT_SUBJECT = /\s(?:on|in|to|for|at|by|with|from|into|of|over|about|after|during)\s+what\s+([^\s,;:()][^,;:()]{0,80}?)\s*$/i;

/** The words after an inner "what" that end the region, with their offset in it; null when there is none. */
export function whatClauseRegion(text: string): { start: number; text: string } | null {
  const m = WHAT_SUBJECT.exec(text);
  if (!m?.[1]) return null;
  const start = text.trimEnd().length - m[1].length;
  // Only inside a sentence: words before the preposition ("In what officials called" opens the region).
  if (text.slice(0, m.index).trim().length === 0) return null;
  return { start, text: m[1] };
}
