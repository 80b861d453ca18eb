import type { ArticleAnalysis, Quote, Sentence } from '../../../src/analysis/types.js';
import type { Library, LibraryChange } from '../../../src/core/library.js';
import type { Article } from '../../../src/corpus/article.js';

/**
 * A small in-memory Library for digest and scheduler tests: articles are built from plain paragraphs, with sentences
 * split on ". " and quotes located verbatim in the body, so every offset obeys the body.slice(start, end) rule.
 */

export interface ArticleSpec {
  id: string;
  title?: string;
  outlet?: string;
  /** ISO date or date-time. */
  published: string;
  url?: string;
  paragraphs: string[];
  /** Quotes by their exact text (must occur in a paragraph) and speaker. */
  quotes?: { text: string; speaker: string; role?: string; kind?: 'direct' | 'partial' }[];
}

export function makeArticle(spec: ArticleSpec): { article: Article; analysis: ArticleAnalysis } {
  const body = spec.paragraphs.join('\n\n');
  const paragraphs: Article['paragraphs'] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  spec.paragraphs.forEach((text, index) => {
    paragraphs.push({ index, start: offset, end: offset + text.length, text });
    const re = /[^.!?]+[.!?]+["”]?/g;
    for (const m of text.matchAll(re)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = offset + (m.index ?? 0) + lead;
      const s = m[0].trim();
      sentences.push({ id: `${spec.id}#s${sentences.length}`, articleId: spec.id, paragraph: index, index: sentences.length, start, end: start + s.length, text: s });
    }
    offset += text.length + 2;
  });
  const quotes: Quote[] = (spec.quotes ?? []).map((q, i) => {
    const start = body.indexOf(q.text);
    if (start < 0) throw new Error(`quote not in body: ${q.text}`);
    const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
    return {
      id: `${spec.id}#q${i}`,
      articleId: spec.id,
      text: q.text,
      start,
      end: start + q.text.length,
      kind: q.kind ?? 'direct',
      speaker: { name: q.speaker, kind: q.speaker === 'unknown' ? 'unknown' : 'person', ...(q.role ? { role: q.role } : {}) },
      verb: 'said',
      paragraph: sentences[sentence]?.paragraph ?? 0,
      sentence: Math.max(0, sentence),
      date: spec.published.slice(0, 10),
    };
  });
  const article: Article = {
    id: spec.id,
    path: `articles/${spec.id}.md`,
    title: spec.title ?? `Article ${spec.id}`,
    outlet: spec.outlet ?? 'Example News',
    published: spec.published,
    publishedAt: new Date(spec.published),
    ...(spec.url ? { url: spec.url } : {}),
    language: 'en',
    body,
    paragraphs,
    removed: [],
    hash: `hash-${spec.id}`,
  };
  return { article, analysis: { articleId: spec.id, hash: article.hash, version: 1, sentences, mentions: [], quotes, numbers: [], dates: [] } };
}

export class FakeLibrary implements Library {
  version = 0;
  readonly #articles = new Map<string, { article: Article; analysis: ArticleAnalysis }>();
  readonly #listeners = new Set<(c: LibraryChange) => void>();
  readonly entities = { all: () => [], get: () => undefined, lookup: () => undefined };

  constructor(specs: ArticleSpec[] = []) {
    for (const s of specs) this.#articles.set(s.id, makeArticle(s));
  }

  add(...specs: ArticleSpec[]): void {
    for (const s of specs) this.#articles.set(s.id, makeArticle(s));
    this.version++;
    for (const l of this.#listeners) l({ added: specs.map((s) => s.id), removed: [], version: this.version });
  }

  articles(): readonly Article[] {
    return [...this.#articles.values()].map((x) => x.article);
  }

  article(id: string): Article | undefined {
    return this.#articles.get(id)?.article;
  }

  analysis(id: string): ArticleAnalysis | undefined {
    return this.#articles.get(id)?.analysis;
  }

  onChange(listener: (change: LibraryChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
