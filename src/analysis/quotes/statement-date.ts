/**
 * When was it said? A date written in the attribution itself ("On Saturday, January 4, a NATO spokesman said",
 * "issued a joint statement late on Sunday", "told reporters Monday") is the statement date. Dates inside the quoted
 * words or inside the reported content ("said the troops would leave on Friday") are not. Otherwise the caller uses
 * the publication day.
 */
import type { DateMention } from '../types.js';
import type { Attribution } from './attribution.js';
import { MASK, clauseStartBefore, type Layout } from './layout.js';

/** Words allowed between a speech verb and its date: `told reporters in Brussels late on`, `issued a statement on`. */
const VERB_TO_DATE_GAP =
  /^(?:\s+(?:a|an|the|joint|written|brief|separate|statement|communique|in|on|late|early|at|to|from|via|reporters|journalists|news|press|conference|briefing|interview|his|her|their|its|Twitter|television|radio|[A-Z][\w’'.-]*))*\s*,?\s*$/;

export function statementDate(
  dates: DateMention[],
  layout: Layout,
  paragraphStart: number,
  attribution: Attribution | null,
  sentenceStart: number,
  sentenceEnd: number,
): string | undefined {
  if (!attribution) return undefined;
  const clause = clauseStartBefore(layout, attribution.verbStart, sentenceStart);
  for (const d of dates) {
    const start = d.start - paragraphStart;
    const end = d.end - paragraphStart;
    if (start < sentenceStart || end > sentenceEnd) continue;
    if (layout.masked.slice(start, end).includes(MASK)) continue;
    if (end <= attribution.verbStart && start >= clause) {
      const between = layout.masked.slice(end, attribution.verbStart);
      if (!between.includes(MASK)) return d.date;
    }
    if (start >= attribution.verbEnd && start - attribution.verbEnd <= 60) {
      if (VERB_TO_DATE_GAP.test(layout.masked.slice(attribution.verbEnd, start))) return d.date;
    }
  }
  return undefined;
}
