import type { Article } from '../../corpus/article.js';
import type { DateMention, EntityMention, Quote, Sentence } from '../types.js';

export interface QuoteInput {
  article: Article;
  sentences: Sentence[];
  mentions: EntityMention[];
  dates: DateMention[];
}

/** Placeholder until the quote extractor lands (owned by the quotes work); returns no quotes. */
export function extractQuotes(_input: QuoteInput): Quote[] {
  return [];
}
