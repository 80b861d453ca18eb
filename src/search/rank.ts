/**
 * One search: score the query's terms over the inverted index, then keep the best `limit` passages with a heap. The
 * candidates of a common word can number hundreds of thousands at 100k articles; they are never sorted or turned into
 * objects, and the caller's `filter` runs only on the few that would make the cut.
 */
import type { Passage, PassageKind } from './passages.js';
import { popcount, queryTerms, type Accept, type Field, type InvertedIndex, type ScanState } from './postings.js';
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
  /** With `within`: only passages that also match some term of `query` (the rest are not candidates). */
  requireMatch?: boolean;
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
  /** Scratch rank-key columns, reused across searches (one per key of the order). */
  columns: Float64Array[];
  capacity: number;
  /** Kind and flag filter of the search (see Accept). */
  accept: Accept;
  passage: (id: number) => Passage | undefined;
  newest: (id: number) => number;
}

/** A term this much more common than the result limit is a candidate for update-only scanning (see `prune`). */
const COMMON = 1000;

function firstTerms(text: string): Map<string, number> {
  const all = queryTerms(text);
  if (all.size <= MAX_TERMS) return all;
  return new Map([...all].slice(0, MAX_TERMS));
}

const fullMask = (n: number): number => (n >= 32 ? 0xffffffff : (1 << n) - 1) >>> 0;

type Weighted = { field: Field; boost: number }[];

/** Scans `terms` rarest first into `state`; returns the terms in bit order. */
function scanAll(
  inv: InvertedIndex,
  state: ScanState,
  terms: ReadonlyMap<string, number>,
  fields: Weighted,
  accept: Accept,
  mayPrune: { limit: number; all: boolean } | undefined,
): string[] {
  const plain = fields.map((f) => f.field);
  const ordered = [...terms].map(([term, weight]) => ({ term, weight, df: inv.frequency(term, plain) })).sort((a, b) => a.df - b.df);
  let updateOnly = false;
  ordered.forEach(({ term, weight, df }, bit) => {
    if (!updateOnly && mayPrune && bit > 0) {
      // Every candidate must hold the rarest term: the others only add to documents it found.
      if (mayPrune.all) updateOnly = true;
      else if (df >= COMMON && df > 4 * mayPrune.limit) updateOnly = prune(inv, state, ordered.slice(bit), fields, mayPrune.limit);
    }
    inv.scanTerm(state, term, weight, bit, fields, accept, updateOnly);
  });
  return ordered.map((t) => t.term);
}

/**
 * Whether the remaining (common) terms can only re-rank documents already found. A document matching none of the
 * terms scanned so far matches at most `rest.length` terms and scores at most the sum of their maximum scores; when
 * `limit` documents found so far already rank above that (by terms matched, then score; ranks only rise as terms are
 * added), no such document can make the cut, so scanning the common terms for new documents is wasted work. Exact
 * for the default order; callers with filters, `within` or other orders never prune.
 */
function prune(inv: InvertedIndex, state: ScanState, rest: readonly { term: string; weight: number }[], fields: Weighted, limit: number): boolean {
  if (state.count < limit) return false;
  const maxMatched = rest.length;
  const maxScore = rest.reduce((sum, t) => sum + inv.maxScore(t.term, t.weight, fields), 0) * maxMatched;
  let above = 0;
  for (let i = 0; i < state.count && above < limit; i++) {
    const id = state.touched[i]!;
    const matched = popcount(state.bits[id]!);
    if (matched > maxMatched || (matched === maxMatched && state.score[id]! * matched > maxScore)) above++;
  }
  return above >= limit;
}

