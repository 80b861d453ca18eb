import { createHash } from 'node:crypto';
import type { Logger } from '../../core/logger.js';
import { parseIsoDate } from '../dates.js';
import { parseFrontMatter, splitFrontMatter } from '../frontmatter.js';
import { MAX_ARTICLE_BYTES } from '../load.js';
import { IngestError } from './errors.js';
import { KnownItems } from './existing.js';
import { type FetchLike, fetchText } from './fetch.js';
import { type ExtractedPage, extractPage } from './html.js';
import { normaliseUrl, renderArticle, slugify } from './markdown.js';
import { writeNewArticle } from './write.js';

export interface IngestOptions {
  fetch: FetchLike;
  contentDir: string;
  /** Clock for `published` when the page gives none, and for the `ingested` stamp. */
  now: () => Date;
  /** Folder under `<contentDir>/articles/` for ingested files. Default "ingested". */
  subdir?: string;
  logger?: Logger;
  timeoutMs?: number;
  /** Already-known urls/guids; scanned from the corpus when not given (ingestFeed passes one for the whole feed). */
  known?: KnownItems;
}

/** Fallbacks a feed item supplies when the page itself lacks them. */
export interface ItemHints {
  title?: string;
  published?: string;
  byline?: string;
  guid?: string;
}

/** What happened to one url: a new file, or the article the corpus already holds for it. */
export interface IngestOutcome {
  url: string;
  status: 'written' | 'skipped';
  /** Content-relative path of the new file, or of the article already holding this url. */
  path: string;
  /** Known for written articles. */
  title?: string;
  outlet?: string;
  /** Why nothing was written (skipped only). */
  reason?: string;
}

/**
 * Fetches a page, extracts the article and writes it as a new Markdown file. Returns the content-relative path.
 * A url already in the corpus (same url up to tracking parameters) is not fetched again: its existing path is returned.
 */
export async function ingestUrl(url: string, opts: IngestOptions, hints: ItemHints = {}): Promise<string> {
  return (await ingestUrlOutcome(url, opts, hints)).path;
}

/** ingestUrl, saying whether a file was written and with what title and outlet. */
export async function ingestUrlOutcome(url: string, opts: IngestOptions, hints: ItemHints = {}): Promise<IngestOutcome> {
  checkUrl(url);
  const known = opts.known ?? (await KnownItems.scan(opts.contentDir));
  const existing = known.find(url) ?? known.find(hints.guid);
  if (existing) {
    opts.logger?.info({ url, path: existing }, 'url already in corpus');
    return alreadyThere(url, existing);
  }
  const html = await fetchText(opts.fetch, url, {
    accept: 'text/html,application/xhtml+xml',
    expect: /html|xml/i,
    what: 'an HTML page',
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
  });
  return writeExtracted(url, extractPage(html), opts, known, hints);
}

/** Writes an article from already-extracted content (a page, or a feed item that carries its full text). */
export async function writeExtracted(url: string, page: ExtractedPage, opts: IngestOptions, known: KnownItems, hints: ItemHints = {}): Promise<IngestOutcome> {
  const title = page.title ?? hints.title;
  if (!title) throw new IngestError('no-content', url, 'the page has no title');
  const text = page.paragraphs.join(' ');
  if (text.replace(/\s+/g, '').length < 40) throw new IngestError('no-content', url, 'no article text found on the page');
  const now = opts.now();
  const published = normalisePublished(page.published) ?? normalisePublished(hints.published) ?? now.toISOString();
  const byline = page.byline ?? hints.byline;
  const outlet = page.siteName ?? new URL(url).hostname.replace(/^www\./, '');
  const file = renderArticle({
    title,
    outlet,
    published,
    url,
    ...(byline ? { byline } : {}),
    language: page.language && /^[a-zA-Z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(page.language) ? page.language : 'en',
    ...(hints.guid ? { guid: hints.guid } : {}),
    ingested: now.toISOString(),
    paragraphs: page.paragraphs,
  });
  if (Buffer.byteLength(file) > MAX_ARTICLE_BYTES) throw new IngestError('too-large', url, `article text is over the ${MAX_ARTICLE_BYTES}-byte limit`);
  // Never write a file the loader would then reject.
  const split = splitFrontMatter(file);
  let day: string;
  try {
    day = parseFrontMatter(split?.yaml ?? '', url).publishedAt.toISOString().slice(0, 10);
  } catch (err) {
    throw new IngestError('bad-item', url, `metadata would not load: ${(err as Error).message}`, { cause: err });
  }
  const key = createHash('sha256').update(normaliseUrl(url)).digest('hex').slice(0, 8);
  const written = await writeNewArticle(opts.contentDir, opts.subdir ?? 'ingested', `${day}-${slugify(title)}-${key}`, file, url);
  known.add(url, written.path);
  if (hints.guid) known.add(hints.guid, written.path);
  opts.logger?.info({ url, path: written.path, created: written.created }, 'article ingested');
  // Not created: the chosen name already held this url (another run got there first).
  return written.created ? { url, status: 'written', path: written.path, title, outlet } : alreadyThere(url, written.path);
}

function alreadyThere(url: string, path: string): IngestOutcome {
  return { url, status: 'skipped', path, reason: `already in the corpus as ${path}` };
}

function checkUrl(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new IngestError('bad-url', url, 'not a valid URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new IngestError('bad-url', url, 'only http(s) URLs can be ingested');
}

/** Keeps an ISO date as written; converts other parseable forms (RFC 822 from feeds) to ISO; drops the rest. */
function normalisePublished(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (parseIsoDate(value)) return value.trim();
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}
