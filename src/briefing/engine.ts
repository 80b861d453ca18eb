/**
 * The briefing layer's live state for one Library: the search index, which articles belong to which topic, and a
 * memo of per-version work (topic briefs, timelines). Library changes are applied article by article as they are
 * announced; anything computed per topic is recomputed once per library version (in the background right after a
 * change, or on first use), never per request.
 */
import type { Library, LibraryChange } from '../core/library.js';
import type { Logger } from '../core/logger.js';
import type { Article } from '../corpus/article.js';
import { SearchIndex } from '../search/index.js';
import { TopK } from '../search/topk.js';
import { ArticleTerms, topicScore, topicVocabulary, type Topic } from './topics.js';

const ANSWER_CACHE = 500;

export class BriefingEngine {
  readonly #index = new SearchIndex();
  #topics: readonly Topic[] = [];
  #topicSig = '';
  #vocabulary = new Set<string>();
  /** Topic slug -> member article ids. */
  readonly #members = new Map<string, Set<string>>();
  #indexedVersion = -1;
  #memo = new Map<string, unknown>();
  /** Answers to questions for the current library version, oldest first (bounded: questions are unbounded). */
  readonly #answers = new Map<string, unknown>();
  readonly #warmers = new Map<string, () => void>();
  #warmTimer: NodeJS.Timeout | undefined;
  readonly #unsubscribe: () => void;

  constructor(
    readonly library: Library,
    private readonly logger: Logger,
  ) {
    this.#unsubscribe = library.onChange((change) => this.#apply(change));
  }

  close(): void {
    this.#unsubscribe();
    if (this.#warmTimer) clearTimeout(this.#warmTimer);
  }

  /** The search index, brought up to date with the library first. */
  get index(): SearchIndex {
    this.sync();
    return this.#index;
  }

  get topics(): readonly Topic[] {
    return this.#topics;
  }

  /** Replaces the topic definitions; memberships are recomputed only when the definitions really changed. */
  setTopics(topics: readonly Topic[]): void {
    const sig = JSON.stringify(topics.map((t) => [t.slug, t.matchers, t.required, t.minMatches]));
    this.#topics = topics;
    if (sig === this.#topicSig) return;
    this.#topicSig = sig;
    this.#vocabulary = topicVocabulary(topics);
    this.#members.clear();
    for (const t of topics) this.#members.set(t.slug, new Set());
    for (const id of this.#index.indexedIds()) {
      const a = this.library.article(id);
      if (a) this.#assign(a);
    }
    this.#forget();
  }

  /** Brings the index in line with the library if a change was missed (or none was announced). */
  sync(): void {
    if (this.#indexedVersion === this.library.version) return;
    const live = new Set<string>();
    for (const a of this.library.articles()) {
      live.add(a.id);
      if (this.#index.hashOf(a.id) !== a.hash) this.#add(a);
    }
    for (const id of [...this.#index.indexedIds()]) if (!live.has(id)) this.#remove(id);
    this.#index.syncEntities(this.library.entities.all());
    this.#indexedVersion = this.library.version;
    this.#forget();
  }

  /** A topic's articles, newest first. */
  topicArticles(slug: string): Article[] {
    // Memoised per library version: a topic can hold thousands of articles and every command asks for them.
    return this.memo(`members:${slug}`, () => {
      const ids = this.#members.get(slug);
      if (!ids) return [];
      const out: Article[] = [];
      for (const id of ids) {
        const a = this.library.article(id);
        if (a) out.push(a);
      }
      return out.sort(newestFirst);
    });
  }

  /** The newest `max` articles of the library, newest first (one linear pass per library version, not a sort). */
  newestArticles(max: number): Article[] {
    return this.memo(`newest:${max}`, () => {
      const top = new TopK<Article>(max, (a, b) => newestFirst(a, b) < 0);
      for (const a of this.library.articles()) top.offer(a);
      return top.sorted();
    });
  }

  /** Work memoised until the library or the topics change. */
  memo<T>(key: string, compute: () => T): T {
    this.sync();
    if (this.#memo.has(key)) return this.#memo.get(key) as T;
    const value = compute();
    this.#memo.set(key, value);
    return value;
  }

  /**
   * An answer memoised for the current library version under `key` (a normalised question). A repeated question, or
   * the same question from another channel, costs a lookup until the next change.
   */
  answer<T>(key: string, compute: () => T): T {
    this.sync();
    if (this.#answers.has(key)) return this.#answers.get(key) as T;
    const value = compute();
    if (this.#answers.size >= ANSWER_CACHE) this.#answers.delete(this.#answers.keys().next().value!);
    this.#answers.set(key, value);
    return value;
  }

  #forget(): void {
    this.#memo.clear();
    this.#answers.clear();
  }

  /** Registers work to redo in the background after each change (e.g. every topic's brief). */
  warmAfterChange(key: string, warm: () => void): void {
    this.#warmers.set(key, warm);
  }

  #apply(change: LibraryChange): void {
    try {
      for (const id of change.removed) this.#remove(id);
      for (const id of change.added) {
        const a = this.library.article(id);
        if (a) this.#add(a);
      }
      this.#index.syncEntities(this.library.entities.all());
      this.#indexedVersion = change.version;
    } catch (err) {
      // Leave the version stale so the next request reconciles from scratch.
      this.logger.error({ err, added: change.added.length, removed: change.removed.length }, 'briefing index update failed');
    }
    this.#forget();
    this.#scheduleWarm();
  }

  #scheduleWarm(): void {
    if (this.#warmers.size === 0 || this.#warmTimer) return;
    this.#warmTimer = setTimeout(() => {
      this.#warmTimer = undefined;
      for (const [key, warm] of this.#warmers) {
        try {
          warm();
        } catch (err) {
          this.logger.error({ err, key }, 'precomputing after a library change failed');
        }
      }
    }, 0);
    this.#warmTimer.unref();
  }

  #add(article: Article): void {
    const analysis = this.library.analysis(article.id);
    if (!analysis) {
      this.logger.warn({ articleId: article.id }, 'article has no analysis: not indexed');
      return;
    }
    this.#index.addArticle(article, analysis);
    this.#assign(article);
  }

  #remove(id: string): void {
    this.#index.removeArticle(id);
    for (const set of this.#members.values()) set.delete(id);
  }

  #assign(article: Article): void {
    if (this.#topics.length === 0) return;
    const terms = new ArticleTerms(article, this.#vocabulary);
    for (const t of this.#topics) {
      const set = this.#members.get(t.slug);
      if (!set) continue;
      if (topicScore(t, terms) >= t.minMatches) set.add(article.id);
      else set.delete(article.id);
    }
  }
}

export function newestFirst(a: Article, b: Article): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const engines = new WeakMap<Library, BriefingEngine>();

/** The one engine per library (commands and answerQuestion share it). */
export function engineFor(library: Library, logger: Logger): BriefingEngine {
  let e = engines.get(library);
  if (!e) {
    e = new BriefingEngine(library, logger.child({ component: 'briefing' }));
    engines.set(library, e);
  }
  return e;
}
