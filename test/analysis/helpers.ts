import { createHash } from 'node:crypto';
import { extractMentions } from '../../src/analysis/entities/index.js';
import { extractQuotes } from '../../src/analysis/quotes/index.js';
import { splitSentences } from '../../src/analysis/sentences.js';
import type { Article, Paragraph } from '../../src/corpus/article.js';

export interface MakeArticleOptions {
  id?: string;
  /** ISO date or date-time; defaults to 2020-01-06. */
  published?: string;
  title?: string;
  outlet?: string;
}

/**
 * Builds an Article from a body string the way the loader would for clean prose: paragraphs are the runs of text
 * between blank lines, with offsets into `body` (trimmed of surrounding whitespace).
 */
export function makeArticle(body: string, opts: MakeArticleOptions = {}): Article {
  const published = opts.published ?? '2020-01-06';
  const paragraphs: Paragraph[] = [];
  const blocks = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (const m of body.matchAll(blocks)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) continue;
    const start = (m.index ?? 0) + lead;
    paragraphs.push({ index: paragraphs.length, start, end: start + text.length, text });
  }
  const publishedAt = new Date(/T/.test(published) ? published : `${published}T00:00:00Z`);
  return {
    id: opts.id ?? 'test/article',
    path: `${opts.id ?? 'test/article'}.md`,
    title: opts.title ?? 'Test article',
    outlet: opts.outlet ?? 'Test Outlet',
    published,
    publishedAt,
    language: 'en',
    body,
    paragraphs,
    removed: [],
    hash: createHash('sha256').update(`${published}\n${body}`).digest('hex'),
  };
}

/**
 * Speaker names of the quotes extracted from `body`, in order. By default the extractor sees the text alone (its own
 * name scan); `withMentions` runs sentence splitting and entity extraction first, as the real pipeline does.
 */
export function quoteSpeakers(body: string, opts: { withMentions?: boolean } = {}): string[] {
  const article = makeArticle(body);
  if (!opts.withMentions) return extractQuotes({ article, sentences: [], mentions: [], dates: [] }).map((q) => q.speaker.name);
  const sentences = splitSentences(article);
  return extractQuotes({ article, sentences, mentions: extractMentions(article, sentences), dates: [] }).map((q) => q.speaker.name);
}
