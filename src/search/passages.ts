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
  /** Internal numeric id (also the MiniSearch id). */
  id: number;
  kind: PassageKind;
  /** Dedup key: normalised text, plus the speaker for quotes, the entity id for entities. */
  key: string;
  /** Display text of the first occurrence (each occurrence's own text is read from its article when shown). */
  text: string;
  occurrences: Occurrence[];
  /** Sentences: some occurrence carries a number fact / a resolved date. */
  hasNumber?: boolean;
  hasDate?: boolean;
  /** Sentences: some occurrence names a person. */
  hasPerson?: boolean;
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
