/**
 * Analysis throughput on the corpus articles repeated, next to a raw wink-nlp tokenizer pass over the same text in
 * the same run (the ratio is what to compare across machines; the machine is shared, so absolute ms drift with load).
 * Usage: tsx scripts/bench-analysis.ts [contentDir|--real] [rounds]
 *   contentDir  articles under contentDir/articles (default: content)
 *   --real      the labelled real Multi-News documents of every test/fixtures/gold-multinews-* set, staged from
 *               ../shared/data into a temporary folder (removed afterwards): the mix of outlets the quote stage is
 *               judged on, where the seed articles alone are two stories.
 * Each stage line ends with its time over the wink pass of the same run, in CPU time of this process (user + system):
 * on a shared machine wall time also counts the time spent waiting for a core, which a ratio does not cancel.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeArticle } from '../src/analysis/analyze.js';
import { extractDates } from '../src/analysis/dates.js';
import { extractMentions } from '../src/analysis/entities/index.js';
import { extractNumbers } from '../src/analysis/numbers.js';
import { extractQuotes } from '../src/analysis/quotes/index.js';
import { splitSentences } from '../src/analysis/sentences.js';
import { loadCorpus } from '../src/corpus/load.js';
import { stageMultiNews } from '../src/eval/multinews-gold.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const real = process.argv[2] === '--real';
const rounds = Number(process.argv[3] ?? 100);

/** Stages every labelled real document as `<dir>/articles/<id>.md`; the gold files it also writes are not articles. */
async function stageReal(dir: string): Promise<void> {
  const articles = join(dir, 'articles');
  await mkdir(articles, { recursive: true });
  const fixtures = resolve(root, 'test/fixtures');
  const multiNews = resolve(root, '../shared/data/multinews-validation.jsonl');
  if (!existsSync(multiNews)) throw new Error(`${multiNews} not found: --real needs the shared Multi-News sample`);
  for (const name of readdirSync(fixtures).filter((n) => n.startsWith('gold-multinews-')).sort()) {
    const labels = join(fixtures, name, 'labels.json');
    if (existsSync(labels)) await stageMultiNews(labels, multiNews, articles);
  }
}

const stageDir = real ? await mkdtemp(join(tmpdir(), 'sitrep-bench-')) : undefined;
try {
  if (stageDir) await stageReal(stageDir);
  const contentDir = stageDir ?? process.argv[2] ?? 'content';
  const { articles } = await loadCorpus(contentDir);
  if (articles.length === 0) throw new Error(`no articles under ${contentDir}/articles`);
  run(articles);
} finally {
  if (stageDir) await rm(stageDir, { recursive: true, force: true });
}

function run(articles: Awaited<ReturnType<typeof loadCorpus>>['articles']): void {
  const work = Array.from({ length: rounds }, (_, r) => articles.map((a) => ({ ...a, id: `${a.id}~${r}` }))).flat();
  const words = work.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.text.split(/\s+/).length, 0), 0);
  let wink = 0;
  const time = (label: string, fn: () => void): number => {
    fn(); // warm-up: JIT, lazy model loads
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    fn();
    const cpuUsed = process.cpuUsage(cpu0);
    const ms = (cpuUsed.user + cpuUsed.system) / 1000;
    const wall = performance.now() - t0;
    const ratio = wink > 0 ? `  ${(ms / wink).toFixed(2).padStart(5)} x wink` : '';
    process.stdout.write(
      `${label.padEnd(22)} ${(work.length / (ms / 1000)).toFixed(0).padStart(7)} articles/s  ${ms.toFixed(0).padStart(6)} ms cpu ${wall.toFixed(0).padStart(6)} ms wall${ratio}\n`,
    );
    return ms;
  };

  process.stdout.write(`${work.length} articles (${articles.length} distinct x ${rounds}), ${words} words\n`);
  const nlp = winkNLP(model);
  wink = time('wink-nlp tokens+pos', () => {
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
}
