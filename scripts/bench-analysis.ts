/**
 * Analysis throughput on the corpus articles repeated, next to a raw wink-nlp tokenizer pass over the same text in
 * the same run (the ratio is what to compare across machines). Usage: tsx scripts/bench-analysis.ts [contentDir] [rounds]
 */
import { performance } from 'node:perf_hooks';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeArticle } from '../src/analysis/analyze.js';
import { extractDates } from '../src/analysis/dates.js';
import { extractMentions } from '../src/analysis/entities/index.js';
import { extractNumbers } from '../src/analysis/numbers.js';
import { extractQuotes } from '../src/analysis/quotes/index.js';
import { splitSentences } from '../src/analysis/sentences.js';
import { loadCorpus } from '../src/corpus/load.js';

const contentDir = process.argv[2] ?? 'content';
const rounds = Number(process.argv[3] ?? 100);
const { articles } = await loadCorpus(contentDir);
if (articles.length === 0) throw new Error(`no articles under ${contentDir}/articles`);
const work = Array.from({ length: rounds }, (_, r) => articles.map((a) => ({ ...a, id: `${a.id}~${r}` }))).flat();
const words = work.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.text.split(/\s+/).length, 0), 0);

function time(label: string, fn: () => void): number {
  fn(); // warm-up: JIT, lazy model loads
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  process.stdout.write(`${label.padEnd(22)} ${(work.length / (ms / 1000)).toFixed(0).padStart(7)} articles/s  ${ms.toFixed(0).padStart(6)} ms\n`);
  return ms;
}

process.stdout.write(`${work.length} articles (${articles.length} distinct x ${rounds}), ${words} words\n`);
const nlp = winkNLP(model);
const wink = time('wink-nlp tokens+pos', () => {
  for (const a of work) for (const p of a.paragraphs) nlp.readDoc(p.text).tokens().out(nlp.its.pos);
});
const full = time('analyzeArticle', () => {
  for (const a of work) analyzeArticle(a);
});
time('  sentences', () => {
  for (const a of work) splitSentences(a);
});
const pre = work.map((a) => ({ a, s: splitSentences(a) }));
time('  mentions', () => {
  for (const { a, s } of pre) extractMentions(a, s);
});
time('  dates', () => {
  for (const { a, s } of pre) extractDates(a, s);
});
const dated = pre.map(({ a, s }) => ({ a, s, d: extractDates(a, s), m: extractMentions(a, s) }));
time('  numbers', () => {
  for (const { a, s, d } of dated) extractNumbers(a, s, d);
});
time('  quotes', () => {
  for (const { a, s, d, m } of dated) extractQuotes({ article: a, sentences: s, mentions: m, dates: d });
});
process.stdout.write(`analyzeArticle / wink-nlp pass time ratio: ${(full / wink).toFixed(2)}\n`);
