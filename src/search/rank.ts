/**
 * One search: score the query's terms over the inverted index, then keep the best `limit` passages with a heap. The
 * candidates of a common word can number hundreds of thousands at 100k articles; they are never sorted or turned into
 * objects, and the caller's `filter` runs only on the few that would make the cut.
 */
import type { Passage, PassageKind } from './passages.js';
import { popcount, queryTerms, type Field, type InvertedIndex, type ScanState } from './postings.js';
import { TopK } from './topk.js';

/** Field weights: a term in the passage itself counts more than in the speaker line or the sentence around a quote. */
const BOOST: Record<Field, number> = { text: 2, speaker: 1, context: 0.5 };
/** Distinct query terms considered (one bit each); longer queries are cut, which no chat question reaches. */
const MAX_TERMS = 32;

export type RankKey = 'matched' | 'score' | 'within' | 'newest';

export interface SearchOptions {
  kinds?: readonly PassageKind[];
  /** Fields to match in (default: text and context; speaker only when asked). */
  fields?: readonly Field[];
  /** Every query term must match (default: any). */
  all?: boolean;
  limit?: number;
  /** Checked only on passages that would make the top `limit`. */
  filter?: (p: Passage) => boolean;
  /** Fast filters on what a sentence carries. */
  flags?: { hasNumber?: boolean; hasDate?: boolean; hasPerson?: boolean };
  /**
   * Restricts the search to passages matching every term of `within.query` in `within.fields` ("quotes by this
   * speaker"); those passages are candidates even when they match none of `query`'s terms. An empty `query` then
   * lists them.
   */
  within?: { query: string; fields: readonly Field[] };
  /**
   * Ranking, most significant first (default: matched, score, newest): distinct query terms matched, BM25 score,
   * score of the `within` query, newest occurrence. Remaining ties go to the older passage.
   */
  order?: readonly RankKey[];
}

export interface Hit {
  passage: Passage;
  /** BM25+ score times the number of distinct query terms matched (MiniSearch's ranking). */
  score: number;
  /** Distinct query terms (index form) this passage matched. */
  matched: string[];
  /** Share of the query's distinct terms matched (0..1; 0 for an empty query). */
  coverage: number;
  /** Score of the `within` query (0 without one). */
  withinScore: number;
}

export interface RankContext {
  main: ScanState;
  within: ScanState;
  capacity: number;
  accept: (id: number) => boolean;
  passage: (id: number) => Passage | undefined;
  newest: (id: number) => number;
}

function firstTerms(text: string): Map<string, number> {
  const all = queryTerms(text);
  if (all.size <= MAX_TERMS) return all;
  return new Map([...all].slice(0, MAX_TERMS));
}

const fullMask = (n: number): number => (n >= 32 ? 0xffffffff : (1 << n) - 1) >>> 0;

export function rankPassages(inv: InvertedIndex, query: string, options: SearchOptions, ctx: RankContext): Hit[] {
  const terms = firstTerms(query);
  const withinTerms = options.within ? firstTerms(options.within.query) : undefined;
  if (withinTerms ? withinTerms.size === 0 : terms.size === 0) return [];
  const { main, within } = ctx;
  let accept = ctx.accept;
  let candidates: number[];
  if (withinTerms && options.within) {
    within.begin(ctx.capacity);
    inv.scan(within, withinTerms, options.within.fields.map((field) => ({ field, boost: BOOST[field] })), ctx.accept);
    const full = fullMask(withinTerms.size);
    candidates = within.touched.filter((id) => within.bits[id] === full);
    accept = (id) => within.has(id) && within.bits[id] === full;
  } else candidates = [];
  main.begin(ctx.capacity);
  const fields = (options.fields ?? ['text', 'context']).map((field) => ({ field, boost: BOOST[field] }));
  if (terms.size > 0) inv.scan(main, terms, fields, accept);
  if (!withinTerms) candidates = main.touched;

  const matched = (id: number): number => (main.has(id) ? popcount(main.bits[id]!) : 0);
  const score = (id: number): number => (main.has(id) ? main.score[id]! * popcount(main.bits[id]!) : 0);
  const withinScore = (id: number): number => (withinTerms && within.has(id) ? within.score[id]! * popcount(within.bits[id]!) : 0);
  // Rank keys computed once per candidate, so the heap compares numbers in arrays rather than calling closures.
  const order = options.order ?? ['matched', 'score', 'newest'];
  const n = candidates.length;
  const keys = order.map((k) => {
    const key = k === 'matched' ? matched : k === 'score' ? score : k === 'within' ? withinScore : ctx.newest;
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = key(candidates[i]!);
    return values;
  });
  const better = (a: number, b: number): boolean => {
    for (const values of keys) {
      const ka = values[a]!;
      const kb = values[b]!;
      if (ka !== kb) return ka > kb;
    }
    return candidates[a]! < candidates[b]!;
  };
  const top = new TopK<number>(options.limit ?? 20, better);
  const every = options.all ? terms.size : 0;
  for (let i = 0; i < n; i++) {
    const id = candidates[i]!;
    if (every > 0 && matched(id) < every) continue;
    if (!top.admits(i)) continue;
    const p = ctx.passage(id);
    if (!p || (options.filter && !options.filter(p))) continue;
    top.offer(i);
  }
  const termList = [...terms.keys()];
  return top.sorted().map((i) => {
    const id = candidates[i]!;
    const bits = main.has(id) ? main.bits[id]! : 0;
    const n = popcount(bits);
    return {
      passage: ctx.passage(id)!,
      score: score(id),
      matched: termList.filter((_, i) => (bits >>> i) & 1),
      coverage: terms.size > 0 ? n / terms.size : 0,
      withinScore: withinScore(id),
    };
  });
}
