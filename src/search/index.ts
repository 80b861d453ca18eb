import type { ArticleAnalysis, Entity } from '../analysis/types.js';
import type { Article } from '../corpus/article.js';
import { ArticleTable, INDEX_BITS, packIds, passageIds } from './articles.js';
import { IndexedPassage, spanText, speakerText, type Occurrence, type Passage, type PassageKind } from './passages.js';
import { FIELDS, InvertedIndex, ScanState, type Field } from './postings.js';
import { rankPassages, type Hit, type SearchOptions } from './rank.js';
import { IntTable } from './int-table.js';
import { hash, KeyTable } from './keys.js';
import { textKey, words } from './terms.js';

const sentenceKey = (tokens: readonly string[]): string => `s|${tokens.join(' ')}`;

/** Where a passage's text is read: its span of the article, or its own copy when the span does not hold that text. */
type PassageSource = string | { article: Article; start: number; end: number };

function sourceOf(article: Article, span: { start: number; end: number; text: string }): PassageSource {
  const { start, end, text } = span;
  return spanText(article, start, end) === text ? { article, start, end } : text;
}
const quoteKey = (text: string, speaker: string): string => `q|${textKey(text)}|${textKey(speaker)}`;

/** The dedup key a passage was stored under (entities have none: they are keyed by entity id). */
function passageKey(p: Passage): string | undefined {
  if (p.kind === 'sentence') return sentenceKey(words(p.text));
  if (p.kind === 'quote') return quoteKey(p.text, p.speaker ?? '');
  return undefined;
}

export type { Occurrence, Passage, PassageKind } from './passages.js';
export type { Field } from './postings.js';
export type { Hit, SearchOptions } from './rank.js';

const KIND_CODE: Record<PassageKind, number> = { sentence: 0, quote: 1, entity: 2 };
export const FLAG_NUMBER = 4;
export const FLAG_DATE = 8;
export const FLAG_PERSON = 16;

/**
 * Full-text index over an article library's sentences, quotes and entities, kept current one article at a time:
 * `addArticle` and `removeArticle` touch only that article's passages, never the rest. Each distinct text is indexed
 * once (the first time it is seen); its further occurrences cost one number each.
 */
