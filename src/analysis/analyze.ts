import type { Article } from '../corpus/article.js';
import { extractDates } from './dates.js';
import { extractMentions } from './entities/index.js';
import { extractNumbers } from './numbers.js';
import { extractQuotes } from './quotes/index.js';
import { splitSentences } from './sentences.js';
import type { ArticleAnalysis } from './types.js';

/**
 * Bump whenever any analysis logic changes (sentences, entities, numbers, dates, quotes) so cached analyses are
 * recomputed instead of served stale.
 */
export const ANALYSIS_VERSION = 12;

/** Everything sitrep reads from one article. Pure: same article in, same analysis out. */
export function analyzeArticle(article: Article): ArticleAnalysis {
  const sentences = splitSentences(article);
  const mentions = extractMentions(article, sentences);
  const dates = extractDates(article, sentences);
  const numbers = extractNumbers(article, sentences, dates);
  const quotes = extractQuotes({ article, sentences, mentions, dates });
  return {
    articleId: article.id,
    hash: article.hash,
    version: ANALYSIS_VERSION,
    sentences,
    mentions,
    quotes,
    numbers,
    dates,
  };
}
