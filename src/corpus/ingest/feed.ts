import Parser from 'rss-parser';
import { IngestError } from './errors.js';
import { KnownItems } from './existing.js';
import { fetchText } from './fetch.js';
import { htmlToParagraphs } from './html.js';
import { type IngestOptions, ingestUrl, writeExtracted } from './url.js';

export interface FeedOptions extends IngestOptions {
  /**
   * When an item's own content is used instead of fetching its link: 'auto' (default) uses it when it holds at least
   * `minContentChars` (default 400) characters of text, 'always' never fetches, 'never' always fetches the link.
   */
  useItemContent?: 'auto' | 'always' | 'never';
  minContentChars?: number;
  /** One item failing does not stop the feed; each failure is passed here (default: logged as a warning). */
  onItemError?: (err: IngestError) => void;
}

/**
 * Fetches an RSS or Atom feed and writes each item not already in the corpus (matched by link and guid, so an item
 * is never written twice, across polls too). Returns the content-relative paths written by this call.
 * Throws IngestError only for the feed as a whole (unreachable, not a feed); item failures go to onItemError.
 */
export async function ingestFeed(feedUrl: string, opts: FeedOptions): Promise<string[]> {
  const xml = await fetchText(opts.fetch, feedUrl, {
    accept: 'application/rss+xml,application/atom+xml,application/xml,text/xml',
    expect: /xml|rss|atom|text\/plain/i,
    what: 'an RSS or Atom feed',
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
  });
  let feed: Awaited<ReturnType<Parser['parseString']>>;
  try {
    feed = await new Parser().parseString(xml);
  } catch (err) {
    throw new IngestError('bad-feed', feedUrl, `not a readable RSS or Atom feed: ${(err as Error).message}`, { cause: err });
  }
  const known = opts.known ?? (await KnownItems.scan(opts.contentDir));
  const itemOpts: IngestOptions = { ...opts, known };
  const reportItem = opts.onItemError ?? ((err: IngestError) => opts.logger?.warn({ url: err.url, code: err.code, reason: err.reason }, 'feed item skipped'));
  const written: string[] = [];
  for (const item of feed.items) {
    const link = item.link?.trim();
    const guid = item.guid?.trim() || item.id?.trim();
    const url = link ?? (guid && /^https?:\/\//.test(guid) ? guid : undefined);
    if (!url) {
      reportItem(new IngestError('bad-item', feedUrl, `item "${item.title ?? '(untitled)'}" has no link`));
      continue;
    }
    if (known.find(url) || known.find(guid)) continue;
    const hints = {
      ...(item.title ? { title: item.title.trim() } : {}),
      ...(item.isoDate ?? item.pubDate ? { published: (item.isoDate ?? item.pubDate) as string } : {}),
      ...(item.creator ?? item.author ? { byline: String(item.creator ?? item.author).trim() } : {}),
      ...(guid ? { guid } : {}),
    };
    try {
      const html = (item['content:encoded'] as string | undefined) ?? item.content ?? '';
      const paragraphs = opts.useItemContent === 'never' ? [] : htmlToParagraphs(html);
      const enough = paragraphs.join(' ').length >= (opts.minContentChars ?? 400);
      const path =
        opts.useItemContent === 'always' || (opts.useItemContent !== 'never' && enough)
          ? await writeExtracted(url, { paragraphs }, itemOpts, known, hints)
          : await ingestUrl(url, itemOpts, hints);
      written.push(path);
    } catch (err) {
      if (!(err instanceof IngestError)) throw err;
      reportItem(err);
    }
  }
  return [...new Set(written)];
}
