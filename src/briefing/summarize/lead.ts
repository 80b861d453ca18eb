/**
 * Lead-3 baseline as Multi-News defines it ("First-3", Fabbri et al. 2019): the first three sentences of each
 * document, documents in input order, then cut to the shared word budget.
 */
import { fillBudget, resolveBudget } from './budget.js';
import { buildCandidates } from './candidates.js';
import { orderRefs } from './order.js';
import type { BudgetOptions, SentenceRef, SummaryDocument } from './types.js';

export function leadSummary(
  documents: readonly SummaryDocument[],
  options: BudgetOptions & { perDocument?: number } = {},
): SentenceRef[] {
  const perDocument = options.perDocument ?? 3;
  const budget = resolveBudget(options);
  const seen = new Map<number, number>();
  const lead = buildCandidates(documents).filter((c) => {
    const taken = seen.get(c.doc) ?? 0;
    if (taken >= perDocument) return false;
    seen.set(c.doc, taken + 1);
    return true;
  });
  const chosen = fillBudget(lead, budget);
  return orderRefs(
    chosen.map(({ doc, sentence }) => ({ doc, sentence })),
    documents,
  );
}
