/**
 * Weighted PageRank by power iteration over a sparse symmetric-or-not graph. Used by TextRank and LexRank.
 * Dangling nodes (no out-edges) spread their rank uniformly, so scores always sum to 1.
 */

/** `edges[i]` lists (neighbour, weight) pairs leaving node i; weights must be positive. */
export type SparseGraph = ReadonlyArray<ReadonlyArray<readonly [number, number]>>;

export interface PageRankOptions {
  damping?: number;
  tolerance?: number;
  maxIterations?: number;
}

export function pageRank(edges: SparseGraph, options: PageRankOptions = {}): Float64Array {
  const n = edges.length;
  const damping = options.damping ?? 0.85;
  const tolerance = options.tolerance ?? 1e-6;
  const maxIterations = options.maxIterations ?? 100;
  let rank = new Float64Array(n).fill(n === 0 ? 0 : 1 / n);
  if (n === 0) return rank;
  const outWeight = edges.map((list) => list.reduce((sum, [, w]) => sum + w, 0));
  let next = new Float64Array(n);
  for (let iter = 0; iter < maxIterations; iter++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (outWeight[i]! <= 0) dangling += rank[i]!;
    next.fill((1 - damping) / n + (damping * dangling) / n);
    for (let i = 0; i < n; i++) {
      const total = outWeight[i]!;
      if (total <= 0) continue;
      const share = (damping * rank[i]!) / total;
      for (const [j, w] of edges[i]!) next[j] = next[j]! + share * w;
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i]! - rank[i]!);
    [rank, next] = [next, rank];
    if (delta < tolerance) break;
  }
  return rank;
}
