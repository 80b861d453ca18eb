/**
 * npm run bench [-- --quick] [-- --sizes 1000,10000]
 *
 * Latency and memory of /brief and of questions over a deterministic synthetic corpus (1k, 10k, 100k articles), next
 * to a naive baseline measured in the same run: MiniSearch full-text over whole articles, answering with the best
 * matching sentence of the top articles (for /brief: the leads of the top articles for the topic's terms).
 *
 * The corpus recombines real paragraphs (the seed articles and the Multi-News sample) under varied outlets, dates,
 * speakers and quotes. Its analysis is SYNTHETIC and cheap (regex sentences, quotes/speakers/numbers/dates known
 * from construction), because the real analysis of 100k articles would take far longer than the bench; the index,
 * topics, briefs and answers are the real code.
 */
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import type { ArticleAnalysis, DateMention, Entity, EntityMention, NumberFact, Quote, Sentence } from '../src/analysis/types.js';
import { briefingCommands } from '../src/briefing/commands/index.js';
import { engineFor } from '../src/briefing/engine.js';
import { prepareBriefing } from '../src/briefing/prepare.js';
import { answerQuestion } from '../src/briefing/question/answer.js';
import { loadTopics } from '../src/briefing/topics.js';
import type { CommandContext } from '../src/core/commands.js';
import type { EntityLookup, Library, LibraryChange } from '../src/core/library.js';
import { silentLogger } from '../src/core/logger.js';
import type { Article } from '../src/corpus/article.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const sizesArg = args.find((a) => a.startsWith('--sizes='))?.slice(8);
const SIZES = sizesArg ? sizesArg.split(',').map(Number) : quick ? [1000] : [1000, 10_000, 100_000];
const QUESTIONS = 300;
const BRIEFS = 200;

