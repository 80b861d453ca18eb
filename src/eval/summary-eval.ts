/**
 * Offline evaluation of the summarizer on the Multi-News validation sample (shared/data): ROUGE-1/2/L/Lsum F1 for
 * Lead-3, TextRank and sitrep's system, all computed in the same run on the same sentence splits and under the
 * same word budget, so their ratios are meaningful even though absolute numbers differ from published full-set ones.
 *
 * Budget rule: every system gets at most BUDGET_WORDS whitespace words of whole sentences (a sentence that does not
 * fit is skipped, a shorter one may still fit). 250 sits just above the references' median (236) and mean (228):
 * whole-sentence filling lands most summaries a little under it, near the typical reference length. It is one
 * fixed number for every cluster: no per-cluster oracle length.
 *
 * Tuning protocol: parameters were tuned on the first half of the clusters only; results are reported for both
 * halves (the second half is held out) and for the whole sample.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  leadSummary,
  splitSentences,
  summarize,
  textRankSummary,
  type SentenceRef,
  type SummarizerParams,
  type SummaryDocument,
} from '../briefing/summarize/index.js';
import { scoreRouge, type RougeScores } from './rouge.js';

export const DEFAULT_DATA_PATH = fileURLToPath(
  new URL('../../../shared/data/multinews-validation.jsonl', import.meta.url),
);
export const BUDGET_WORDS = 250;

export const SYSTEMS = ['lead3', 'textrank', 'sitrep'] as const;
export type SystemName = (typeof SYSTEMS)[number];

export interface SummaryEvalOptions {
  /** Evaluate only the first `limit` clusters. */
  limit?: number;
  dataPath?: string;
  maxWords?: number;
  /** Override the system's parameters (for tuning experiments). */
  params?: Partial<SummarizerParams>;
}

/** Mean F1 (0-100) per metric, and the mean summary length in words. */
export interface SystemScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
  rougeLsum: number;
  words: number;
}

export interface SplitResult {
  name: string;
  /** Cluster index range [from, to). */
  from: number;
  to: number;
  systems: Record<SystemName, SystemScores>;
  /** sitrep ROUGE-2 F1 / TextRank ROUGE-2 F1 on this split. */
  rouge2Ratio: number;
}

export interface SummaryEvalResult {
  dataPath: string;
  clusters: number;
  budgetWords: number;
  splits: SplitResult[];
  elapsedMs: number;
}

export class EvalDataError extends Error {
  override readonly name = 'EvalDataError';
}

interface Cluster {
  documents: string[];
  summary: string;
}

function parseCluster(line: string, lineNo: number): Cluster {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new EvalDataError(`line ${lineNo}: not JSON (${(error as Error).message})`);
  }
  const record = value as { documents?: unknown; summary?: unknown };
  if (
    !Array.isArray(record.documents) ||
    !record.documents.every((d) => typeof d === 'string') ||
    typeof record.summary !== 'string'
  ) {
    throw new EvalDataError(`line ${lineNo}: expected {documents: string[], summary: string}`);
  }
  return { documents: record.documents as string[], summary: record.summary };
}

export async function loadClusters(path: string, limit?: number): Promise<Cluster[]> {
  const text = await readFile(path, 'utf8');
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  const wanted = limit === undefined ? lines : lines.slice(0, Math.max(0, limit));
  return wanted.map((line, i) => parseCluster(line, i + 1));
}

function render(docs: readonly SummaryDocument[], refs: readonly SentenceRef[]): string {
  return refs.map((r) => docs[r.doc]!.sentences[r.sentence]!.text).join('\n');
}

const zero = (): SystemScores => ({ rouge1: 0, rouge2: 0, rougeL: 0, rougeLsum: 0, words: 0 });

function accumulate(into: SystemScores, scores: RougeScores, words: number): void {
  into.rouge1 += scores.rouge1.f1;
  into.rouge2 += scores.rouge2.f1;
  into.rougeL += scores.rougeL.f1;
  into.rougeLsum += scores.rougeLsum.f1;
  into.words += words;
}

