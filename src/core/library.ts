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
  readonly entities: EntityLookup;
  /** Files skipped when loading, with the reason (optional: fixture libraries have none). */
  loadErrors?(): LoadError[];
  /** Subscribe to changes (article added, replaced or removed). Returns an unsubscribe function. */
  onChange(listener: (change: LibraryChange) => void): () => void;
}

export interface LibraryChange {
  added: string[];
  removed: string[];
  version: number;
}
