import type { ArticleAnalysis, Quote, Speaker } from '../analysis/types.js';

/**
 * The unit the index holds. News repeats itself (wire copies, rewrites of one agency story), so the index keeps each
 * distinct text once with every place it occurs: search cost follows distinct text, and "3 outlets printed this" is
 * read straight off the occurrence list.
 */
export type PassageKind = 'sentence' | 'quote' | 'entity';

/** One place a passage's text occurs: article and sentence index (sentences) or quote index (quotes). */
export interface Occurrence {
  articleId: string;
  index: number;
}

export interface Passage {
  /** Internal numeric id (also the id in the inverted index). */
  id: number;
  kind: PassageKind;
  /** Display text of the first occurrence (each occurrence's own text is read from its article when shown). */
  text: string;
  /**
   * Where the text occurs, packed as article ordinal * 65536 + sentence or quote index (one number per place instead
   * of an object: a 100k-article corpus has millions of places). Read it through SearchIndex.occurrencesOf/placesOf.
   */
  occ: number[];
  /** Quotes: the speaker name the passage is keyed by (the same words from another speaker are another passage). */
  speaker?: string;
  // Whether a sentence carries a number, a resolved date or a person is kept in the index's flag array (search option
  // `flags`), not here: a property added after creation costs every such passage an extra allocation.
  /** Entities: the entity id. */
  entityId?: string;
}

/** The text a quote's speaker can be found by: name, how it was written, role, and the entity's aliases. */
export function speakerText(speaker: Speaker, aliases: readonly string[] = [], roles: readonly string[] = []): string {
  return [speaker.name, speaker.asWritten ?? '', speaker.role ?? '', ...aliases, ...roles].filter(Boolean).join(' | ');
}

export function quoteOf(analysis: ArticleAnalysis, index: number): Quote | undefined {
  return analysis.quotes[index];
}
