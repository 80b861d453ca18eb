/**
 * The articles of a library and their analyses, held compactly: bodies at one byte per character, spans as varint
 * offsets, repeated strings once (see stored-article.ts). Articles come back as ordinary Article objects (the same
 * object for as long as the article is stored) and analyses as ordinary ArticleAnalysis objects rebuilt on demand,
 * the most recently read ones cached. What is put is what comes back: any value the compact form cannot hold
 * exactly is kept whole.
 *
 * Both the live CorpusLibrary and the bench's library hold their articles here, so the bench measures this.
 */
import type { ArticleAnalysis, Quote } from '../../analysis/types.js';
import type { AnalysisList } from '../../core/library.js';
import type { Article } from '../../corpus/article.js';
import { BoundedCache } from './bounded-cache.js';
import { StoredArticle, type StoreShared } from './stored-article.js';
import { StringTable } from './strings.js';

export { StoredArticle } from './stored-article.js';

export interface ArticleStoreOptions {
  /**
   * Rebuilt analyses kept (default 128): a brief reads the analyses of a few dozen articles, a question the sentences
   * of hundreds through analysisItem (not cached). Kept small on purpose: a cached analysis outlives the young
   * generation and becomes old-generation garbage, which costs far more to collect than to rebuild.
   */
  analysesCached?: number;
  /** Rebuilt bodies kept (default 256): a body is read whole only to check or show a span. */
  bodiesCached?: number;
  /**
   * Applied to each article's quotes as its analysis is rebuilt, e.g. corpus-canonical speaker names. Call
   * `forgetAnalyses()` when what it depends on changes.
   */
  transformQuotes?: (quotes: Quote[]) => Quote[];
}

export interface ArticleStoreStats {
  articles: number;
  /** Distinct strings shared between articles (outlets, names, roles, verbs, days). */
  strings: number;
  /** Spans kept whole because they did not fit the compact form. */
  exceptions: number;
  /** Bodies kept at two bytes per character. */
  wideBodies: number;
}

export class ArticleStore {
  readonly #byId = new Map<string, StoredArticle>();
  readonly #shared: StoreShared;

  constructor(options: ArticleStoreOptions = {}) {
    this.#shared = {
      strings: new StringTable(),
      views: new BoundedCache(options.analysesCached ?? 128),
      bodies: new BoundedCache(options.bodiesCached ?? 256),
      transformQuotes: options.transformQuotes,
    };
  }

  get size(): number {
    return this.#byId.size;
  }

  /** Stores an article with its analysis, replacing any article with that id. Returns the stored article. */
  put(article: Article, analysis: ArticleAnalysis): StoredArticle {
    const stored = new StoredArticle(article, analysis, this.#shared);
    this.delete(article.id);
    this.#byId.set(stored.id, stored);
    return stored;
  }

  delete(id: string): boolean {
    const old = this.#byId.get(id);
    if (!old) return false;
    this.#byId.delete(id);
    this.#shared.views.delete(old);
    this.#shared.bodies.delete(old);
    return true;
  }

  /** Drops every rebuilt analysis, so the next read applies the quote transform afresh. */
  forgetAnalyses(): void {
    this.#shared.views.clear();
  }

  has(id: string): boolean {
    return this.#byId.has(id);
  }

  article(id: string): StoredArticle | undefined {
    return this.#byId.get(id);
  }

  analysis(id: string): ArticleAnalysis | undefined {
    return this.#byId.get(id)?.readAnalysis();
  }

  /** analysis(id)?.[list], rebuilding only that list. */
  analysisList<K extends AnalysisList>(id: string, list: K): ArticleAnalysis[K] | undefined {
    return this.#byId.get(id)?.analysisList(list);
  }

  /** analysis(id)?.[list][index], rebuilding only that item. */
  analysisItem<K extends AnalysisList>(id: string, list: K, index: number): ArticleAnalysis[K][number] | undefined {
    return this.#byId.get(id)?.analysisItem(list, index);
  }

  ids(): IterableIterator<string> {
    return this.#byId.keys();
  }

  articles(): IterableIterator<StoredArticle> {
    return this.#byId.values();
  }

  stats(): ArticleStoreStats {
    let exceptions = 0;
    let wideBodies = 0;
    for (const a of this.#byId.values()) {
      exceptions += a.exceptionCount;
      if (a.wide) wideBodies++;
    }
    return { articles: this.#byId.size, strings: this.#shared.strings.size, exceptions, wideBodies };
  }
}