export class SearchIndex {
  readonly #inv = new InvertedIndex();
  readonly #main = new ScanState();
  readonly #within = new ScanState();
  readonly #columns: Float64Array[] = [];
  readonly #articles = new ArticleTable();
  readonly #passages: (IndexedPassage | undefined)[] = [undefined];
  /** Kind code (low 2 bits) and FLAG_* bits per passage id: the fast filters of a search. */
  #flags = new Uint8Array(1024);
  /** Newest publication time among a passage's occurrences, for newest-first ranking. */
  #newest = new Float64Array(1024);
  /** Dedup key ("s|words", "q|words|speaker") -> passage id. */
  readonly #byKey = new KeyTable();
  readonly #keyOf = (id: number): string | undefined => {
    const p = this.#passages[id];
    return p ? passageKey(p) : undefined;
  };
  /**
   * Hash of an exact sentence text -> passage id, so a repeated sentence costs a lookup instead of tokenising (a
   * cache: a hit counts only if the passage's text is that text).
   */
  readonly #exact = new IntTable();
  /** Resolved day (YYYY-MM-DD) -> packed sentence occurrences that mention it. */
  readonly #byDay = new Map<string, number[]>();
  readonly #entities = new Map<string, { sig: string; id: number }>();
  #live = 0;

  get size(): { passages: number; articles: number } {
    return { passages: this.#live, articles: this.#articles.count };
  }

  has(articleId: string): boolean {
    return this.#articles.entry(articleId) !== undefined;
  }

  /** Content hash the article was indexed at (to notice replaced articles). */
  hashOf(articleId: string): string | undefined {
    return this.#articles.entry(articleId)?.hash;
  }

  indexedIds(): IterableIterator<string> {
    return this.#articles.ids();
  }

  passage(id: number): Passage | undefined {
    return this.#passages[id];
  }

  /** Indexes one article; an article already indexed under this id is replaced. */
  addArticle(article: Article, analysis: ArticleAnalysis): void {
    if (this.has(article.id)) this.removeArticle(article.id);
    const ord = this.#articles.ordinal(article.id);
    const time = article.publishedAt.getTime();
    const flagsOf = new Map<number, number>();
    const flag = (sentence: number, bit: number) => flagsOf.set(sentence, (flagsOf.get(sentence) ?? 0) | bit);
    for (const n of analysis.numbers) flag(n.sentence, FLAG_NUMBER);
    for (const d of analysis.dates) flag(d.sentence, FLAG_DATE);
    for (const m of analysis.mentions) if (m.type === 'person') flag(m.sentence, FLAG_PERSON);
    const ids = new Set<number>();
    for (const s of analysis.sentences) {
      if (s.index >= INDEX_BITS) break;
      const id = this.#sentencePassage(s.text, sourceOf(article, s));
      if (id < 0) continue;
      this.#occur(id, ord * INDEX_BITS + s.index, time);
      const bits = flagsOf.get(s.index) ?? 0;
      if (bits !== 0) this.#setFlags(id, bits);
      ids.add(id);
    }
    analysis.quotes.forEach((q, i) => {
      if (i >= INDEX_BITS) return;
      const key = quoteKey(q.text, q.speaker.name);
      let id = this.#byKey.find(key, this.#keyOf) ?? -1;
      if (id < 0) {
        const context = analysis.sentences[q.sentence]?.text ?? '';
        id = this.#newPassage(key, 'quote', sourceOf(article, q), [q.text, speakerText(q.speaker), context], undefined, { speaker: q.speaker.name });
      }
      this.#occur(id, ord * INDEX_BITS + i, time);
      ids.add(id);
    });
    const days: string[] = [];
    for (const d of analysis.dates) {
      if (d.precision !== undefined && d.precision !== 'day') continue;
      if (d.sentence >= INDEX_BITS) continue;
      let list = this.#byDay.get(d.date);
      if (!list) this.#byDay.set(d.date, (list = []));
      list.push(ord * INDEX_BITS + d.sentence);
      if (!days.includes(d.date)) days.push(d.date);
    }
    this.#articles.set(ord, { id: article.id, hash: article.hash, passages: packIds(ids), days: days.join(' ') }, time, article.outlet);
  }

  removeArticle(articleId: string): void {
    const entry = this.#articles.entry(articleId);
    if (!entry) return;
    const ord = this.#articles.ordinal(articleId);
    const mine = (packed: number): boolean => Math.floor(packed / INDEX_BITS) === ord;
    for (const id of passageIds(entry.passages)) {
      const p = this.#passages[id];
      if (!p) continue;
      if (p.dropOccurrences(mine) === 0) this.#drop(id);
      else {
        this.#newest[id] = this.#articles.newestTime(p.occ);
        if (p.readsFrom(articleId)) p.keepText();
      }
    }
    for (const day of entry.days === '' ? [] : entry.days.split(' ')) {
      const rest = (this.#byDay.get(day) ?? []).filter((o) => !mine(o));
      if (rest.length === 0) this.#byDay.delete(day);
      else this.#byDay.set(day, rest);
    }
    this.#articles.clear(ord);
  }

  /** Brings the entity documents in line with the corpus entities; only changed entities are re-indexed. */
  syncEntities(entities: readonly Entity[]): void {
    const live = new Set<string>();
    for (const e of entities) {
      live.add(e.id);
      // Names and roles are what is searched; which articles an entity is in is read from the library when shown.
      const sig = [e.name, ...e.aliases, '#', ...e.roles].join('\u0001');
      const known = this.#entities.get(e.id);
      if (known?.sig === sig) continue;
      if (known) this.#drop(known.id);
      const id = this.#newPassage(undefined, 'entity', e.name, [[e.name, ...e.aliases].join(' | '), '', e.roles.join(' | ')], undefined, { entityId: e.id });
      this.#entities.set(e.id, { sig, id });
    }
    for (const [entityId, known] of this.#entities) {
      if (live.has(entityId)) continue;
      this.#drop(known.id);
      this.#entities.delete(entityId);
    }
  }

  /** Passages matching `query`, best first (see SearchOptions for the orders). */
  search(query: string, options: SearchOptions = {}): Hit[] {
    const kinds = options.kinds ? options.kinds.reduce((mask, k) => mask | (1 << KIND_CODE[k]), 0) : 7;
    const need = (options.flags?.hasNumber ? FLAG_NUMBER : 0) | (options.flags?.hasDate ? FLAG_DATE : 0) | (options.flags?.hasPerson ? FLAG_PERSON : 0);
    const accept = { flags: this.#flags, kinds, need };
    return rankPassages(this.#inv, query, options, {
      main: this.#main,
      within: this.#within,
      columns: this.#columns,
      capacity: this.#passages.length,
      accept,
      passage: (id) => this.#passages[id],
      newest: (id) => this.#newest[id] ?? 0,
    });
  }

  /** Whether some passage of these kinds holds every term of `query` in `fields` (a scan, no ranking). */
  matchesAll(query: string, fields: readonly Field[], kinds?: readonly PassageKind[]): boolean {
    return this.search('', { ...(kinds ? { kinds } : {}), within: { query, fields }, order: [], limit: 1 }).length > 0;
  }

  /** A passage's places, decoded; newest first and at most `max` when given. */
  occurrencesOf(p: Passage, max?: number): Occurrence[] {
    const packed = this.#articles.newest(p.occ, max ?? p.occ.length);
    return this.#decode(packed);
  }

  /** Distinct outlets printing a passage (or any of several). */
  outletCount(passages: readonly Passage[]): number {
    return this.#articles.outletCount(passages.length === 1 ? passages[0]!.occ : passages.flatMap((p) => p.occ));
  }

  /** Sentence occurrences that mention a resolved day. */
  onDay(day: string): Occurrence[] {
    return this.#decode(this.#byDay.get(day) ?? []);
  }

  /** Every day some sentence mentions, ascending. */
  days(): string[] {
    return [...this.#byDay.keys()].sort();
  }

  #decode(packed: readonly number[]): Occurrence[] {
    const out: Occurrence[] = [];
    for (const x of packed) {
      const ord = Math.floor(x / INDEX_BITS);
      const entry = this.#articles.entryAt(ord);
      if (entry) out.push({ articleId: entry.id, index: x - ord * INDEX_BITS });
    }
    return out;
  }

  /** The passage of a sentence text, created on first sight; -1 for text with no words. */
  #sentencePassage(text: string, source: PassageSource): number {
    const h = hash(text);
    const cached = this.#exact.find(h, (id) => this.#passages[id]?.text === text);
    if (cached !== undefined) return cached;
    const tokens = words(text);
    if (tokens.length === 0) return -1;
    const key = sentenceKey(tokens);
    let id = this.#byKey.find(key, this.#keyOf);
    if (id === undefined) id = this.#newPassage(key, 'sentence', source, [text, '', ''], tokens);
    // Bounded: stale entries (passages gone with their articles) are dropped wholesale when they pile up.
    if (this.#exact.size > 2 * this.#live + 10_000) this.#exact.clear();
    this.#exact.set(h, id);
    return id;
  }

  #newPassage(
    key: string | undefined,
    kind: PassageKind,
    source: PassageSource,
    fields: readonly string[],
    tokens?: string[],
    extra?: { speaker: string } | { entityId: string },
  ): number {
    const id = this.#passages.length;
    const speaker = extra && 'speaker' in extra ? extra.speaker : undefined;
    const entityId = extra && 'entityId' in extra ? extra.entityId : undefined;
    this.#passages.push(new IndexedPassage(id, kind, source, speaker, entityId));
    if (key !== undefined) this.#byKey.add(key, id);
    if (id >= this.#flags.length) {
      const n = this.#flags.length * 2;
      const flags = new Uint8Array(n);
      flags.set(this.#flags);
      this.#flags = flags;
      const newest = new Float64Array(n);
      newest.set(this.#newest);
      this.#newest = newest;
    }
    this.#flags[id] = KIND_CODE[kind];
    this.#inv.add(id, fields.length === FIELDS.length ? fields : FIELDS.map((_, i) => fields[i] ?? ''), tokens);
    this.#live++;
    return id;
  }

  #occur(id: number, packed: number, time: number): void {
    const p = this.#passages[id]!;
    p.addOccurrence(packed);
    if (time > this.#newest[id]!) this.#newest[id] = time;
  }

  #setFlags(id: number, bits: number): void {
    this.#flags[id]! |= bits;
  }

  #drop(id: number): void {
    const p = this.#passages[id];
    if (!p) return;
    const key = passageKey(p);
    if (key !== undefined) this.#byKey.delete(key, id);
    this.#passages[id] = undefined;
    this.#inv.remove(id);
    this.#live--;
  }
}
