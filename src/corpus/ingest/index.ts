export { IngestError, type IngestErrorCode } from './errors.js';
export { KnownItems } from './existing.js';
export { type FeedOptions, ingestFeed } from './feed.js';
export type { FetchLike } from './fetch.js';
export { extractPage, htmlToParagraphs } from './html.js';
export { normaliseUrl, slugify } from './markdown.js';
export { type IngestOptions, ingestUrl, type ItemHints } from './url.js';
