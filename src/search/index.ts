import MiniSearch, { type SearchResult } from 'minisearch';
import type { ArticleAnalysis, Entity } from '../analysis/types.js';
import type { Article } from '../corpus/article.js';
import { speakerText, type Occurrence, type Passage, type PassageKind } from './passages.js';
import { isStopword, stemWord, textKey, words } from './terms.js';

export type { Occurrence, Passage, PassageKind } from './passages.js';

/** Fields of an indexed document: the passage text, who said it (quotes), the sentence around it (quotes). */
interface IndexedDoc {
  id: number;
  kind: PassageKind;
  text: string;
  speaker: string;
  context: string;
}

export interface SearchOptions {
  kinds?: readonly PassageKind[];
  /** Fields to match in (default: text and context; speaker only when asked). */
  fields?: ReadonlyArray<'text' | 'speaker' | 'context'>;
  /** Every query term must match (default: any). */
  all?: boolean;
  limit?: number;
  filter?: (p: Passage) => boolean;
}

export interface Hit {
  passage: Passage;
  score: number;
  /** Distinct query terms (index form) this passage matched. */
  matched: string[];
}

/** Index form of a query or text: what MiniSearch stores per term. */
function processTerm(term: string): string | null {
  if (isStopword(term)) return null;
  if (term.length < 2 && !/\d/.test(term)) return null;
  return stemWord(term);
}

/**
 * Full-text index over an article library's sentences, quotes and entities, kept current one article at a time:
 * `addArticle` and `removeArticle` touch only that article's passages (MiniSearch `discard`, vacuumed in the
 * background), never the rest.
 */
