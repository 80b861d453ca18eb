import type { ArticleAnalysis, Entity } from '../analysis/types.js';
import type { Article, LoadError } from '../corpus/article.js';

/** Corpus-wide entities after alias resolution (implemented in src/analysis). */
export interface EntityLookup {
  all(): Entity[];
  get(id: string): Entity | undefined;
  /** Find by any alias or name, case-insensitive ("Soleimani", "Qassem Soleimani"). */
  lookup(nameOrAlias: string): Entity | undefined;
}

/**
 * Everything the briefing layer reads: the loaded articles, their analyses and the resolved entities. It changes as
 * articles arrive; `version` increases on every change so precomputed per-topic work knows when to refresh.
 */
export interface Library {
  readonly version: number;
  articles(): readonly Article[];
  article(id: string): Article | undefined;
  analysis(id: string): ArticleAnalysis | undefined;
  /**
   * Optional fast paths, for libraries that rebuild analyses on read (CorpusLibrary holds them compactly): one list,
   * or one item of a list, of an article's analysis without rebuilding the rest. The same values as
   * analysis(id)?.[list] and analysis(id)?.[list][index]. Read them through src/search/reads.ts.
   */
  analysisList?<K extends AnalysisList>(id: string, list: K): ArticleAnalysis[K] | undefined;
  analysisItem?<K extends AnalysisList>(id: string, list: K, index: number): ArticleAnalysis[K][number] | undefined;
  readonly entities: EntityLookup;
  /** Files skipped when loading, with the reason (optional: fixture libraries have none). */
  loadErrors?(): LoadError[];
  /** Subscribe to changes (article added, replaced or removed). Returns an unsubscribe function. */
  onChange(listener: (change: LibraryChange) => void): () => void;
}

/** The lists of an ArticleAnalysis. */
export type AnalysisList = 'sentences' | 'mentions' | 'quotes' | 'numbers' | 'dates';

export interface LibraryChange {
  added: string[];
  removed: string[];
  version: number;
}
