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
 * (i < j). Callers normalise as their similarity requires.
 */
export function sharedTermDots(vectors: readonly SparseVector[]): Array<[number, number, number]> {
  const postings = new Map<string, Array<[number, number]>>();
  vectors.forEach((v, i) => {
    for (const [term, w] of v.weights) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push([i, w]);
    }
  });
  const dots = new Map<number, number>();
  const n = vectors.length;
  for (const list of postings.values()) {
    for (let a = 0; a < list.length; a++) {
      const [i, wi] = list[a]!;
      for (let b = a + 1; b < list.length; b++) {
        const [j, wj] = list[b]!;
        const key = i * n + j;
        dots.set(key, (dots.get(key) ?? 0) + wi * wj);
      }
    }
  }
  const out: Array<[number, number, number]> = [];
  for (const [key, dot] of dots) out.push([Math.floor(key / n), key % n, dot]);
  return out;
}
