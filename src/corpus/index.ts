/**
 * The corpus layer: articles as Markdown files with YAML front matter under `<contentDir>/articles/` (any depth).
 *
 *   ---
 *   title: NATO to review Iraq mission after Iran general slain     (required)
 *   outlet: Agence France-Presse (via Rappler)                       (required)
 *   published: 2020-01-06            (required; ISO 8601 date or date-time, zone optional, UTC if absent)
 *   url: https://...                 (optional, http/https)
 *   byline: AFP                      (optional)
 *   language: en                     (optional, BCP 47, default "en")
 *   ---
 *   Body as captured. Page furniture may stay in the file: the cleaner marks it at load time, never edits it.
 *
 * Files over MAX_ARTICLE_BYTES (2 MB), binary, non-UTF-8, without front matter or with an empty body are skipped with
 * a LoadError; dotfiles and non-.md files are ignored. Unknown front matter keys are allowed (ingest adds `guid`,
 * `ingested`).
 */
export type { Article, LoadError, Paragraph, RemovedSpan } from './article.js';
export { type ArticleMeta, type CleanResult, cleanBody } from './clean.js';
export { parseIsoDate } from './dates.js';
export { ArticleLoadError, CorpusDirError, type LoadErrorCode } from './errors.js';
export { ARTICLES_DIR, isArticlePath } from './files.js';
export { compareArticles, type LoadCorpusResult, loadArticleFile, loadCorpus, MAX_ARTICLE_BYTES } from './load.js';
export { type CorpusChange, type CorpusWatcher, type WatchOptions, watchCorpus } from './watch.js';