/** One rank key for candidates[0 .. n), written inline per key (this runs over every candidate of a query). */
function fillColumn(column: Float64Array, key: RankKey, candidates: Int32Array, n: number, main: ScanState, within: ScanState | undefined, newest: (id: number) => number): void {
  if (key === 'newest') {
    for (let i = 0; i < n; i++) column[i] = newest(candidates[i]!);
    return;
  }
  const state = key === 'within' ? within : main;
  for (let i = 0; i < n; i++) {
    const id = candidates[i]!;
    if (!state || state.stamp[id] !== state.current) {
      column[i] = 0;
      continue;
    }
    const m = popcount(state.bits[id]!);
    column[i] = key === 'matched' ? m : state.score[id]! * m;
  }
}

export function rankPassages(inv: InvertedIndex, query: string, options: SearchOptions, ctx: RankContext): Hit[] {
  const terms = firstTerms(query);
  const withinTerms = options.within ? firstTerms(options.within.query) : undefined;
  if (withinTerms ? withinTerms.size === 0 : terms.size === 0) return [];
  const { main, within } = ctx;
  const limit = options.limit ?? 20;
  const order = options.order ?? ['matched', 'score', 'newest'];
  let accept = ctx.accept;
  let full = 0;
  if (withinTerms && options.within) {
    within.begin(ctx.capacity);
    const fields = options.within.fields.map((field) => ({ field, boost: BOOST[field] }));
    scanAll(inv, within, withinTerms, fields, ctx.accept, { limit: Infinity, all: true });
    full = fullMask(withinTerms.size);
    accept = { ...ctx.accept, only: within, onlyBits: full };
  }
  main.begin(ctx.capacity);
  const fields = (options.fields ?? ['text', 'context']).map((field) => ({ field, boost: BOOST[field] }));
  const defaultOrder = order[0] === 'matched' && order[1] === 'score';
  const mayPrune = withinTerms || options.filter || !(options.all || defaultOrder) ? undefined : { limit, all: options.all === true };
  const termList = terms.size > 0 ? scanAll(inv, main, terms, fields, accept, mayPrune) : [];

  // Candidates: the `within` matches (whether or not they hold a query term), or every document the query touched.
  const source = withinTerms && !options.requireMatch ? within : main;
  const candidates = source.touched;
  const n = source.count;
  const matched = (id: number): number => (main.has(id) ? popcount(main.bits[id]!) : 0);
  const score = (id: number): number => (main.has(id) ? main.score[id]! * popcount(main.bits[id]!) : 0);
  const withinScore = (id: number): number => (withinTerms && within.has(id) ? within.score[id]! * popcount(within.bits[id]!) : 0);
  // Rank keys computed once per candidate into reused columns, so the heap compares numbers in arrays.
  const keys = order.map((k, c) => {
    if (!ctx.columns[c] || ctx.columns[c]!.length < n) ctx.columns[c] = new Float64Array(Math.max(n, 2 * (ctx.columns[c]?.length ?? 512)));
    const column = ctx.columns[c]!;
    fillColumn(column, k, candidates, n, main, withinTerms ? within : undefined, ctx.newest);
    return column;
  });
  const better = (a: number, b: number): boolean => {
    for (const values of keys) {
      const ka = values[a]!;
      const kb = values[b]!;
      if (ka !== kb) return ka > kb;
    }
    return candidates[a]! < candidates[b]!;
  };
  const top = new TopK<number>(limit, better);
  const every = options.all ? terms.size : 0;
  for (let i = 0; i < n; i++) {
    const id = candidates[i]!;
    if (withinTerms && within.bits[id] !== full) continue;
    if (every > 0 && matched(id) < every) continue;
    if (!top.admits(i)) continue;
    const p = ctx.passage(id);
    if (!p || (options.filter && !options.filter(p))) continue;
    top.offer(i);
  }
  return top.sorted().map((i) => {
    const id = candidates[i]!;
    const bits = main.has(id) ? main.bits[id]! : 0;
    const count = popcount(bits);
    return {
      passage: ctx.passage(id)!,
      score: score(id),
      matched: termList.filter((_, b) => (bits >>> b) & 1),
      coverage: terms.size > 0 ? count / terms.size : 0,
      withinScore: withinScore(id),
    };
  });
}