/** mulberry32: a tiny seeded PRNG so every run builds the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- source text ----
function loadParagraphs(): { story: string[]; general: string[] } {
  const story: string[] = [];
  for (const f of ['2020-01-06-afp-nato-review-iraq-mission.md', '2020-01-06-thestar-nato-willing-to-restart-training-mission.md']) {
    const body = readFileSync(`content/articles/${f}`, 'utf8').split(/^---$/m).slice(2).join('---');
    for (const p of body.split(/\n\s*\n/)) if (p.trim().split(/\s+/).length >= 12) story.push(p.trim().replace(/\s+/g, ' '));
  }
  const general: string[] = [];
  for (const line of readFileSync('../shared/data/multinews-validation.jsonl', 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { documents: string[] };
    for (const d of o.documents) for (const p of d.split(/\n/)) {
      const t = p.trim().replace(/\s+/g, ' ');
      const n = t.split(' ').length;
      if (n >= 15 && n <= 120 && !t.includes('“') && !t.includes('"')) general.push(t);
    }
  }
  return { story, general };
}

const OUTLETS = Array.from({ length: 60 }, (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) + 1} News`);
const FIRST = ['Anna', 'Jens', 'Maria', 'Omar', 'Li', 'Pierre', 'Sofia', 'David', 'Fatima', 'Ken', 'Ingrid', 'Tomas'];
const LAST = ['Lindqvist', 'Moreau', 'Haddad', 'Okafor', 'Tanaka', 'Novak', 'Garcia', 'Berg', 'Rossi', 'Kowalski', 'Ahmed', 'Silva'];
const ROLES = ['defence minister', 'foreign minister', 'NATO spokesman', 'army chief', 'UN envoy', 'prime minister'];
const DESCRIPTIONS = ['a NATO diplomat', 'a senior official', 'a Western diplomat', 'an Iraqi official', 'a military source'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const COUNTED = ['soldiers', 'troops', 'civilians', 'personnel', 'refugees', 'protesters', 'vehicles'];

interface Built {
  article: Article;
  analysis: ArticleAnalysis;
}

const iso = (t: number): string => new Date(t).toISOString();

function sentencesOf(id: string, paragraphs: { start: number; text: string; index: number }[]): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paragraphs) {
    const re = /[^.!?]+(?:[.!?]+[”"]?|$)/g;
    for (const m of p.text.matchAll(re)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (!text) continue;
      const start = p.start + (m.index ?? 0) + lead;
      out.push({ id: `${id}#s${out.length}`, articleId: id, paragraph: p.index, index: out.length, start, end: start + text.length, text });
    }
  }
  return out;
}

/** One synthetic article with its cheap analysis; every span is located in the body it indexes. */
function makeArticle(i: number, r: () => number, src: { story: string[]; general: string[] }): Built {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const id = `a${i}`;
  const publishedAt = Date.UTC(2020, 0, 1) + Math.floor(i * (86_400_000 * 90) / 100_000) + Math.floor(r() * 3_600_000);
  const onStory = r() < 0.25;
  const parts: { text: string; quote?: { text: string; speaker: string; kind: 'person' | 'description'; role?: string } ; number?: { n: number; counts: string }; day?: string }[] = [];
  const nPar = 5 + Math.floor(r() * 5);
  for (let k = 0; k < nPar; k++) parts.push({ text: onStory && r() < 0.5 ? pick(src.story) : pick(src.general) });
  const nQuotes = 1 + Math.floor(r() * 3);
  for (let k = 0; k < nQuotes; k++) {
    const words = pick(src.general).split(' ').slice(0, 8 + Math.floor(r() * 14)).join(' ').replace(/[,.;:]+$/, '');
    if (r() < 0.6) {
      const speaker = `${pick(FIRST)} ${pick(LAST)}`;
      const role = pick(ROLES);
      parts.splice(1 + Math.floor(r() * parts.length), 0, { text: `“${words},” ${speaker}, the ${role}, said.`, quote: { text: `${words},`, speaker, kind: 'person', role } });
    } else {
      const d = pick(DESCRIPTIONS);
      parts.splice(1 + Math.floor(r() * parts.length), 0, { text: `“${words},” ${d} said.`, quote: { text: `${words},`, speaker: d, kind: 'description' } });
    }
  }
  const n = 10 + Math.floor(r() * 5000);
  const counted = pick(COUNTED);
  const dayBack = 1 + Math.floor(r() * 5);
  const day = WEEKDAYS[new Date(publishedAt - dayBack * 86_400_000).getUTCDay()]!;
  parts.splice(1, 0, { text: `On ${day}, officials said ${n.toLocaleString('en-US')} ${counted} were involved.`, number: { n, counts: counted }, day });

  let body = '';
  const paragraphs: Article['paragraphs'] = [];
  const spans: { part: (typeof parts)[number]; start: number }[] = [];
  parts.forEach((p, index) => {
    if (body) body += '\n\n';
    spans.push({ part: p, start: body.length });
    paragraphs.push({ index, start: body.length, end: body.length + p.text.length, text: p.text });
    body += p.text;
  });
  const sentences = sentencesOf(id, paragraphs);
  const sentenceAt = (pos: number): number => sentences.find((s) => s.start <= pos && pos < s.end)?.index ?? 0;
  const quotes: Quote[] = [];
  const mentions: EntityMention[] = [];
  const numbers: NumberFact[] = [];
  const dates: DateMention[] = [];
  for (const { part, start } of spans) {
    if (part.quote) {
      const qs = start + 1;
      const sentence = sentenceAt(qs);
      quotes.push({
        id: `${id}#q${quotes.length}`, articleId: id, text: part.quote.text, start: qs, end: qs + part.quote.text.length, kind: 'direct',
        speaker: { name: part.quote.speaker, kind: part.quote.kind, ...(part.quote.role ? { role: part.quote.role } : {}) },
        verb: 'said', paragraph: paragraphs.findIndex((p) => p.start === start), sentence, date: iso(publishedAt).slice(0, 10),
      });
      if (part.quote.kind === 'person') {
        const ms = body.indexOf(part.quote.speaker, qs);
        mentions.push({ text: part.quote.speaker, start: ms, end: ms + part.quote.speaker.length, type: 'person', sentence: sentenceAt(ms), name: part.quote.speaker, ...(part.quote.role ? { role: part.quote.role } : {}) });
      }
    }
    if (part.number && part.day) {
      const ds = start + 3;
      dates.push({ text: part.day, start: ds, end: ds + part.day.length, date: iso(publishedAt - dayBack * 86_400_000).slice(0, 10), relative: true, sentence: sentenceAt(ds) });
      const surface = `${part.number.n.toLocaleString('en-US')} ${part.number.counts}`;
      const ns = body.indexOf(surface, start);
      numbers.push({ text: surface, start: ns, end: ns + surface.length, value: part.number.n, counts: part.number.counts, sentence: sentenceAt(ns) });
    }
  }
  const article: Article = {
    id, path: `articles/${id}.md`, title: sentences[0]?.text.slice(0, 80) ?? id, outlet: OUTLETS[Math.floor(r() * OUTLETS.length)]!,
    published: iso(publishedAt), publishedAt: new Date(publishedAt), url: `https://example.org/${id}`, language: 'en', body, paragraphs, removed: [], hash: `h${i}`,
  };
  return { article, analysis: { articleId: id, hash: article.hash, version: 0, sentences, mentions, quotes, numbers, dates } };
}