function mean(sum: SystemScores, n: number): SystemScores {
  const d = Math.max(n, 1);
  return {
    rouge1: (100 * sum.rouge1) / d,
    rouge2: (100 * sum.rouge2) / d,
    rougeL: (100 * sum.rougeL) / d,
    rougeLsum: (100 * sum.rougeLsum) / d,
    words: sum.words / d,
  };
}

type PerCluster = Record<SystemName, { scores: RougeScores; words: number }>;

function evaluateCluster(cluster: Cluster, maxWords: number, params: Partial<SummarizerParams> | undefined): PerCluster {
  const docs: SummaryDocument[] = cluster.documents.map((text) => ({
    sentences: splitSentences(text).map((s) => ({ text: s })),
  }));
  // ROUGE-Lsum reads sentences as lines; split the reference with the same splitter.
  const reference = splitSentences(cluster.summary).join('\n');
  const outputs: Record<SystemName, SentenceRef[]> = {
    lead3: leadSummary(docs, { maxWords }),
    textrank: textRankSummary(docs, { maxWords }),
    sitrep: summarize(docs, { maxWords, ...(params ? { params } : {}) }),
  };
  const result = {} as PerCluster;
  for (const system of SYSTEMS) {
    const text = render(docs, outputs[system]);
    result[system] = { scores: scoreRouge(reference, text), words: text.split(/\s+/).filter(Boolean).length };
  }
  return result;
}

function summariseSplit(name: string, from: number, to: number, per: readonly PerCluster[]): SplitResult {
  const sums = { lead3: zero(), textrank: zero(), sitrep: zero() };
  for (const cluster of per.slice(from, to)) {
    for (const system of SYSTEMS) accumulate(sums[system], cluster[system].scores, cluster[system].words);
  }
  const n = to - from;
  const systems = { lead3: mean(sums.lead3, n), textrank: mean(sums.textrank, n), sitrep: mean(sums.sitrep, n) };
  const rouge2Ratio = systems.textrank.rouge2 > 0 ? systems.sitrep.rouge2 / systems.textrank.rouge2 : Number.NaN;
  return { name, from, to, systems, rouge2Ratio };
}

export async function runSummaryEval(opts: SummaryEvalOptions = {}): Promise<SummaryEvalResult> {
  const started = performance.now();
  const dataPath = opts.dataPath ?? DEFAULT_DATA_PATH;
  const maxWords = opts.maxWords ?? BUDGET_WORDS;
  const clusters = await loadClusters(dataPath, opts.limit);
  const per = clusters.map((c) => evaluateCluster(c, maxWords, opts.params));
  const half = Math.ceil(per.length / 2);
  const splits = [
    summariseSplit('tune (first half)', 0, half, per),
    summariseSplit('held-out (second half)', half, per.length, per),
    summariseSplit('all', 0, per.length, per),
  ];
  return { dataPath, clusters: per.length, budgetWords: maxWords, splits, elapsedMs: performance.now() - started };
}

const LABELS: Record<SystemName, string> = { lead3: 'Lead-3', textrank: 'TextRank', sitrep: 'sitrep' };

export function formatSummaryEval(result: SummaryEvalResult): string {
  const lines: string[] = [
    `Multi-News validation sample: ${result.clusters} clusters, budget ${result.budgetWords} words, ` +
      `ROUGE F1 x100 (rouge-score tokenisation, NLTK Porter stemming)`,
  ];
  for (const split of result.splits) {
    lines.push('', `${split.name}: clusters ${split.from}-${split.to - 1}`);
    lines.push('system      R-1    R-2    R-L    R-Lsum  words');
    for (const system of SYSTEMS) {
      const s = split.systems[system];
      lines.push(
        `${LABELS[system].padEnd(10)} ${s.rouge1.toFixed(2).padStart(6)} ${s.rouge2.toFixed(2).padStart(6)} ` +
          `${s.rougeL.toFixed(2).padStart(6)} ${s.rougeLsum.toFixed(2).padStart(7)} ${s.words.toFixed(0).padStart(6)}`,
      );
    }
    lines.push(`sitrep / TextRank on ROUGE-2: ${split.rouge2Ratio.toFixed(3)}`);
  }
  lines.push('', `elapsed ${(result.elapsedMs / 1000).toFixed(1)} s`);
  return lines.join('\n');
}
