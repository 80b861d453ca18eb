import { createHash } from 'node:crypto';
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
