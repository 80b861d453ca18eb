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
  // Compressed sparse rows with each row's weights pre-divided by its total: the inner loop is two array reads.
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + edges[i]!.length;
  const targets = new Int32Array(offsets[n]!);
  const shares = new Float64Array(offsets[n]!);
  const dangling = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const row = edges[i]!;
    let total = 0;
    for (const [, w] of row) total += w;
    if (total <= 0) {
      dangling[i] = 1;
      continue;
    }
    row.forEach(([j, w], k) => {
      targets[offsets[i]! + k] = j;
      shares[offsets[i]! + k] = w / total;
    });
  }
  let next = new Float64Array(n);
  for (let iter = 0; iter < maxIterations; iter++) {
    let lost = 0;
    for (let i = 0; i < n; i++) if (dangling[i]) lost += rank[i]!;
    next.fill((1 - damping) / n + (damping * lost) / n);
    for (let i = 0; i < n; i++) {
      if (dangling[i]) continue;
      const r = damping * rank[i]!;
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) next[targets[e]!] = next[targets[e]!]! + r * shares[e]!;
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i]! - rank[i]!);
    [rank, next] = [next, rank];
    if (delta < tolerance) break;
  }
  return rank;
}
