/**
 * sitrep's multi-document summarizer: unsupervised and extractive.
 *
 * 1. Keep summary-worthy sentences (see quality.ts), at most `maxPerDocument` from each document and `maxNodes`
 *    in all (earliest positions first), so the cost stays bounded on clusters of hundreds of articles.
 * 2. Score each sentence by a weighted sum of
 *    - LexRank centrality: PageRank over the TF-IDF cosine graph (edges above a threshold);
 *    - centroid similarity: cosine with the cluster's TF-IDF centroid, the "what the whole story is about";
 *    - a position prior: news puts the facts first, exp(-position / positionDecay) within each document.
 *    The position prior is scaled by how well the sentence's document fits the cluster centroid.
 * 3. Select greedily under the word budget: relevance, plus the not-yet-covered weight of recurring content
 *    bigrams per word (concept coverage, concepts.ts), minus a small MMR similarity penalty; near-duplicates of a
 *    chosen sentence (wire copies) are never taken.
 * 4. Order by document time, source, then position.
 *
 * DEFAULT_PARAMS were tuned on the first half of the Multi-News validation sample only (see src/eval/summary-eval.ts);
 * most settings sit on a broad plateau, and the concept-coverage term is what generalised to the held-out half.
 */
import { resolveBudget } from './budget.js';
import { buildCandidates, type Candidate } from './candidates.js';
import { buildConcepts } from './concepts.js';
import { mmrSelect } from './mmr.js';
import { orderRefs } from './order.js';
import { pageRank } from './pagerank.js';
import { isSummaryWorthy } from './quality.js';
import { NEAR_DUPLICATE_CONTAINMENT } from './redundancy.js';
import type { BudgetOptions, SentenceRef, SummaryDocument } from './types.js';
import { cosine, makeVector, sharedTermDots, termCounts, type SparseVector } from './vectors.js';

export interface SummarizerParams {
  minWords: number;
  maxSentenceWords: number;
  maxPerDocument: number;
  maxNodes: number;
  /** Cosine below which two sentences are not linked in the LexRank graph. */
  lexrankThreshold: number;
  weightCentrality: number;
  weightCentroid: number;
  weightPosition: number;
  positionDecay: number;
  /** Sharpens the document-fit factor on the position prior; 0 turns it off. */
  docFitExponent: number;
  /** How many of the centroid's heaviest terms it keeps. */
  centroidTerms: number;
  mmrLambda: number;
  /** Weight of concept (recurring content bigram) coverage in selection; 0 turns it off. */
  weightCoverage: number;
  /** Coverage gain is divided by words^this: 0 favours long sentences, 1 favours dense ones. */
  coverageLengthExponent: number;
  duplicateContainment: number;
}

export const DEFAULT_PARAMS: Readonly<SummarizerParams> = {
  minWords: 6,
  maxSentenceWords: 80,
  maxPerDocument: 40,
  maxNodes: 800,
  lexrankThreshold: 0.1,
  weightCentrality: 1,
  weightCentroid: 1,
  weightPosition: 1,
  positionDecay: 10,
  docFitExponent: 1,
  centroidTerms: 60,
  mmrLambda: 0.2,
  weightCoverage: 2,
  coverageLengthExponent: 1,
  duplicateContainment: NEAR_DUPLICATE_CONTAINMENT,
};

export interface SummarizeOptions extends BudgetOptions {
  params?: Partial<SummarizerParams>;
  /**
   * Inverse document frequency from a background corpus (e.g. the whole article library); when absent, or when it
   * returns undefined for a term, IDF is computed over the cluster's sentences.
   */
  idf?: (stem: string) => number | undefined;
}

export interface ScoredSentence extends SentenceRef {
  score: number;
}

/** Candidates the scorer works on: worthy sentences, capped per document and overall by position. */
function poolOf(all: readonly Candidate[], p: SummarizerParams): Candidate[] {
  const rules = { minWords: p.minWords, maxWords: p.maxSentenceWords };
  let pool = all.filter((c) => isSummaryWorthy(c, rules));
  // A cluster of only fragments still deserves a summary: fall back to every non-empty sentence.
  if (pool.length === 0) pool = [...all];
  const rank = new Map<number, number>();
  pool = pool.filter((c) => {
    const r = rank.get(c.doc) ?? 0;
    rank.set(c.doc, r + 1);
    return r < p.maxPerDocument;
  });
  // Re-number positions among worthy sentences: a headline and byline above the lede should not push it down.
  const seen = new Map<number, number>();
  const renumbered = pool.map((c) => {
    const r = seen.get(c.doc) ?? 0;
    seen.set(c.doc, r + 1);
    return { ...c, position: r };
  });
  if (renumbered.length <= p.maxNodes) return renumbered;
  return renumbered
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.position - b.c.position || a.i - b.i)
    .slice(0, p.maxNodes)
    .sort((a, b) => a.i - b.i)
    .map(({ c }) => c);
}

