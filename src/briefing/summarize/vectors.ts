/**
 * Sparse term vectors and all-pairs similarity through an inverted index, so cost grows with shared terms rather
 * than with the square of the sentence count.
 */

export interface SparseVector {
  /** term -> weight */
  weights: ReadonlyMap<string, number>;
  norm: number;
}

export function makeVector(weights: Map<string, number>): SparseVector {
  let sq = 0;
  for (const w of weights.values()) sq += w * w;
  return { weights, norm: Math.sqrt(sq) };
}

export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small.weights) {
    const other = large.weights.get(term);
    if (other !== undefined) dot += w * other;
  }
  return dot / (a.norm * b.norm);
}

/** Term frequencies of a token list. */
export function termCounts(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/**
 * Raw dot products between every pair of vectors that share at least one term, as an upper-triangular list
 * (i < j). Callers normalise as their similarity requires. Row by row with a dense scratch accumulator: no
 * per-pair map, so cost is the number of shared-term hits.
 */
export function sharedTermDots(vectors: readonly SparseVector[]): Array<[number, number, number]> {
  const n = vectors.length;
  const postings = new Map<string, { ids: number[]; weights: number[] }>();
  vectors.forEach((v, i) => {
    for (const [term, w] of v.weights) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { ids: [], weights: [] }));
      list.ids.push(i);
      list.weights.push(w);
    }
  });
  const acc = new Float64Array(n);
  const touched: number[] = [];
  const out: Array<[number, number, number]> = [];
  // Position of vector i inside each of its postings lists, so only later vectors (j > i) are visited.
  const cursor = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    for (const [term, wi] of vectors[i]!.weights) {
      const list = postings.get(term)!;
      const at = cursor.get(term) ?? 0;
      cursor.set(term, at + 1);
      for (let k = at + 1; k < list.ids.length; k++) {
        const j = list.ids[k]!;
        if (acc[j] === 0) touched.push(j);
        acc[j] = acc[j]! + wi * list.weights[k]!;
      }
    }
    for (const j of touched) {
      out.push([i, j, acc[j]!]);
      acc[j] = 0;
    }
    touched.length = 0;
  }
  return out;
}
