import { isAbsolute, join } from 'node:path';
import type { ArticleAnalysis, Quote } from '../analysis/types.js';
import type { AnalysisList, EntityLookup, Library, LibraryChange } from '../core/library.js';
import type { Logger } from '../core/logger.js';
import type { Article, LoadError } from '../corpus/article.js';
import { ArticleLoadError } from '../corpus/errors.js';
import { isArticlePath, toRelative } from '../corpus/files.js';
import { loadArticleFile, loadCorpus } from '../corpus/load.js';
import { ArticleStore, type ArticleStoreStats } from './store/article-store.js';

/** Corpus-wide entity resolution that grows and shrinks with the corpus. */
export interface MutableEntities extends EntityLookup {
  add(article: Article, analysis: ArticleAnalysis): void;
  remove(articleId: string): void;
}

export interface CorpusLibraryDeps {
  contentDir: string;
  logger: Logger;
  /** Analysis of one article; in production the content-hash cache (src/analysis/cache.ts) in front of the analyser. */
  analyze: (article: Article) => ArticleAnalysis | Promise<ArticleAnalysis>;
  entities: MutableEntities;
  /** Maps per-article speaker names to corpus-wide canonical ones ("Stoltenberg" -> "Jens Stoltenberg"). */
  canonicalizeSpeakers?: (quotes: Quote[], entities: EntityLookup) => Quote[];
  /** Rebuilt analyses kept in memory (see ArticleStoreOptions). */
  analysesCached?: number;
}

/**
 * The live corpus: articles, their analyses and the entities they mention. Loads everything once, then changes
 * one file at a time (folder watch, ingest) without redoing the rest. Listeners hear about every change so
 * precomputed work (search index, topic briefs) stays current.
 *
 * Articles and analyses are held in an ArticleStore (compact; analyses rebuilt on read, with corpus-canonical
 * speakers, the recently read ones cached until the next change).
 */
export class CorpusLibrary implements Library {
  private readonly store: ArticleStore;
  private sorted: Article[] | undefined;
  private readonly listeners = new Set<(change: LibraryChange) => void>();
  private readonly errors = new Map<string, LoadError>();
  private pending: Promise<unknown> = Promise.resolve();
  private currentVersion = 0;

  constructor(private readonly deps: CorpusLibraryDeps) {
    const canonicalize = deps.canonicalizeSpeakers;
    this.store = new ArticleStore({
      ...(deps.analysesCached !== undefined ? { analysesCached: deps.analysesCached } : {}),
      ...(canonicalize ? { transformQuotes: (quotes: Quote[]) => canonicalize(quotes, deps.entities) } : {}),
    });
  }

  /** How the articles are held (for /status and the bench). */
  storeStats(): ArticleStoreStats {
    return this.store.stats();
  }

  get version(): number {
    return this.currentVersion;
  }

  get entities(): EntityLookup {
    return this.deps.entities;
  }

  /** Files skipped at load or refresh, with the reason: what `/status` and the CLI report. */
  loadErrors(): LoadError[] {
    return [...this.errors.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  articles(): readonly Article[] {
    this.sorted ??= [...this.store.articles()].sort(
      (a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    return this.sorted;
  }

  article(id: string): Article | undefined {
    return this.store.article(id);
  }

  analysis(id: string): ArticleAnalysis | undefined {
    return this.store.analysis(id);
  }

  analysisList<K extends AnalysisList>(id: string, list: K): ArticleAnalysis[K] | undefined {
    return this.store.analysisList(id, list);
  }

  analysisItem<K extends AnalysisList>(id: string, list: K, index: number): ArticleAnalysis[K][number] | undefined {
    return this.store.analysisItem(id, list, index);
  }

  onChange(listener: (change: LibraryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads the whole corpus folder. Bad files are recorded in loadErrors(), never thrown. */
  async loadAll(): Promise<LibraryChange> {
    return this.serialised(async () => {
      const { articles, errors } = await loadCorpus(this.deps.contentDir, { logger: this.deps.logger });
      const present = new Set(articles.map((a) => a.id));
      const removed = [...this.store.ids()].filter((id) => !present.has(id));
      this.errors.clear();
      for (const e of errors) this.errors.set(e.path, e);
      for (const id of removed) this.drop(id);
      const added: string[] = [];
      const queue: (Article | undefined)[] = articles;
      for (let i = 0; i < queue.length; i++) {
        const a = queue[i]!;
        // Let the loaded copy go as soon as it is stored: the store holds it in a fraction of the memory.
        queue[i] = undefined;
        if (this.store.article(a.id)?.hash !== a.hash) added.push(await this.put(a));
      }
      return this.changed(added, removed);
    });
  }

  /**
   * Re-reads the given files (absolute or relative to the content dir): changed files are re-analysed, deleted or
   * now-invalid ones leave the corpus. Everything else is untouched.
   */
  async refresh(paths: string[]): Promise<LibraryChange> {
    return this.serialised(async () => {
      const added: string[] = [];
      const removed: string[] = [];
      for (const p of paths) {
        const abs = isAbsolute(p) ? p : join(this.deps.contentDir, p);
        const rel = toRelative(this.deps.contentDir, abs);
        if (!isArticlePath(rel)) continue;
        try {
          const article = await loadArticleFile(abs, this.deps.contentDir);
          this.errors.delete(rel);
          if (this.store.article(article.id)?.hash !== article.hash) added.push(await this.put(article));
        } catch (err) {
          const id = [...this.store.articles()].find((a) => a.path === rel)?.id;
          if (id) {
            this.drop(id);
            removed.push(id);
          }
          if (err instanceof ArticleLoadError && err.code === 'read-failed' && /ENOENT/.test(err.reason)) {
            this.errors.delete(rel);
          } else {
            const reason = err instanceof ArticleLoadError ? err.reason : String(err);
            this.errors.set(rel, { path: rel, reason });
            this.deps.logger.warn({ path: rel, reason }, 'skipped article file');
          }
        }
      }
      return this.changed(added, removed);
    });
  }

  private async put(article: Article): Promise<string> {
    const analysis = await this.deps.analyze(article);
    if (this.store.has(article.id)) this.drop(article.id);
    const stored = this.store.put(article, analysis);
    // The stored copies: whatever the registry keeps of them holds no reference to the loaded file's text.
    this.deps.entities.add(stored, stored.rawAnalysis());
    return stored.id;
  }

  private drop(id: string): void {
    this.store.delete(id);
    this.deps.entities.remove(id);
  }

  private changed(added: string[], removed: string[]): LibraryChange {
    const change = { added, removed, version: this.currentVersion };
    if (added.length === 0 && removed.length === 0) return change;
    this.currentVersion += 1;
    change.version = this.currentVersion;
    this.sorted = undefined;
    // Canonical speakers depend on every article's entities.
    this.store.forgetAnalyses();
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (err) {
        // One failing consumer (say, an index) must not stop the others from hearing about the change.
        this.deps.logger.error({ err, version: change.version }, 'library change listener failed');
      }
    }
    return change;
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.pending.then(work, work);
    this.pending = run.catch(() => undefined);
    return run;
  }
}
