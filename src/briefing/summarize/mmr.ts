/**
 * Maximal Marginal Relevance selection under a word budget (Carbonell & Goldstein 1998): repeatedly take the
 * sentence with the best relevance minus lambda times its highest similarity to what is already chosen, never
 * a near-duplicate of a chosen sentence, never one that overflows the budget.
 */
import type { ResolvedBudget } from './budget.js';
import type { Candidate } from './candidates.js';
import type { ConceptIndex } from './concepts.js';
import { overlapSignature, signatureContainment } from './redundancy.js';
import { cosine, type SparseVector } from './vectors.js';

export interface MmrInput {
  candidates: readonly Candidate[];
  relevance: ArrayLike<number>;
  vectors: readonly SparseVector[];
  lambda: number;
  duplicateContainment: number;
  /** Optional concept-coverage term: weight x (uncovered concept weight / words^lengthExponent), max-normalised. */
  coverage?: { index: ConceptIndex; weight: number; lengthExponent: number };
}

export function mmrSelect(input: MmrInput, budget: ResolvedBudget): Candidate[] {
  const { candidates, relevance, vectors, lambda, duplicateContainment } = input;
  const n = candidates.length;
  const maxSim = new Float64Array(n);
  const open = new Uint8Array(n).fill(1);
  const selected: Candidate[] = [];
  let remaining = budget.maxWords;
  const signatures = candidates.map((c) => overlapSignature(c.stems));
  const coverage = input.coverage;
  const covered = coverage ? new Uint8Array(coverage.index.weights.length) : undefined;
  const gainOf = (i: number): number => {
    if (!coverage || !covered) return 0;
    let gain = 0;
    for (const id of coverage.index.concepts[i]!) if (!covered[id]) gain += coverage.index.weights[id]!;
    return gain / Math.pow(Math.max(candidates[i]!.words, 1), coverage.lengthExponent);
  };
  let gainScale = 0;
  for (let i = 0; i < n; i++) gainScale = Math.max(gainScale, gainOf(i));
  const gainWeight = coverage && gainScale > 0 ? coverage.weight / gainScale : 0;
  while (selected.length < budget.maxSentences) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (!open[i]) continue;
      if (candidates[i]!.words > remaining) {
        open[i] = 0;
        continue;
      }
      const score = relevance[i]! - lambda * maxSim[i]! + (gainWeight > 0 ? gainWeight * gainOf(i) : 0);
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
    if (coverage && covered) for (const id of coverage.index.concepts[best]!) covered[id] = 1;
    for (let i = 0; i < n; i++) {
      if (!open[i]) continue;
      if (signatureContainment(signatures[i]!, signatures[best]!) >= duplicateContainment) {
        open[i] = 0;
        continue;
      }
      const sim = cosine(vectors[i]!, vectors[best]!);
      if (sim > maxSim[i]!) maxSim[i] = sim;
    }
  }
  return selected;
}
