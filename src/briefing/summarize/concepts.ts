/**
 * Concept coverage (Gillick & Favre 2009, greedy form): content bigrams that recur across the cluster are the
 * facts most sources agree on. A concept's weight is the number of documents that mention it; concepts seen in
 * only one document (or one sentence, for a one-document cluster) carry no weight. A summary earns a concept's
 * weight once, however many of its sentences repeat it, which also discourages redundancy.
 */
import type { Candidate } from './candidates.js';
import { conceptBigrams } from './terms.js';

export interface ConceptIndex {
  /** Per candidate: distinct concept ids with positive weight. */
  concepts: Uint32Array[];
  weights: Float64Array;
}

export function buildConcepts(pool: readonly Candidate[]): ConceptIndex {
  const perCandidate = pool.map((c) => [...new Set(conceptBigrams(c.text))]);
  const docs = new Map<string, Set<number>>();
  const sentences = new Map<string, number>();
  perCandidate.forEach((list, i) => {
    for (const k of list) {
      let set = docs.get(k);
      if (!set) docs.set(k, (set = new Set()));
      set.add(pool[i]!.doc);
      sentences.set(k, (sentences.get(k) ?? 0) + 1);
    }
  });
  const multiDoc = new Set(pool.map((c) => c.doc)).size > 1;
  const ids = new Map<string, number>();
  const weights: number[] = [];
  for (const [k, set] of docs) {
    const w = multiDoc ? (set.size >= 2 ? set.size : 0) : (sentences.get(k)! >= 2 ? sentences.get(k)! : 0);
    if (w > 0) {
      ids.set(k, weights.length);
      weights.push(w);
    }
  }
  const concepts = perCandidate.map((list) => {
    const out: number[] = [];
    for (const k of list) {
      const id = ids.get(k);
      if (id !== undefined) out.push(id);
    }
    return Uint32Array.from(out);
  });
  return { concepts, weights: Float64Array.from(weights) };
}
