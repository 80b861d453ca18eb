/**
 * ROUGE-N, ROUGE-L and ROUGE-Lsum, following Google's `rouge-score` package (the scorer most papers now report),
 * which in turn replicates ROUGE-1.5.5 (`-e data -n 2`, plus `-m` when stemming):
 *
 * - tokenise: lowercase; every run of characters outside [a-z0-9] becomes one space; split on whitespace;
 *   Porter-stem tokens longer than 3 characters (when stemming is on); keep only non-empty [a-z0-9]+ tokens.
 * - ROUGE-N: clipped n-gram overlap; precision = hits / max(candidate n-grams, 1), recall likewise over the reference.
 * - ROUGE-L: one LCS over the whole token sequences; 0 when either side is empty.
 * - ROUGE-Lsum: summary-level union LCS (Lin 2004, section 3.2) over newline-separated sentences, with the
 *   1.5.5 guard against counting a token more often than it occurs on either side.
 *
 * Stemming is NLTK's default Porter (see porter.ts), exactly what rouge-score calls, not the published algorithm.
 */
import { nltkPorterStem } from './porter.js';

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: Score;
  rouge2: Score;
  rougeL: Score;
  rougeLsum: Score;
}

export interface TokenizeOptions {
  /** Porter-stem tokens longer than 3 characters, as `RougeScorer(use_stemmer=True)`. Default true. */
  stem?: boolean;
}

// Stemming dominates tokenisation cost on long inputs; the vocabulary is small, so memoise.
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

export function porterStem(token: string): string {
  const cached = stemCache.get(token);
  if (cached !== undefined) return cached;
  const stem = nltkPorterStem(token);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(token, stem);
  return stem;
}

const NON_ALNUM = /[^a-z0-9]+/g;
const VALID_TOKEN = /^[a-z0-9]+$/;

export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  const stem = options.stem ?? true;
  const tokens = text.toLowerCase().replace(NON_ALNUM, ' ').split(/\s+/);
  const out: string[] = [];
  for (const raw of tokens) {
    const token = stem && raw.length > 3 ? porterStem(raw) : raw;
    if (VALID_TOKEN.test(token)) out.push(token);
  }
  return out;
}

export function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    // Tokens are [a-z0-9]+, so a space cannot occur inside one and the joined key is unambiguous.
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N from token lists (reference first, as rouge-score's `score(target, prediction)`). */
export function rougeNTokens(reference: readonly string[], candidate: readonly string[], n: number): Score {
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`ROUGE-N needs a positive integer n, got ${n}`);
  const ref = ngramCounts(reference, n);
  const cand = ngramCounts(candidate, n);
  let hits = 0;
  for (const [gram, count] of ref) hits += Math.min(count, cand.get(gram) ?? 0);
  const refTotal = Math.max(reference.length - n + 1, 0);
  const candTotal = Math.max(candidate.length - n + 1, 0);
  const precision = hits / Math.max(candTotal, 1);
  const recall = hits / Math.max(refTotal, 1);
  return { precision, recall, f1: fmeasure(precision, recall) };
}

/** Length of the longest common subsequence, in O(min(m, n)) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = ai === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

export function rougeLTokens(reference: readonly string[], candidate: readonly string[]): Score {
  if (reference.length === 0 || candidate.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const lcs = lcsLength(reference, candidate);
  const precision = lcs / candidate.length;
  const recall = lcs / reference.length;
  return { precision, recall, f1: fmeasure(precision, recall) };
}

/**
 * Indices into `ref` of one LCS with `cand`, read back exactly as rouge-score's `_backtrack_norec` does
 * (ties go up, not left), so the union LCS (and hence ROUGE-Lsum) matches it token for token.
 */
export function lcsIndices(ref: readonly string[], cand: readonly string[]): number[] {
  const cols = cand.length + 1;
  const table = new Uint32Array((ref.length + 1) * cols);
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= cand.length; j++) {
      table[i * cols + j] =
        ref[i - 1] === cand[j - 1]
          ? table[(i - 1) * cols + j - 1]! + 1
          : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const out: number[] = [];
  let i = ref.length;
  let j = cand.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (table[i * cols + j - 1]! > table[(i - 1) * cols + j]!) {
      j--;
    } else {
      i--;
    }
  }
  return out.reverse();
}

/** Summary-level union LCS over sentence token lists (rouge-score `_summary_level_lcs`). */
export function rougeLsumTokens(reference: readonly string[][], candidate: readonly string[][]): Score {
  const m = reference.reduce((sum, s) => sum + s.length, 0);
  const n = candidate.reduce((sum, s) => sum + s.length, 0);
  if (m === 0 || n === 0) return { precision: 0, recall: 0, f1: 0 };
  const refCounts = new Map<string, number>();
  const candCounts = new Map<string, number>();
  for (const s of reference) for (const t of s) refCounts.set(t, (refCounts.get(t) ?? 0) + 1);
  for (const s of candidate) for (const t of s) candCounts.set(t, (candCounts.get(t) ?? 0) + 1);
  let hits = 0;
  for (const refSentence of reference) {
    const union = new Set<number>();
    for (const candSentence of candidate) for (const i of lcsIndices(refSentence, candSentence)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const token = refSentence[i]!;
      const c = candCounts.get(token) ?? 0;
      const r = refCounts.get(token) ?? 0;
      if (c > 0 && r > 0) {
        hits++;
        candCounts.set(token, c - 1);
        refCounts.set(token, r - 1);
      }
    }
  }
  const precision = hits / n;
  const recall = hits / m;
  return { precision, recall, f1: fmeasure(precision, recall) };
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}

export function rougeN(reference: string, candidate: string, n: number, options: TokenizeOptions = {}): Score {
  return rougeNTokens(tokenize(reference, options), tokenize(candidate, options), n);
}

export function rougeL(reference: string, candidate: string, options: TokenizeOptions = {}): Score {
  return rougeLTokens(tokenize(reference, options), tokenize(candidate, options));
}

/** ROUGE-Lsum; sentences are the newline-separated lines of each text, as in rouge-score. */
export function rougeLsum(reference: string, candidate: string, options: TokenizeOptions = {}): Score {
  return rougeLsumTokens(
    lines(reference).map((s) => tokenize(s, options)),
    lines(candidate).map((s) => tokenize(s, options)),
  );
}

/** All four scores at once, tokenising each text once for ROUGE-1/2/L. Reference first. */
export function scoreRouge(reference: string, candidate: string, options: TokenizeOptions = {}): RougeScores {
  const ref = tokenize(reference, options);
  const cand = tokenize(candidate, options);
  return {
    rouge1: rougeNTokens(ref, cand, 1),
    rouge2: rougeNTokens(ref, cand, 2),
    rougeL: rougeLTokens(ref, cand),
    rougeLsum: rougeLsum(reference, candidate, options),
  };
}