class BenchEntities implements EntityLookup {
  readonly #byId = new Map<string, Entity>();
  readonly #byAlias = new Map<string, Entity>();
  add(b: Built): void {
    for (const m of b.analysis.mentions) {
      const id = m.name.toLowerCase().replace(/\s+/g, '-');
      let e = this.#byId.get(id);
      if (!e) {
        e = { id, type: m.type, name: m.name, aliases: [m.name, m.name.split(' ').at(-1)!], roles: m.role ? [m.role] : [], articleIds: [], mentionCount: 0 };
        this.#byId.set(id, e);
        for (const a of e.aliases) this.#byAlias.set(a.toLowerCase(), e);
      }
      e.mentionCount++;
      if (e.articleIds.length < 50) e.articleIds.push(b.article.id);
    }
  }
  all(): Entity[] { return [...this.#byId.values()]; }
  get(id: string): Entity | undefined { return this.#byId.get(id); }
  lookup(name: string): Entity | undefined { return this.#byAlias.get(name.trim().toLowerCase()); }
}

class BenchLibrary implements Library {
  version = 1;
  readonly entities = new BenchEntities();
  readonly #items = new Map<string, Built>();
  #sorted: Article[] | undefined;
  readonly #listeners = new Set<(c: LibraryChange) => void>();
  constructor(items: Built[]) { for (const b of items) this.#put(b); }
  #put(b: Built): void { this.#items.set(b.article.id, b); this.entities.add(b); this.#sorted = undefined; }
  add(b: Built): void {
    this.#put(b);
    this.version++;
    for (const l of this.#listeners) l({ added: [b.article.id], removed: [], version: this.version });
  }
  articles(): readonly Article[] {
    this.#sorted ??= [...this.#items.values()].map((b) => b.article).sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
    return this.#sorted;
  }
  article(id: string): Article | undefined { return this.#items.get(id)?.article; }
  analysis(id: string): ArticleAnalysis | undefined { return this.#items.get(id)?.analysis; }
  onChange(l: (c: LibraryChange) => void): () => void { this.#listeners.add(l); return () => this.#listeners.delete(l); }
}

function questionsFor(items: Built[], r: () => number): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: string[] = [];
  while (out.length < QUESTIONS) {
    const b = pick(items);
    const q = pick(b.analysis.quotes);
    const s = pick(b.analysis.sentences);
    const content = s.text.split(/\s+/).filter((w) => w.length > 4).slice(0, 3).join(' ');
    switch (out.length % 7) {
      case 0: out.push(`who said ${q?.text.split(' ').slice(0, 6).join(' ') ?? content}?`); break;
      case 1: out.push(`what did ${pick(LAST)} say about ${content.split(' ')[0] ?? 'Iraq'}?`); break;
      case 2: out.push(`how many ${pick(COUNTED)} were involved?`); break;
      case 3: out.push(`when did ${content}?`); break;
      case 4: out.push(`what happened on ${pick(WEEKDAYS)}?`); break;
      case 5: out.push(`who is ${pick(FIRST)} ${pick(LAST)}?`); break;
      default: out.push(content || 'training mission');
    }
  }
  return out;
}

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;
const pct = (xs: number[], p: number): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!; };
const mib = (): number => Math.round(process.memoryUsage().rss / 1048576);
const f = (x: number): string => x.toFixed(x < 10 ? 2 : 1);

async function timeAll(n: number, fn: (i: number) => Promise<unknown> | unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) { const t0 = process.hrtime.bigint(); await fn(i); out.push(ms(t0)); }
  return out;
}

/** The naive baseline: one full-text index over whole articles. */
function baseline(items: Built[]) {
  const mini = new MiniSearch<{ id: string; title: string; body: string }>({ fields: ['title', 'body'] });
  const t0 = process.hrtime.bigint();
  mini.addAll(items.map((b) => ({ id: b.article.id, title: b.article.title, body: b.article.body })));
  const buildMs = ms(t0);
  const byId = new Map(items.map((b) => [b.article.id, b]));
  const answer = (q: string) => {
    const hits = mini.search(q).slice(0, 5);
    const terms = new Set(q.toLowerCase().split(/\W+/).filter((w) => w.length > 3));
    let best = '';
    let bestScore = -1;
    for (const h of hits) for (const s of byId.get(h.id as string)!.analysis.sentences) {
      const score = s.text.toLowerCase().split(/\W+/).filter((w) => terms.has(w)).length;
      if (score > bestScore) (bestScore = score), (best = s.text);
    }
    return best;
  };
  const brief = (terms: string) => mini.search(terms).slice(0, 5).map((h) => byId.get(h.id as string)!.analysis.sentences.slice(0, 3).map((s) => s.text).join(' '));
  return { buildMs, answer, brief };
}

async function run(size: number, src: { story: string[]; general: string[] }): Promise<void> {
  const r = rng(size);
  const rssStart = mib();
  const t0 = process.hrtime.bigint();
  const items = Array.from({ length: size }, (_, i) => makeArticle(i, r, src));
  const genMs = ms(t0);
  const library = new BenchLibrary(items);
  const rssCorpus = mib();
  const topics = await loadTopics('content');
  const logger = silentLogger();
  const t1 = process.hrtime.bigint();
  const engine = engineFor(library, logger);
  engine.setTopics(topics);
  engine.sync();
  const buildMs = ms(t1);
  const tb = process.hrtime.bigint();
  prepareBriefing(library, topics, logger);
  const briefsMs = ms(tb);
  const rssIndexed = mib();
  const members = engine.topicArticles('iraq-mission').length;
  const [brief] = briefingCommands({ topics: () => topics });
  const ctx: CommandContext = { library, clock: { now: () => new Date() }, logger, input: { platform: 'bench', channel: 'bench:1', user: { id: 'b', canManage: false }, text: '' } };
  const briefTimes = await timeAll(BRIEFS, () => brief!.run('iraq-mission', ctx));
  const questions = questionsFor(items, rng(size + 1));
  const askTimes = await timeAll(questions.length, (i) => answerQuestion(questions[i]!, ctx));
  // After a change: the incremental index update plus the background brief recompute.
  const extra = makeArticle(size, rng(size + 2), src);
  const t2 = process.hrtime.bigint();
  library.add(extra);
  const addMs = ms(t2);
  const t3 = process.hrtime.bigint();
  await brief!.run('iraq-mission', ctx);
  const recomputeMs = ms(t3);
  const rssOurs = mib();
  const passages = engine.index.size.passages;

  const base = baseline(items);
  const topicTerms = topics.find((t) => t.slug === 'iraq-mission')!.terms.join(' ');
  const baseBrief = await timeAll(BRIEFS, () => base.brief(topicTerms));
  const baseAsk = await timeAll(questions.length, (i) => base.answer(questions[i]!));
  const rssAll = mib();

  const line = (name: string, ours: number[], theirs: number[]) =>
    `  ${name.padEnd(10)} p50 ${f(pct(ours, 50)).padStart(7)} ms  p99 ${f(pct(ours, 99)).padStart(7)} ms   | baseline p50 ${f(pct(theirs, 50)).padStart(7)} ms  p99 ${f(pct(theirs, 99)).padStart(7)} ms   | p99 ${f(pct(theirs, 99) / Math.max(pct(ours, 99), 1e-3))}x faster`;
  console.log(`\n== ${size.toLocaleString('en-US')} articles (${members.toLocaleString('en-US')} in iraq-mission; ${passages.toLocaleString('en-US')} distinct passages indexed)`);
  console.log(`  corpus generated in ${f(genMs)} ms; index + topic membership built in ${f(buildMs)} ms, topic briefs precomputed in ${f(briefsMs)} ms (baseline index ${f(base.buildMs)} ms)`);
  console.log(line('/brief', briefTimes, baseBrief));
  console.log(line('questions', askTimes, baseAsk));
  const kinds = ['who-said', 'what-said', 'how-many', 'when', 'happened-on', 'who-is', 'general'];
  console.log(`  questions by kind, p99 ms: ${kinds.map((k, j) => `${k} ${f(pct(askTimes.filter((_, i) => i % 7 === j), 99))}`).join(', ')}`);
  console.log(`  one new article: index update ${f(addMs)} ms; brief recompute ${f(recomputeMs)} ms (done once per change, in the background)`);
  console.log(`  RSS: start ${rssStart} MiB, corpus loaded ${rssCorpus} MiB, + our index and briefs ${rssIndexed} MiB, after queries ${rssOurs} MiB (ours ${rssOurs - rssCorpus} MiB over the corpus); + baseline ${rssAll} MiB`);
  engine.close();
}

const src = loadParagraphs();
console.log(`sitrep bench: ${src.story.length} story + ${src.general.length} general paragraphs; synthetic analysis (regex sentences, constructed quotes/numbers/dates), real index/briefing code`);
for (const size of SIZES) await run(size, src);