export class SearchIndex {
  readonly #mini = new MiniSearch<IndexedDoc>({
    fields: ['text', 'speaker', 'context'],
    tokenize: (text) => words(text),
    processTerm,
    searchOptions: { boost: { text: 2, speaker: 1, context: 0.5 }, prefix: false, fuzzy: false },
  });
  readonly #byKey = new Map<string, Passage>();
  readonly #byId = new Map<number, Passage>();
  /** Passage keys per article, so removal needs no analysis. */
  readonly #keysOf = new Map<string, { keys: string[]; hash: string }>();
  /** Resolved day (YYYY-MM-DD) -> sentence occurrences that mention it. */
  readonly #byDay = new Map<string, Occurrence[]>();
  readonly #entitySig = new Map<string, string>();
  #nextId = 1;

  get size(): { passages: number; articles: number } {
    return { passages: this.#byId.size, articles: this.#keysOf.size };
  }

  has(articleId: string): boolean {
    return this.#keysOf.has(articleId);
  }

  /** Content hash the article was indexed at (to notice replaced articles). */
  hashOf(articleId: string): string | undefined {
    return this.#keysOf.get(articleId)?.hash;
  }

  indexedIds(): IterableIterator<string> {
    return this.#keysOf.keys();
  }

  passage(id: number): Passage | undefined {
    return this.#byId.get(id);
  }

  /** Indexes one article; an article already indexed under this id is replaced. */
  addArticle(article: Article, analysis: ArticleAnalysis): void {
    if (this.#keysOf.has(article.id)) this.removeArticle(article.id);
    const keys: string[] = [];
    const numberSentences = new Set(analysis.numbers.map((n) => n.sentence));
    const dateSentences = new Set(analysis.dates.map((d) => d.sentence));
    const personSentences = new Set(analysis.mentions.filter((m) => m.type === 'person').map((m) => m.sentence));
    for (const s of analysis.sentences) {
      const key = `s|${textKey(s.text)}`;
      if (key === 's|') continue;
      const p = this.#occur(key, 'sentence', s.text, { articleId: article.id, index: s.index }, () => ({
        text: s.text,
        speaker: '',
        context: '',
      }));
      if (numberSentences.has(s.index)) p.hasNumber = true;
      if (dateSentences.has(s.index)) p.hasDate = true;
      if (personSentences.has(s.index)) p.hasPerson = true;
      keys.push(key);
    }
    analysis.quotes.forEach((q, i) => {
      const key = `q|${textKey(q.text)}|${textKey(q.speaker.name)}`;
      const context = analysis.sentences[q.sentence]?.text ?? '';
      this.#occur(key, 'quote', q.text, { articleId: article.id, index: i }, () => ({
        text: q.text,
        speaker: speakerText(q.speaker),
        context,
      }));
      keys.push(key);
    });
    for (const d of analysis.dates) {
      if (d.precision !== undefined && d.precision !== 'day') continue;
      let list = this.#byDay.get(d.date);
      if (!list) this.#byDay.set(d.date, (list = []));
      list.push({ articleId: article.id, index: d.sentence });
    }
    this.#keysOf.set(article.id, { keys, hash: article.hash });
  }

  removeArticle(articleId: string): void {
    const entry = this.#keysOf.get(articleId);
    if (!entry) return;
    for (const key of new Set(entry.keys)) {
      const p = this.#byKey.get(key);
      if (!p) continue;
      p.occurrences = p.occurrences.filter((o) => o.articleId !== articleId);
      if (p.occurrences.length === 0) {
        this.#byKey.delete(key);
        this.#byId.delete(p.id);
        this.#mini.discard(p.id);
      }
    }
    for (const [day, list] of this.#byDay) {
      if (!list.some((o) => o.articleId === articleId)) continue;
      const rest = list.filter((o) => o.articleId !== articleId);
      if (rest.length === 0) this.#byDay.delete(day);
      else this.#byDay.set(day, rest);
    }
    this.#keysOf.delete(articleId);
  }

  /** Brings the entity documents in line with the corpus entities; only changed entities are re-indexed. */
  syncEntities(entities: readonly Entity[]): void {
    const live = new Set<string>();
    for (const e of entities) {
      const key = `e|${e.id}`;
      live.add(key);
      const sig = [e.name, ...e.aliases, '#', ...e.roles, '#', ...e.articleIds].join('\u0001');
      if (this.#entitySig.get(key) === sig) continue;
      this.#dropPassage(key);
      this.#entitySig.set(key, sig);
      const p = this.#newPassage(key, 'entity', e.name, {
        text: [e.name, ...e.aliases].join(' | '),
        speaker: '',
        context: e.roles.join(' | '),
      });
      p.entityId = e.id;
      p.occurrences = e.articleIds.map((articleId) => ({ articleId, index: -1 }));
    }
    for (const key of [...this.#entitySig.keys()]) {
      if (!live.has(key)) {
        this.#dropPassage(key);
        this.#entitySig.delete(key);
      }
    }
  }

  search(query: string, options: SearchOptions = {}): Hit[] {
    const kinds = options.kinds;
    const filter = options.filter;
    const results = this.#mini.search(query, {
      fields: [...(options.fields ?? ['text', 'context'])],
      combineWith: options.all ? 'AND' : 'OR',
      filter: (r: SearchResult) => {
        const p = this.#byId.get(r.id as number);
        if (!p) return false;
        if (kinds && !kinds.includes(p.kind)) return false;
        return filter ? filter(p) : true;
      },
    });
    const limit = options.limit ?? 20;
    const hits: Hit[] = [];
    for (const r of results) {
      const p = this.#byId.get(r.id as number);
      if (!p) continue;
      hits.push({ passage: p, score: r.score, matched: [...new Set(r.queryTerms)] });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  /** Sentence occurrences that mention a resolved day. */
  onDay(day: string): readonly Occurrence[] {
    return this.#byDay.get(day) ?? [];
  }

  /** Every day some sentence mentions, ascending. */
  days(): string[] {
    return [...this.#byDay.keys()].sort();
  }

  #occur(key: string, kind: PassageKind, text: string, at: Occurrence, doc: () => Omit<IndexedDoc, 'id' | 'kind'>): Passage {
    const known = this.#byKey.get(key);
    if (known) {
      known.occurrences.push(at);
      return known;
    }
    const p = this.#newPassage(key, kind, text, doc());
    p.occurrences.push(at);
    return p;
  }

  #newPassage(key: string, kind: PassageKind, text: string, doc: Omit<IndexedDoc, 'id' | 'kind'>): Passage {
    const id = this.#nextId++;
    const p: Passage = { id, kind, key, text, occurrences: [] };
    this.#byKey.set(key, p);
    this.#byId.set(id, p);
    this.#mini.add({ id, kind, ...doc });
    return p;
  }

  #dropPassage(key: string): void {
    const p = this.#byKey.get(key);
    if (!p) return;
    this.#byKey.delete(key);
    this.#byId.delete(p.id);
    this.#mini.discard(p.id);
  }
}
