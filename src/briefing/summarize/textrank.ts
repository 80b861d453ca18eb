/**
 * Plain TextRank baseline (Mihalcea & Tarau 2004): sentences are nodes, edge weight is the number of shared
 * (stemmed, non-stopword) words divided by log|Si| + log|Sj|, PageRank with d = 0.85, then the best-ranked
 * sentences that fit the budget. Deliberately no redundancy control and no filtering: it is the yardstick.
 */
import { fillBudget, resolveBudget } from './budget.js';
import { buildCandidates, type Candidate } from './candidates.js';
import { orderRefs } from './order.js';
import { pageRank } from './pagerank.js';
import type { BudgetOptions, SentenceRef, SummaryDocument } from './types.js';
import { makeVector, sharedTermDots } from './vectors.js';

/** Largest graph built; beyond it the earliest sentences of each document are kept (round-robin). */
export const TEXTRANK_MAX_NODES = 2000;

export function capByPosition(candidates: readonly Candidate[], max: number): Candidate[] {
  if (candidates.length <= max) return [...candidates];
  return [...candidates].sort((a, b) => a.position - b.position || a.doc - b.doc).slice(0, max);
}

export function textRankScores(nodes: readonly Candidate[]): Float64Array {
  const sets = nodes.map((c) => new Set(c.content));
  // Binary vectors: the dot product of two is the number of distinct shared words.
  const vectors = sets.map((s) => makeVector(new Map([...s].map((t) => [t, 1]))));
  const edges: Array<Array<[number, number]>> = nodes.map(() => []);
  for (const [i, j, shared] of sharedTermDots(vectors)) {
    const norm = Math.log(sets[i]!.size) + Math.log(sets[j]!.size);
    if (norm <= 1e-9) continue;
    const w = shared / norm;
    edges[i]!.push([j, w]);
    edges[j]!.push([i, w]);
  }
  return pageRank(edges);
}

export function textRankSummary(documents: readonly SummaryDocument[], options: BudgetOptions = {}): SentenceRef[] {
  const budget = resolveBudget(options);
  const nodes = capByPosition(buildCandidates(documents), TEXTRANK_MAX_NODES);
  const scores = textRankScores(nodes);
  const ranked = nodes
    .map((c, i) => ({ c, score: scores[i]! }))
    .sort((a, b) => b.score - a.score || a.c.doc - b.c.doc || a.c.sentence - b.c.sentence)
    .map(({ c }) => c);
  const chosen = fillBudget(ranked, budget);
  return orderRefs(
    chosen.map(({ doc, sentence }) => ({ doc, sentence })),
    documents,
  );
}
