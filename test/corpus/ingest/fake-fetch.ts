import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FetchLike } from '../../../src/corpus/ingest/fetch.js';

export interface FakeRoute {
  status?: number;
  type?: string;
  body?: string;
  /** Throw instead of answering (network failure). */
  fail?: Error;
}

export function fixture(name: string): string {
  return readFileSync(join(process.cwd(), 'test', 'fixtures', 'corpus', name), 'utf8');
}

/** A fetch that answers from a route table and records every url asked for; unknown urls get 404. No network. */
export function fakeFetch(routes: Record<string, FakeRoute>): FetchLike & { calls: string[] } {
  const calls: string[] = [];
  const fn = async (url: string) => {
    calls.push(url);
    const route = routes[url] ?? { status: 404, type: 'text/html', body: 'not found' };
    if (route.fail) throw route.fail;
    const status = route.status ?? 200;
    const headers = new Map<string, string>([['content-type', route.type ?? 'text/html; charset=utf-8']]);
    return {
      ok: status >= 200 && status < 300,
      status,
      headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null },
      text: async () => route.body ?? '',
    };
  };
  return Object.assign(fn, { calls });
}
