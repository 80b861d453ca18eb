/** Why a single article file could not be loaded. Stable codes so callers and tests can branch without parsing text. */
export type LoadErrorCode =
  | 'read-failed'
  | 'too-large'
  | 'binary'
  | 'not-utf8'
  | 'no-front-matter'
  | 'bad-yaml'
  | 'invalid-front-matter'
  | 'bad-date'
  | 'empty-body';

/** Thrown by `loadArticleFile`; `loadCorpus` turns it into a `LoadError` and moves on to the next file. */
export class ArticleLoadError extends Error {
  override readonly name = 'ArticleLoadError';
  constructor(
    readonly code: LoadErrorCode,
    /** Path relative to the content dir (forward slashes), or absolute when outside it. */
    readonly path: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${reason}`, options);
  }
}

/** The corpus folder itself is missing or unreadable: a configuration problem, so it stops the load. */
export class CorpusDirError extends Error {
  override readonly name = 'CorpusDirError';
  constructor(
    readonly dir: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`corpus folder ${dir}: ${reason}`, options);
  }
}
