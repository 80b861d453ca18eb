import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake chat platform on 127.0.0.1: it records every posted message with its idempotency key and answers "was a
 * message with this key posted in this channel since T?" the way a real platform's history search would.
 *
 *   POST /post      {"channel","key","title"}  -> 200 {"id"}     (the post is recorded before anything can fail)
 *   GET  /was-sent?channel=&key=&since=          -> 200 {"sent"}
 *
 * Hooks let a crash test act at the worst moments: `onPost` runs after a post is recorded and before the reply
 * (return 'drop' to destroy the connection instead of replying); `onWasSent` runs before a wasSent answer.
 */

export interface PlatformPost {
  seq: number;
  channel: string;
  key: string;
  title: string;
  at: number;
}

export type HookResult = 'reply' | 'drop';

export interface FakePlatformOptions {
  /** Called when any request arrives, before it is handled. */
  onRequest?: () => void;
  /** Called after the post is recorded, before replying. */
  onPost?: (post: PlatformPost) => HookResult;
  /** Called before answering a wasSent query. */
  onWasSent?: () => HookResult;
  /** Probability of refusing a post with 503 (not recorded). */
  rejectRate?: number;
  /** Probability of recording a post and then dropping the connection (the client sees an error). */
  loseReplyRate?: number;
  random?: () => number;
}

export interface FakePlatform {
  url: string;
  posts: PlatformPost[];
  options: FakePlatformOptions;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

export async function startFakePlatform(options: FakePlatformOptions = {}): Promise<FakePlatform> {
  const posts: PlatformPost[] = [];
  const random = options.random ?? Math.random;
  const server = createServer((req, res) => {
    void (async () => {
      options.onRequest?.();
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method === 'POST' && url.pathname === '/post') {
        let parsed: { channel?: unknown; key?: unknown; title?: unknown };
        try {
          parsed = JSON.parse(await body(req)) as typeof parsed;
        } catch {
          // An incomplete body (client killed mid-request) never counts as a post.
          return json(res, 400, { error: 'bad json' });
        }
        if (typeof parsed.channel !== 'string' || typeof parsed.key !== 'string') return json(res, 400, { error: 'channel and key required' });
        if (random() < (options.rejectRate ?? 0)) return json(res, 503, { error: 'try again' });
        const post: PlatformPost = { seq: posts.length + 1, channel: parsed.channel, key: parsed.key, title: String(parsed.title ?? ''), at: Date.now() };
        posts.push(post);
        if (options.onPost?.(post) === 'drop' || random() < (options.loseReplyRate ?? 0)) return void res.destroy();
        return json(res, 200, { id: `p${post.seq}` });
      }
      if (req.method === 'GET' && url.pathname === '/was-sent') {
        const channel = url.searchParams.get('channel');
        const key = url.searchParams.get('key');
        const since = Number(new Date(url.searchParams.get('since') ?? 0));
        if (options.onWasSent?.() === 'drop') return void res.destroy();
        // `since` is in the caller's (possibly simulated) time; the fake keeps all history, so it only validates it.
        if (!channel || !key || Number.isNaN(since)) return json(res, 400, { error: 'channel, key, since required' });
        return json(res, 200, { sent: posts.some((p) => p.channel === channel && p.key === key) });
      }
      json(res, 404, { error: 'not found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    posts,
    options,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
