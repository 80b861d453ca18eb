import { request } from 'node:http';
import type { ChatAdapter, InputHandler, SendOptions, SentRef } from '../../../src/core/adapter.js';
import type { ChannelId } from '../../../src/core/input.js';
import type { Reply } from '../../../src/core/reply.js';

/**
 * A ChatAdapter for the fake platform server (server.ts), as a real adapter would talk to a real API. Plain node:http
 * rather than fetch: the crash soak starts this in hundreds of short-lived processes and fetch's lazy load costs more
 * than a whole delivery pass.
 */
export class FakePlatformAdapter implements ChatAdapter {
  readonly platform = 'fake';

  constructor(private readonly baseUrl: string) {
    if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(baseUrl)) throw new Error(`fake platform must be on 127.0.0.1, got ${baseUrl}`);
  }

  async start(_handler: InputHandler): Promise<void> {}
  async stop(): Promise<void> {}

  async send(channel: ChannelId, reply: Reply, options?: SendOptions): Promise<SentRef> {
    const { id } = (await this.#call('POST', '/post', JSON.stringify({ channel, key: options?.idempotencyKey ?? '', title: reply.title }))) as { id: string };
    return { ids: [id] };
  }

  async wasSent(channel: ChannelId, idempotencyKey: string, since: Date): Promise<boolean> {
    const q = new URLSearchParams({ channel, key: idempotencyKey, since: since.toISOString() });
    return ((await this.#call('GET', `/was-sent?${q}`)) as { sent: boolean }).sent;
  }

  #call(method: string, path: string, body?: string): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const req = request(`${this.baseUrl}${path}`, { method, headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if ((res.statusCode ?? 0) >= 300) return reject(new Error(`fake platform: HTTP ${res.statusCode}`));
          try {
            resolve(JSON.parse(text));
          } catch (e) {
            reject(e);
          }
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  }
}
