export type IngestErrorCode =
  | 'bad-url'
  | 'refused-address'
  | 'fetch-failed'
  | 'http-status'
  | 'not-html'
  | 'too-large'
  | 'no-content'
  | 'bad-feed'
  | 'bad-item'
  | 'write-failed';

/** Why a URL, a feed or one feed item could not be ingested. Nothing is written when this is thrown. */
export class IngestError extends Error {
  override readonly name = 'IngestError';
  constructor(
    readonly code: IngestErrorCode,
    readonly url: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${url}: ${reason}`, options);
  }
}
