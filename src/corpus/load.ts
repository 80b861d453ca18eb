import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Logger } from '../core/logger.js';
import type { Article, LoadError } from './article.js';
import { cleanBody } from './clean.js';
import { ArticleLoadError } from './errors.js';
import { idFromRelative, listArticleFiles, toRelative } from './files.js';
import { parseFrontMatter, splitFrontMatter } from './frontmatter.js';

/**
 * Largest article file accepted. News articles are 5-50 KB; 2 MB leaves room for very long reports while keeping a
 * stray log dump or PDF export from stalling analysis of the whole corpus.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Files read at once: enough to overlap I/O, few enough to stay far from the open-file limit. */
const READ_CONCURRENCY = 16;

export interface LoadCorpusResult {
  /** Sorted by publication instant, then id. */
  articles: Article[];
  /** One entry per file that was skipped, with the reason. */
  errors: LoadError[];
}

/**
 * Loads every article under `<contentDir>/articles/`. A bad file never stops the load: it is reported in `errors`
 * (and logged) and the rest still load. Only a missing or unreadable corpus folder throws (CorpusDirError).
 */
export async function loadCorpus(contentDir: string, opts: { logger?: Logger } = {}): Promise<LoadCorpusResult> {
  const files = await listArticleFiles(contentDir);
  const articles: Article[] = [];
  const errors: LoadError[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++] as string;
      try {
        articles.push(await loadArticleFile(file, contentDir));
      } catch (err) {
        const error = toLoadError(err, toRelative(contentDir, file));
        opts.logger?.warn({ path: error.path, reason: error.reason }, 'skipped article file');
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  articles.sort(compareArticles);
  errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  opts.logger?.info({ loaded: articles.length, skipped: errors.length }, 'corpus loaded');
  return { articles, errors };
}

export function compareArticles(a: Article, b: Article): number {
  const t = a.publishedAt.getTime() - b.publishedAt.getTime();
  if (t !== 0) return t;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Loads and cleans one file; throws ArticleLoadError (with a code and a readable reason) when it cannot. */
export async function loadArticleFile(absPath: string, contentDir: string): Promise<Article> {
  const path = toRelative(contentDir, absPath);
  const bytes = await readBounded(absPath, path);
  if (bytes.includes(0)) {
    throw new ArticleLoadError('binary', path, 'file contains NUL bytes (binary, or UTF-16 text): save it as UTF-8 Markdown');
  }
  let text: string;
  try {
    // fatal: a lossy decode would put U+FFFD into quotes that must be verbatim.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (err) {
    throw new ArticleLoadError('not-utf8', path, 'file is not valid UTF-8: re-save it with UTF-8 encoding', { cause: err });
  }
  const split = splitFrontMatter(text);
  if (!split) {
    throw new ArticleLoadError(
      'no-front-matter',
      path,
      'no front matter: the file must start with a "---" line, YAML (title, outlet, published), and a closing "---" line',
    );
  }
  const fm = parseFrontMatter(split.yaml, path);
  const body = split.body;
  if (body.trim() === '') throw new ArticleLoadError('empty-body', path, 'article body is empty');
  const cleaned = cleanBody(body, { title: fm.title, outlet: fm.outlet, ...(fm.byline ? { byline: fm.byline } : {}) });
  return {
    id: idFromRelative(path),
    path,
    title: fm.title,
    outlet: fm.outlet,
    published: fm.published,
    publishedAt: fm.publishedAt,
    ...(fm.url !== undefined ? { url: fm.url } : {}),
    ...(fm.byline !== undefined ? { byline: fm.byline } : {}),
    language: fm.language,
    body,
    paragraphs: cleaned.paragraphs,
    removed: cleaned.removed,
    hash: createHash('sha256').update(bytes).digest('hex'),
  };
}

async function readBounded(absPath: string, path: string): Promise<Buffer> {
  try {
    const info = await stat(absPath);
    if (!info.isFile()) throw new ArticleLoadError('read-failed', path, 'not a regular file');
    if (info.size > MAX_ARTICLE_BYTES) throw tooLarge(path, info.size);
    const bytes = await readFile(absPath);
    // The file may have grown between stat and read.
    if (bytes.length > MAX_ARTICLE_BYTES) throw tooLarge(path, bytes.length);
    return bytes;
  } catch (err) {
    if (err instanceof ArticleLoadError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new ArticleLoadError('read-failed', path, `cannot read file (${code})`, { cause: err });
  }
}

function tooLarge(path: string, size: number): ArticleLoadError {
  return new ArticleLoadError('too-large', path, `file is ${size} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes (2 MB)`);
}

function toLoadError(err: unknown, path: string): LoadError {
  if (err instanceof ArticleLoadError) return { path: err.path, reason: err.reason, code: err.code };
  // Not expected (the loader wraps its own failures), but one file must still never stop the corpus.
  return { path, reason: `unexpected error: ${err instanceof Error ? err.message : String(err)}` };
}
