/**
 * The slowest articles for the analysis, over EVERY document of the Multi-News sample (labelled or not, any length):
 * one pathological regex on one unseen page would stall `sitrep /quotes` for a whole corpus, and the labelled sets
 * alone are too few to show it. Prints the documents whose analysis took longest, next to the time a raw wink-nlp
 * pass takes on the same text (the ratio is what matters; the machine is shared), and the median ratio. Then one
 * article made of different documents, ~50k, 100k, 200k and 400k characters (not one document repeated: the cleaner
 * drops repeated paragraphs): time per character must stay roughly flat; a quadratic step doubles it per doubling.
 *   npx tsx scripts/analysis-worst-case.ts [--top N]
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeArticle } from '../src/analysis/analyze.js';
import { loadCorpus } from '../src/corpus/load.js';
import { multiNewsArticle, readMultiNews } from '../src/eval/multinews-gold.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { top: { type: 'string', default: '10' } } });
const multiNews = resolve(root, '../shared/data/multinews-validation.jsonl');
if (!existsSync(multiNews)) throw new Error(`${multiNews} not found: this needs the shared Multi-News sample`);

const dir = await mkdtemp(join(tmpdir(), 'sitrep-worst-'));
try {
  await mkdir(join(dir, 'articles'));
  for (const [cluster, docs] of await readMultiNews(multiNews)) {
    for (const [doc, text] of docs.entries()) {
      if (text.trim()) await writeFile(join(dir, 'articles', `mn-${cluster}-${doc}.md`), multiNewsArticle({ id: `mn-${cluster}-${doc}`, cluster, doc, quotes: [] }, text));
    }
  }
  const { articles, errors } = await loadCorpus(dir);
  const nlp = winkNLP(model);
  // Warm the JIT and the lazily built tables first, so the first documents are not charged for them.
  for (const article of articles.slice(0, 20)) analyzeArticle(article);
  const rows = articles.map((article) => {
    const text = article.paragraphs.map((p) => p.text).join('\n\n');
    let t = performance.now();
    nlp.readDoc(text).tokens().out();
    const wink = performance.now() - t;
    t = performance.now();
    analyzeArticle(article);
    const analysis = performance.now() - t;
    return { id: article.id, chars: article.body.length, wink, analysis, ratio: analysis / Math.max(wink, 0.5) };
  });
  rows.sort((a, b) => b.analysis - a.analysis);
  const ratios = rows.map((r) => r.ratio).sort((a, b) => a - b);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`${rows.length} documents analysed (${errors.length} skipped by the loader); median analysis/wink ratio ${ratios[Math.floor(ratios.length / 2)]?.toFixed(1)}`);
  for (const r of rows.slice(0, Number(values.top))) {
    out(`  ${r.id.padEnd(28)} ${String(r.chars).padStart(7)} chars  analysis ${r.analysis.toFixed(0).padStart(6)} ms  wink ${r.wink.toFixed(0).padStart(4)} ms  ratio ${r.ratio.toFixed(1)}`);
  }
  const byLength = [...articles].sort((a, b) => b.body.length - a.body.length);
  const longDir = join(dir, 'long');
  await mkdir(join(longDir, 'articles'), { recursive: true });
  for (const target of [50_000, 100_000, 200_000, 400_000]) {
    const parts: string[] = [];
    let size = 0;
    for (const a of byLength) {
      if (size >= target) break;
      parts.push(a.body.trim());
      size += a.body.length;
    }
    await writeFile(join(longDir, 'articles', `long-${target}.md`), `---\ntitle: "long ${target}"\noutlet: "Multi-News source"\npublished: 2016-01-01\n---\n${parts.join('\n\n')}\n`);
  }
  const { articles: long } = await loadCorpus(longDir);
  long.sort((a, b) => a.body.length - b.body.length);
  out('one article made of the longest documents:');
  for (const article of long) {
    const t = performance.now();
    analyzeArticle(article);
    const ms = performance.now() - t;
    out(`  ${String(article.body.length).padStart(8)} chars  ${ms.toFixed(0).padStart(6)} ms  ${((ms * 1000) / article.body.length).toFixed(1)} µs/char`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
