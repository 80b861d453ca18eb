/**
 * Reading parts of an article's analysis through a Library: its fast paths when it has them (a compact library
 * rebuilds one list or one item instead of the whole analysis), analysis(id) otherwise. Questions read one sentence
 * of hundreds of articles; rebuilding each whole analysis would cost more than the search.
 */
import type { ArticleAnalysis } from '../analysis/types.js';
import type { AnalysisList, Library } from '../core/library.js';

export function listOf<K extends AnalysisList>(library: Library, id: string, list: K): ArticleAnalysis[K] | undefined {
  return library.analysisList ? library.analysisList(id, list) : library.analysis(id)?.[list];
}

export function itemOf<K extends AnalysisList>(library: Library, id: string, list: K, index: number): ArticleAnalysis[K][number] | undefined {
  return library.analysisItem ? library.analysisItem(id, list, index) : library.analysis(id)?.[list][index];
}

const EMPTY: ArticleAnalysis = { articleId: '', hash: '', version: 0, sentences: [], mentions: [], quotes: [], numbers: [], dates: [] };

/** The analysis of an article, read when first asked for (an article that left the library reads as empty). */
export function lazyAnalysis(library: Library, id: string): () => ArticleAnalysis {
  let analysis: ArticleAnalysis | undefined;
  return () => (analysis ??= library.analysis(id) ?? { ...EMPTY, articleId: id });
}
