import Parser from 'rss-parser';
import { IngestError } from './errors.js';
import { KnownItems } from './existing.js';
import { fetchText } from './fetch.js';
import { htmlToParagraphs } from './html.js';
import { type IngestOptions, type IngestOutcome, ingestUrlOutcome, writeExtracted } from './url.js';

export interface FeedOptions extends IngestOptions {
  /**
   * When an item's own content is used instead of fetching its link: 'auto' (default) uses it when it holds at least
   * `minContentChars` (default 400) characters of text, 'always' never fetches, 'never' always fetches the link.
   */
  useItemContent?: 'auto' | 'always' | 'never';
  minContentChars?: number;
  /** One item failing does not stop the feed; each failure is passed here (default: logged as a warning). */
  onItemError?: (err: IngestError) => void;
  /** Every item written, or skipped because the corpus already holds it, in feed order. */
  onItem?: (outcome: IngestOutcome) => void;
  /**
   * At most this many items not yet in the corpus are fetched in this call (default: all); the rest are counted in
   * FeedReport.deferred and, never having been written, are picked up by the next call.
   */
  maxItems?: number;
}

export interface FeedReport {
  /** Content-relative paths written by this call. */
  written: string[];
  /** New items left for a later call because of maxItems. */
  deferred: number;
}

/**
 * Fetches an RSS or Atom feed and writes each item not already in the corpus (matched by link and guid, so an item
 * is never written twice, across polls too). Returns the content-relative paths written by this call.
 * Throws IngestError only for the feed as a whole (unreachable, not a feed); item failures go to onItemError.
 */
export async function ingestFeed(feedUrl: string, opts: FeedOptions): Promise<string[]> {
  return (await ingestFeedReport(feedUrl, opts)).written;
}

/** ingestFeed, also counting the items maxItems left for later. */
export async function ingestFeedReport(feedUrl: string, opts: FeedOptions): Promise<FeedReport> {
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
  let attempted = 0;
  let deferred = 0;
  for (const item of feed.items) {
    const link = item.link?.trim();
    const guid = item.guid?.trim() || item.id?.trim();
    const url = link ?? (guid && /^https?:\/\//.test(guid) ? guid : undefined);
    if (!url) {
      reportItem(new IngestError('bad-item', feedUrl, `item "${item.title ?? '(untitled)'}" has no link`));
      continue;
    }
    const existing = known.find(url) ?? known.find(guid);
    if (existing) {
      opts.onItem?.({ url, status: 'skipped', path: existing, reason: `already in the corpus as ${existing}` });
      continue;
    }
    if (opts.maxItems !== undefined && attempted >= opts.maxItems) {
      deferred++;
      continue;
    }
    attempted++;
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
      const outcome =
        opts.useItemContent === 'always' || (opts.useItemContent !== 'never' && enough)
          ? await writeExtracted(url, { paragraphs }, itemOpts, known, hints)
          : await ingestUrlOutcome(url, itemOpts, hints);
      if (outcome.status === 'written') written.push(outcome.path);
      opts.onItem?.(outcome);
    } catch (err) {
      if (!(err instanceof IngestError)) throw err;
      reportItem(err);
    }
  }
  return { written: [...new Set(written)], deferred };
}
