/**
 * npm run bench [-- --quick] [-- --sizes=1000,10000]
 *
 * Latency and memory of /brief and of questions over a deterministic synthetic corpus (1k, 10k and 100k articles; 1k
 * with --quick), next to a naive baseline measured in the same run: MiniSearch full-text over whole articles. Each
 * side runs in its own child process per size, one after the other, so memory is measured apart and neither side's
 * garbage slows the other. The machine may be shared: the load average is printed with every figure, and the
 * comparison is the ratio between the two sides of the same run.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadTopics } from '../src/briefing/topics.js';
import type { BaselineResult } from './bench/baseline.js';
import { runBaseline } from './bench/baseline.js';
import { BenchLibrary, loadParagraphs, makeArticle, questionsFor, rng, type Built, type QuestionSource } from './bench/corpus.js';
import { ms } from './bench/measure.js';
import { KINDS, runOurs, type OursResult } from './bench/ours.js';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const QUESTIONS = 300;
const BRIEFS = 200;
/** The baseline's queries cost up to a second each at 100k: fewer samples there keep the bench within minutes. */
const baselineSamples = (size: number): { questions: number; briefs: number } =>
  size >= 100_000 ? { questions: 100, briefs: 40 } : size >= 10_000 ? { questions: 200, briefs: 100 } : { questions: QUESTIONS, briefs: BRIEFS };

async function child(side: string, size: number): Promise<void> {
  const src = loadParagraphs();
  const topics = await loadTopics('content');
  const t0 = process.hrtime.bigint();
  const r = rng(size);
  let result: OursResult | BaselineResult;
  if (side === 'ours') {
    // Each article goes into the library as it is made, as the live library stores each file as it is loaded: only
    // the stored form stays.
    const library = new BenchLibrary();
    for (let i = 0; i < size; i++) library.put(makeArticle(i, r, src));
    const genMs = ms(t0);
    const { questions, warmup } = questionSets({ count: size, analysis: (i) => library.analysis(`a${i}`)! }, size);
    result = await runOurs(library, genMs, topics, questions, BRIEFS, src, warmup);
  } else {
    const items: Built[] = Array.from({ length: size }, (_, i) => makeArticle(i, r, src));
    const genMs = ms(t0);
    const { questions, warmup } = questionSets({ count: size, analysis: (i) => items[i]!.analysis }, size);
    const n = baselineSamples(size);
    const terms = topics.find((t) => t.slug === 'iraq-mission')!.terms.join(' ');
    result = await runBaseline(items, genMs, terms, questions.slice(0, n.questions), n.briefs, warmup);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** The measured questions and the warm-up ones (drawn the same way on both sides: same seeds, same articles). */
function questionSets(corpus: QuestionSource, size: number): { questions: string[]; warmup: string[] } {
  const questions = questionsFor(corpus, rng(size + 1), QUESTIONS);
  // Warm-up (not measured, both sides): first calls compile code and build lazy tables. A bot runs for days; the
  // latency that matters is the steady state, not the JIT's first pass over each kind of question.
  const warmup = questionsFor(corpus, rng(size + 7), 70).filter((q) => !questions.includes(q));
  return { questions, warmup };
}

function spawnSide(side: 'ours' | 'baseline', size: number): Promise<OursResult | BaselineResult> {
  return new Promise((resolve, reject) => {
    const script = fileURLToPath(import.meta.url);
    // --expose-gc: each side also reports its live heap after a full collection (RSS includes garbage not yet collected).
    const p = spawn(process.execPath, ['--expose-gc', ...process.execArgv, script, `--child=${side}`, `--size=${size}`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`${side} ${size}: exit ${code}\n${out}`));
      else resolve(JSON.parse(line) as OursResult | BaselineResult);
    });
  });
}

const f = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const load = (): string => loadavg().map((x) => x.toFixed(1)).join(' ');
const ratio = (theirs: number, ours: number): string => `${f(theirs / Math.max(ours, 1e-3))}x`;

