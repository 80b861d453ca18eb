/**
 * The bench's synthetic corpus: real paragraphs (the bundled seed articles and the Multi-News sample) recombined under
 * varied outlets, dates, speakers, quotes, numbers and dates, deterministic for a given size. Its analysis is
 * constructed, not computed (regex sentences; quotes, speakers, numbers and dates known from how each article was
 * built), because the real analysis of 100k articles would take far longer than the bench; everything downstream of
 * the analysis (index, topics, briefs, answers) is the real code.
 */
import { readFileSync } from 'node:fs';
import type { ArticleAnalysis, DateMention, Entity, EntityMention, NumberFact, Quote, Sentence } from '../../src/analysis/types.js';
import type { AnalysisList, EntityLookup, Library, LibraryChange } from '../../src/core/library.js';
import type { Article } from '../../src/corpus/article.js';
import { ArticleStore, type ArticleStoreStats } from '../../src/library/store/article-store.js';
import { rng } from '../../test/fakes/rng.js';

export { rng };


// ---- source text ----
export function loadParagraphs(): { story: string[]; general: string[] } {
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

export const OUTLETS = Array.from({ length: 60 }, (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) + 1} News`);
export const FIRST = ['Anna', 'Jens', 'Maria', 'Omar', 'Li', 'Pierre', 'Sofia', 'David', 'Fatima', 'Ken', 'Ingrid', 'Tomas'];
export const LAST = ['Lindqvist', 'Moreau', 'Haddad', 'Okafor', 'Tanaka', 'Novak', 'Garcia', 'Berg', 'Rossi', 'Kowalski', 'Ahmed', 'Silva'];
const ROLES = ['defence minister', 'foreign minister', 'NATO spokesman', 'army chief', 'UN envoy', 'prime minister'];
const DESCRIPTIONS = ['a NATO diplomat', 'a senior official', 'a Western diplomat', 'an Iraqi official', 'a military source'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const COUNTED = ['soldiers', 'troops', 'civilians', 'personnel', 'refugees', 'protesters', 'vehicles'];

export interface Built {
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
export function makeArticle(i: number, r: () => number, src: { story: string[]; general: string[] }): Built {
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

/**
 * The bench's library: articles held in the same ArticleStore as the live CorpusLibrary (so the memory measured is
 * the real representation), entities resolved by BenchEntities instead of the analysis registry.
 */
export class BenchLibrary implements Library {
  version = 1;
  readonly entities = new BenchEntities();
  readonly #store = new ArticleStore();
  #sorted: Article[] | undefined;
  readonly #listeners = new Set<(c: LibraryChange) => void>();
  /** Stores one article without announcing it (building the corpus). */
  put(b: Built): void {
    this.#store.put(b.article, b.analysis);
    this.entities.add(b);
    this.#sorted = undefined;
  }
  add(b: Built): void {
    this.put(b);
    this.version++;
    for (const l of this.#listeners) l({ added: [b.article.id], removed: [], version: this.version });
  }
  articles(): readonly Article[] {
    this.#sorted ??= [...this.#store.articles()].sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
    return this.#sorted;
  }
  article(id: string): Article | undefined { return this.#store.article(id); }
  analysis(id: string): ArticleAnalysis | undefined { return this.#store.analysis(id); }
  analysisList<K extends AnalysisList>(id: string, list: K): ArticleAnalysis[K] | undefined { return this.#store.analysisList(id, list); }
  analysisItem<K extends AnalysisList>(id: string, list: K, index: number): ArticleAnalysis[K][number] | undefined { return this.#store.analysisItem(id, list, index); }
  onChange(l: (c: LibraryChange) => void): () => void { this.#listeners.add(l); return () => this.#listeners.delete(l); }
  storeStats(): ArticleStoreStats { return this.#store.stats(); }
}

/** The analyses questions are drawn from: article `i` of a generated corpus (`a${i}`). */
export interface QuestionSource {
  count: number;
  analysis(i: number): Pick<ArticleAnalysis, 'quotes' | 'sentences'>;
}

/**
 * `n` distinct questions of seven kinds, drawn from the corpus (a quote's words, a surname and a word of a sentence,
 * counted things, events, weekdays and dates, people, bare words), so none is answered from the per-version cache.
 */
export function questionsFor(corpus: QuestionSource, r: () => number, n: number): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out = new Set<string>();
  const MONTHS = ['January', 'February', 'March'];
  for (let attempt = 0; out.size < n && attempt < n * 50; attempt++) {
    const a = corpus.analysis(Math.floor(r() * corpus.count));
    const q = pick(a.quotes);
    const s = pick(a.sentences);
    const long = s.text.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}-]/gu, '')).filter((w) => w.length > 4);
    const content = long.slice(0, 3).join(' ');
    switch (out.size % 7) {
      case 0: out.add(`who said ${q?.text.split(' ').slice(0, 6).join(' ') ?? content}?`); break;
      case 1: out.add(`what did ${pick(LAST)} say about ${pick(long) ?? 'Iraq'}?`); break;
      case 2: out.add(`how many ${pick(COUNTED)} were involved${r() < 0.5 ? '' : ` on ${pick(WEEKDAYS)}`}${r() < 0.5 ? '' : ` in ${pick(long) ?? 'Iraq'}`}?`); break;
      case 3: out.add(`when did ${content}?`); break;
      case 4: out.add(`what happened on ${r() < 0.3 ? pick(WEEKDAYS) : `${pick(MONTHS)} ${1 + Math.floor(r() * 28)}`}?`); break;
      case 5: out.add(`who is ${pick(FIRST)} ${pick(LAST)}?`); break;
      default: if (content) out.add(content);
    }
  }
  return [...out];
}
