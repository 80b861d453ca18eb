/**
 * Maximal Marginal Relevance selection under a word budget (Carbonell & Goldstein 1998): repeatedly take the
 * sentence with the best relevance minus lambda times its highest similarity to what is already chosen, never
 * a near-duplicate of a chosen sentence, never one that overflows the budget.
 */
import type { ResolvedBudget } from './budget.js';
import type { Candidate } from './candidates.js';
import { isNearDuplicate } from './redundancy.js';
import { cosine, type SparseVector } from './vectors.js';

export interface MmrInput {
  candidates: readonly Candidate[];
  relevance: ArrayLike<number>;
  vectors: readonly SparseVector[];
  lambda: number;
  duplicateContainment: number;
}

export function mmrSelect(input: MmrInput, budget: ResolvedBudget): Candidate[] {
  const { candidates, relevance, vectors, lambda, duplicateContainment } = input;
  const n = candidates.length;
  const maxSim = new Float64Array(n);
  const open = new Uint8Array(n).fill(1);
  const selected: Candidate[] = [];
  let remaining = budget.maxWords;
  while (selected.length < budget.maxSentences) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (!open[i]) continue;
      if (candidates[i]!.words > remaining) {
        open[i] = 0;
        continue;
      }
      const score = relevance[i]! - lambda * maxSim[i]!;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) break;
    const chosen = candidates[best]!;
    open[best] = 0;
    selected.push(chosen);
    remaining -= chosen.words;
    for (let i = 0; i < n; i++) {
      if (!open[i]) continue;
      if (isNearDuplicate(candidates[i]!.stems, chosen.stems, duplicateContainment)) {
        open[i] = 0;
        continue;
      }
      const sim = cosine(vectors[i]!, vectors[best]!);
      if (sim > maxSim[i]!) maxSim[i] = sim;
    }
  }
  return selected;
}