async function main(): Promise<void> {
  const sizes = arg('sizes')?.split(',').map(Number) ?? (args.includes('--quick') ? [1000] : [1000, 10_000, 100_000]);
  const start = process.hrtime.bigint();
  console.log(
    'sitrep bench: synthetic corpus of recombined real paragraphs (seed articles + Multi-News). Its analysis is constructed, ' +
      'not computed (regex sentences; quotes, speakers, numbers, dates known from construction) and cheap; index, topics, ' +
      'briefs and answers are the real code. Each side runs in its own process.',
  );
  const rows: { ours: OursResult; base: BaselineResult; load: string }[] = [];
  for (const size of sizes) {
    const loadBefore = load();
    const ours = (await spawnSide('ours', size)) as OursResult;
    const base = (await spawnSide('baseline', size)) as BaselineResult;
    const row = { ours, base, load: `${loadBefore} -> ${load()}` };
    rows.push(row);
    report(row);
  }
  console.log('\n| articles | /brief p50 / p99 ms | questions p50 / p99 ms | build s | RSS MiB (peak) | index heap MiB | baseline /brief p99 | baseline questions p50 / p99 | baseline build s | baseline RSS (peak) | baseline index heap | p99 ratio /brief, questions | load avg |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { ours: o, base: b, load: l } of rows) {
    console.log(
      `| ${o.size.toLocaleString('en-US')} | ${f(o.brief.p50)} / ${f(o.brief.p99)} | ${f(o.questions.p50)} / ${f(o.questions.p99)} | ${f(o.buildMs / 1000)} | ${o.rssAfter} (${o.peakRss}) | ${o.heapIndexed - o.heapCorpus} | ${f(b.brief.p99)} | ${f(b.questions.p50)} / ${f(b.questions.p99)} | ${f(b.buildMs / 1000)} | ${b.rssAfter} (${b.peakRss}) | ${b.heapIndexed - b.heapCorpus} | ${ratio(b.brief.p99, o.brief.p99)}, ${ratio(b.questions.p99, o.questions.p99)} | ${l} |`,
    );
  }
  console.log(`\nbench took ${f(ms(start) / 1000)} s; 2-core machine shared with other work: compare the ratios, not the absolute times.`);
}

function report({ ours: o, base: b, load: l }: { ours: OursResult; base: BaselineResult; load: string }): void {
  const line = (name: string, x: { p50: number; p99: number; n: number }, y: { p50: number; p99: number; n: number }) =>
    `  ${name.padEnd(10)} p50 ${f(x.p50).padStart(7)} ms  p99 ${f(x.p99).padStart(7)} ms (n=${x.n})  | baseline p50 ${f(y.p50).padStart(7)} ms  p99 ${f(y.p99).padStart(7)} ms (n=${y.n})  | p99 ${ratio(y.p99, x.p99)} faster`;
  console.log(`\n== ${o.size.toLocaleString('en-US')} articles (${o.members.toLocaleString('en-US')} in iraq-mission; ${o.passages.toLocaleString('en-US')} distinct passages indexed); load average ${l}`);
  console.log(`  corpus generated and stored in ${f(o.genMs)} ms (baseline: generated in ${f(b.genMs)} ms); index + topic membership built in ${f(o.buildMs)} ms (baseline index ${f(b.buildMs)} ms: ${ratio(b.buildMs, o.buildMs)}); topic briefs precomputed in ${f(o.briefsMs)} ms`);
  console.log(line('/brief', o.brief, b.brief));
  console.log(line('questions', o.questions, b.questions));
  console.log(`  distinct questions by kind, p99 ms: ${KINDS.map((k) => `${k} ${f(o.byKind[k]!.p99)}`).join(', ')}; asked again (cached per library version): p99 ${f(o.repeated.p99)} ms`);
  console.log(`  the same questions after one more article (answer cache cleared, code warm): p50 ${f(o.afterChange.p50)} ms, p99 ${f(o.afterChange.p99)} ms (${ratio(b.questions.p99, o.afterChange.p99)} faster at p99)`);
  console.log(`  slowest questions: ${o.slowest.map((x) => `${f(x.ms)} ms "${x.question}"`).join('; ')}`);
  console.log(`  one new article: index update ${f(o.addMs)} ms; a /brief right after it (before the background recompute) ${f(o.recomputeMs)} ms`);
  console.log(`  RSS MiB: corpus ${o.rssCorpus}, + index and briefs ${o.rssIndexed}, after queries ${o.rssAfter}, peak ${o.peakRss} | baseline: corpus ${b.rssCorpus}, + index ${b.rssIndexed}, after queries ${b.rssAfter}, peak ${b.peakRss}`);
  console.log(`  live heap after GC, MiB: corpus ${o.heapCorpus}, index and briefs ${o.heapIndexed - o.heapCorpus} | baseline: corpus ${b.heapCorpus}, index ${b.heapIndexed - b.heapCorpus}`);
  console.log(`  article store: ${o.store.strings.toLocaleString('en-US')} shared strings, ${o.store.exceptions} spans kept whole, ${o.store.wideBodies} bodies at two bytes per character`);
}

const side = arg('child');
if (side) await child(side, Number(arg('size')));
else await main();