function tfidfVectors(pool: readonly Candidate[], idf: SummarizeOptions['idf']): SparseVector[] {
  const df = new Map<string, number>();
  for (const c of pool) for (const t of new Set(c.content)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = pool.length;
  const idfOf = (t: string): number => idf?.(t) ?? Math.log((n + 1) / ((df.get(t) ?? 0) + 0.5));
  return pool.map((c) => {
    const weights = new Map<string, number>();
    for (const [t, tf] of termCounts(c.content)) weights.set(t, tf * idfOf(t));
    return makeVector(weights);
  });
}

function centroidOf(vectors: readonly SparseVector[], keep: number): SparseVector {
  const sum = new Map<string, number>();
  for (const v of vectors) for (const [t, w] of v.weights) sum.set(t, (sum.get(t) ?? 0) + w / (v.norm || 1));
  const top = [...sum.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, keep);
  return makeVector(new Map(top));
}

function lexRank(vectors: readonly SparseVector[], threshold: number): Float64Array {
  const edges: Array<Array<[number, number]>> = vectors.map(() => []);
  for (const [i, j, dot] of sharedTermDots(vectors)) {
    const denom = vectors[i]!.norm * vectors[j]!.norm;
    if (denom === 0) continue;
    const sim = dot / denom;
    if (sim < threshold) continue;
    edges[i]!.push([j, sim]);
    edges[j]!.push([i, sim]);
  }
  return pageRank(edges);
}

/**
 * How well each document matches the cluster centroid, relative to the best one: a lede only earns its position
 * bonus in a document that is about the story (scraped clusters include off-topic pages).
 */
function documentFit(pool: readonly Candidate[], vectors: readonly SparseVector[], centroid: SparseVector): Map<number, number> {
  const sums = new Map<number, Map<string, number>>();
  pool.forEach((c, i) => {
    let sum = sums.get(c.doc);
    if (!sum) sums.set(c.doc, (sum = new Map()));
    const v = vectors[i]!;
    for (const [t, w] of v.weights) sum.set(t, (sum.get(t) ?? 0) + w / (v.norm || 1));
  });
  const fit = new Map<number, number>();
  let best = 0;
  for (const [doc, sum] of sums) {
    const f = cosine(makeVector(sum), centroid);
    fit.set(doc, f);
    best = Math.max(best, f);
  }
  if (best > 0) for (const [doc, f] of fit) fit.set(doc, f / best);
  return fit;
}

function normaliseByMax(values: ArrayLike<number>): Float64Array {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]!);
  const out = new Float64Array(values.length);
  if (max > 0) for (let i = 0; i < values.length; i++) out[i] = values[i]! / max;
  return out;
}

/** Scores every pooled sentence (higher is more summary-worthy); exposed for inspection and tests. */
export function scoreSentences(documents: readonly SummaryDocument[], options: SummarizeOptions = {}): ScoredSentence[] {
  const { pool, relevance } = scorePool(documents, options);
  return pool.map((c, i) => ({ doc: c.doc, sentence: c.sentence, score: relevance[i]! }));
}

interface ScoredPool {
  pool: Candidate[];
  vectors: SparseVector[];
  relevance: Float64Array;
  params: SummarizerParams;
}

function scorePool(documents: readonly SummaryDocument[], options: SummarizeOptions): ScoredPool {
  const params: SummarizerParams = { ...DEFAULT_PARAMS, ...options.params };
  const pool = poolOf(buildCandidates(documents), params);
  const vectors = tfidfVectors(pool, options.idf);
  const centrality = normaliseByMax(lexRank(vectors, params.lexrankThreshold));
  const centroid = centroidOf(vectors, params.centroidTerms);
  const centroidSim = normaliseByMax(vectors.map((v) => cosine(v, centroid)));
  const docFit = documentFit(pool, vectors, centroid);
  const relevance = new Float64Array(pool.length);
  pool.forEach((c, i) => {
    const prior = Math.exp(-c.position / params.positionDecay) * Math.pow(docFit.get(c.doc) ?? 0, params.docFitExponent);
    relevance[i] =
      params.weightCentrality * centrality[i]! + params.weightCentroid * centroidSim[i]! + params.weightPosition * prior;
  });
  return { pool, vectors, relevance, params };
}

export function summarize(documents: readonly SummaryDocument[], options: SummarizeOptions = {}): SentenceRef[] {
  const budget = resolveBudget(options);
  const { pool, vectors, relevance, params } = scorePool(documents, options);
  const chosen = mmrSelect(
    {
      candidates: pool,
      relevance,
      vectors,
      lambda: params.mmrLambda,
      duplicateContainment: params.duplicateContainment,
      ...(params.weightCoverage > 0
        ? {
            coverage: {
              index: buildConcepts(pool),
              weight: params.weightCoverage,
              lengthExponent: params.coverageLengthExponent,
            },
          }
        : {}),
    },
    budget,
  );
  return orderRefs(
    chosen.map(({ doc, sentence }) => ({ doc, sentence })),
    documents,
  );
}
