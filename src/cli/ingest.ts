import { join } from 'node:path';
import type { Logger } from '../core/logger.js';
import type { FetchLike } from '../corpus/ingest/fetch.js';
import { type IngestRequest, type IngestResult, runIngest, tally } from '../corpus/ingest/run.js';
import type { IngestArgs } from './args.js';

export interface IngestCliOptions {
  contentDir: string;
  fetch: FetchLike;
  now: () => Date;
  logger: Logger;
  json: boolean;
}

export interface IngestCliResult {
  stdout: string;
  stderr: string;
  /** 0 every item written or already there, 1 at least one failed (usage errors, exit 2, never get this far). */
  exitCode: number;
}

/** The documented shape of `sitrep ingest --json`; fields are only ever added. */
export interface IngestJson {
  results: Array<IngestResult & { file?: string }>;
  written: number;
  skipped: number;
  failed: number;
}

/** `sitrep ingest`: page urls first, then feeds, in the order given; one result line per item. */
export async function ingestCli(args: IngestArgs, opts: IngestCliOptions): Promise<IngestCliResult> {
  const requests: IngestRequest[] = [
    ...args.urls.map((url) => ({ kind: 'url' as const, url })),
    ...args.feeds.map((url) => ({ kind: 'feed' as const, url })),
  ];
  const { results } = await runIngest(requests, {
    contentDir: opts.contentDir,
    fetch: opts.fetch,
    now: opts.now,
    logger: opts.logger,
    ...(args.timeoutMs !== undefined ? { timeoutMs: args.timeoutMs } : {}),
  });
  const counts = tally(results);
  const exitCode = counts.failed > 0 ? 1 : 0;
  const summary = `${counts.written} written, ${counts.skipped} already in the corpus, ${counts.failed} failed\n`;
  if (opts.json) {
    const json: IngestJson = {
      results: results.map((r) => (r.path ? { ...r, file: join(opts.contentDir, r.path) } : r)),
      ...counts,
    };
    return { stdout: `${JSON.stringify(json, null, 2)}\n`, stderr: '', exitCode };
  }
  const lines = results.map((r) => `${ingestLine(r, opts.contentDir)}\n`).join('');
  return { stdout: lines, stderr: results.length === 0 ? 'No items: the feeds were empty.\n' : summary, exitCode };
}

/** `written <file> — “Title” (Outlet)`, `skipped <url> — <reason>` or `failed <url> — <reason>`. */
export function ingestLine(r: IngestResult, contentDir: string): string {
  const from = r.feed ? ` [feed ${r.feed}]` : '';
  if (r.status === 'written') {
    const file = r.path ? join(contentDir, r.path) : r.url;
    return `written  ${file} — “${r.title ?? 'untitled'}” (${r.outlet ?? 'unknown outlet'})${from}`;
  }
  return `${r.status.padEnd(8)} ${r.url} — ${r.reason ?? r.status}${from}`;
}
