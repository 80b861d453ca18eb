import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A news site on 127.0.0.1 for ingest tests (the only network the tests use): the fixture article page, an RSS feed
 * whose links point back at this server, and the awkward cases (404, redirect, gzip, a body over any limit, a
 * server that never answers). Records every path asked for.
 */
export interface NewsServer {
  base: string;
  /** Paths requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

export const PATHS = {
  article: '/world/allies-back-pause',
  feed: '/world/rss.xml',
  missing: '/world/gone',
  redirect: '/r/allies',
  /** Redirects to the url in its `to` query parameter. */
  redirectTo: '/r/to',
  gzipped: '/world/jsonld-gzip',
  huge: '/huge',
  hang: '/hang',
  pdf: '/doc.pdf',
} as const;

const fixture = (name: string): string => readFileSync(join(process.cwd(), 'test', 'fixtures', 'corpus', name), 'utf8');

export async function startNewsServer(): Promise<NewsServer> {
  const requests: string[] = [];
  const hanging = new Set<ServerResponse>();
  let base = '';
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(body);
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push(req.url ?? '/');
    switch (path) {
      case PATHS.article:
        return send(res, 200, 'text/html; charset=utf-8', fixture('news-page.html'));
      case PATHS.feed:
        return send(res, 200, 'application/rss+xml', fixture('feed.rss').replaceAll('https://news.example.org', base));
      case PATHS.redirect:
        return send(res, 302, 'text/html', 'moved', { location: PATHS.article });
      case PATHS.redirectTo:
        return send(res, 302, 'text/html', 'moved', { location: new URL(req.url ?? '/', base).searchParams.get('to') ?? '/' });
      case PATHS.gzipped:
        return send(res, 200, 'text/html; charset=utf-8', gzipSync(fixture('jsonld-page.html')), { 'content-encoding': 'gzip' });
      case PATHS.pdf:
        return send(res, 200, 'application/pdf', '%PDF-1.4');
      case PATHS.huge: {
        // Chunked, no content-length: only counting the bytes as they arrive can stop it.
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = `<p>${'x'.repeat(64 * 1024)}</p>`;
        let sent = 0;
        const pump = () => {
          while (sent < 200 && res.write(chunk)) sent++;
          if (sent >= 200) res.end();
          else res.once('drain', pump);
        };
        res.on('close', () => (sent = 200));
        return pump();
      }
      case PATHS.hang:
        hanging.add(res);
        return undefined;
      default:
        return send(res, 404, 'text/html', 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
