/**
 * Greedy budgeted selection shared by every system, so they are compared at the same length: walk candidates
 * best first, keep each one that fits the remaining word budget (and the optional acceptance test), skip the rest.
 */
import type { Candidate } from './candidates.js';
import { DEFAULT_MAX_WORDS, SummarizerInputError, type BudgetOptions } from './types.js';

export interface ResolvedBudget {
  maxWords: number;
  maxSentences: number;
}

export function resolveBudget(options: BudgetOptions = {}): ResolvedBudget {
  const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
  const maxSentences = options.maxSentences ?? Number.POSITIVE_INFINITY;
  if (!(maxWords >= 0) || !Number.isFinite(maxWords)) {
    throw new SummarizerInputError(`maxWords must be a finite number >= 0, got ${maxWords}`);
  }
  if (!(maxSentences >= 0)) throw new SummarizerInputError(`maxSentences must be >= 0, got ${maxSentences}`);
  return { maxWords, maxSentences };
}

export function fillBudget(
  ranked: readonly Candidate[],
  budget: ResolvedBudget,
  accept: (candidate: Candidate, selected: readonly Candidate[]) => boolean = () => true,
): Candidate[] {
  const selected: Candidate[] = [];
  let remaining = budget.maxWords;
  for (const c of ranked) {
    if (selected.length >= budget.maxSentences) break;
    if (c.words > remaining) continue;
    if (!accept(c, selected)) continue;
    selected.push(c);
    remaining -= c.words;
  }
  return selected;
}
