import type { Logger } from '../../core/logger.js';
import { IngestError, type IngestErrorCode } from './errors.js';
import { KnownItems } from './existing.js';
import { ingestFeedReport } from './feed.js';
import type { FetchLike } from './fetch.js';
import { ingestUrlOutcome, type IngestOutcome } from './url.js';

/** One thing to ingest: an article page, or an RSS/Atom feed whose new items are each ingested. */
export type IngestRequest = { kind: 'url'; url: string } | { kind: 'feed'; url: string };

/**
 * What happened to one item, the line a user reads (CLI, chat) and the record `sitrep ingest --json` prints. Fields
 * are only ever added.
 */
export interface IngestResult {
  /** The page's url (a feed item's link), or the feed's url when the feed as a whole failed. */
  url: string;
  /** The feed the item came from. */
  feed?: string;
  status: 'written' | 'skipped' | 'failed';
  /** Content-relative path: the new file, or the article already holding this url. */
  path?: string;
  title?: string;
  outlet?: string;
  /** Failures only. */
  code?: IngestErrorCode;
  /** Why it was skipped or failed, in plain words. */
  reason?: string;
}

export interface IngestRunOptions {
  contentDir: string;
  fetch: FetchLike;
  now: () => Date;
  logger?: Logger;
  timeoutMs?: number;
  /** Per feed: at most this many new items in one run (see FeedOptions.maxItems). */
  maxFeedItems?: number;
}

export interface IngestRun {
  results: IngestResult[];
  /** New feed items not fetched because of maxFeedItems; a later run picks them up. */
  deferred: number;
}

/**
 * Ingests each request in turn, so one bad url or feed never stops the others. The corpus is scanned once for the
 * urls it holds, and that list grows as files are written: the same story given twice (or via two feeds) is
 * written once. Only IngestErrors become failed results; anything else (a missing content folder) is thrown.
 */
export async function runIngest(requests: readonly IngestRequest[], opts: IngestRunOptions): Promise<IngestRun> {
  const known = await KnownItems.scan(opts.contentDir);
  const base = {
    fetch: opts.fetch,
    contentDir: opts.contentDir,
    now: opts.now,
    known,
    ...(opts.logger ? { logger: opts.logger } : {}),
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
  };
  const results: IngestResult[] = [];
  let deferred = 0;
  for (const request of requests) {
    try {
      if (request.kind === 'url') {
        results.push(fromOutcome(await ingestUrlOutcome(request.url, base)));
        continue;
      }
      const feed = request.url;
      const report = await ingestFeedReport(feed, {
        ...base,
        ...(opts.maxFeedItems !== undefined ? { maxItems: opts.maxFeedItems } : {}),
        onItem: (outcome) => results.push({ ...fromOutcome(outcome), feed }),
        onItemError: (err) => results.push({ ...fromError(err), feed }),
      });
      deferred += report.deferred;
    } catch (err) {
      if (!(err instanceof IngestError)) throw err;
      results.push(fromError(err));
    }
  }
  return { results, deferred };
}

function fromOutcome(o: IngestOutcome): IngestResult {
  return {
    url: o.url,
    status: o.status,
    path: o.path,
    ...(o.title !== undefined ? { title: o.title } : {}),
    ...(o.outlet !== undefined ? { outlet: o.outlet } : {}),
    ...(o.reason !== undefined ? { reason: o.reason } : {}),
  };
}

function fromError(err: IngestError): IngestResult {
  return { url: err.url, status: 'failed', code: err.code, reason: err.reason };
}

/** Counts per status, for summary lines. */
export function tally(results: readonly IngestResult[]): Record<IngestResult['status'], number> {
  const out = { written: 0, skipped: 0, failed: 0 };
  for (const r of results) out[r.status]++;
  return out;
}
