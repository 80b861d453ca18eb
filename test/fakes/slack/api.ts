import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeSocketMode } from './socket.js';

/**
 * A fake Slack Web API on 127.0.0.1, enough for the adapter: auth.test, chat.postMessage, chat.update,
 * conversations.history/join, users.info, plus response_url endpoints it hands out. Every request is recorded (even
 * refused ones), and it can be told to answer 429 (Retry-After) or 5xx for the next N calls.
 */

export interface FakeCall {
  /** Web API method ("chat.postMessage") or "response_url". */
  method: string;
  params: Record<string, unknown>;
  /** Bearer token sent, if any. */
  token?: string;
  /** HTTP status the fake answered. */
  status: number;
  /** The Slack `error` the fake answered with `ok: false`, if it did. */
  error?: string;
}

export interface FakeMessage {
  channel: string;
  ts: string;
  text: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  thread_ts?: string;
  bot_id?: string;
  user?: string;
}

export interface FakeResponse {
  /** Which response_url (the path's id). */
  id: string;
  body: {
    text?: string;
    blocks?: unknown[];
    response_type?: string;
    replace_original?: boolean;
  };
}

export interface FakeUser {
  id: string;
  name?: string;
  real_name?: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_bot?: boolean;
}

export interface FakeSlackOptions {
  token?: string;
  /** App-level token accepted by apps.connections.open (Socket Mode). */
  appToken?: string;
  teamId?: string;
  botId?: string;
  botUserId?: string;
}

interface Failure {
  remaining: number;
  status: number;
  retryAfter?: number;
  method?: string;
}

export class FakeSlackApi {
  readonly token: string;
  readonly appToken: string;
  readonly teamId: string;
  readonly botId: string;
  readonly botUserId: string;
  readonly calls: FakeCall[] = [];
  readonly messages: FakeMessage[] = [];
  readonly responses: FakeResponse[] = [];
  private readonly users = new Map<string, FakeUser>();
  private readonly outsideChannels = new Set<string>();
  private readonly failures: Failure[] = [];
  private authError: string | undefined;
  private waiters: (() => void)[] = [];
  private responseIds = 0;
  private readonly sockets: FakeSocketMode;
  private tsCounter = 0;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    o: FakeSlackOptions,
  ) {
    this.token = o.token ?? 'xoxb-fake-token';
    this.appToken = o.appToken ?? 'xapp-fake-token';
    this.sockets = new FakeSocketMode(server);
    this.teamId = o.teamId ?? 'T0FAKE';
    this.botId = o.botId ?? 'B0BOT';
    this.botUserId = o.botUserId ?? 'U0BOT';
  }

  static async start(options: FakeSlackOptions = {}): Promise<FakeSlackApi> {
    let api: FakeSlackApi | undefined;
    const server = createServer((req, res) => {
      void api?.handle(req, res);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    api = new FakeSlackApi(server, (server.address() as AddressInfo).port, options);
    return api;
  }

  /** Base URL for WebClient's `slackApiUrl`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A fresh response_url pointing at this fake. */
  newResponseUrl(): string {
    this.responseIds += 1;
    return `http://127.0.0.1:${this.port}/response/${this.responseIds}`;
  }

  /** The next `count` calls (to `method`, or any) answer HTTP `status`; 429s carry `Retry-After: retryAfter`. */
  failNext(count: number, status: number, options: { retryAfter?: number; method?: string } = {}): void {
    this.failures.push({ remaining: count, status, ...options });
  }

  /** auth.test (and every token check) answers `ok: false` with this error. */
  rejectAuth(error = 'invalid_auth'): void {
    this.authError = error;
  }

  setUser(user: FakeUser): void {
    this.users.set(user.id, user);
  }

  /** The bot is not a member of `channel` until it calls conversations.join. */
  leave(channel: string): void {
    this.outsideChannels.add(channel);
  }

  /** Puts a message in a channel's history as if posted earlier (by the bot unless `bot_id`/`user` say otherwise). */
  seed(message: Omit<FakeMessage, 'ts'> & { ts?: string }): FakeMessage {
    const m: FakeMessage = { bot_id: this.botId, user: this.botUserId, ...message, ts: message.ts ?? this.nextTs() };
    this.messages.push(m);
    return m;
  }

  callsTo(method: string): FakeCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  messagesIn(channel: string): FakeMessage[] {
    return this.messages.filter((m) => m.channel === channel);
  }

  /** Resolves once `predicate` holds (checked after every request); rejects after `timeoutMs`. */
  async waitFor(predicate: () => boolean, what = 'condition', timeoutMs = 5000): Promise<void> {
    if (predicate()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== check);
        reject(new Error(`fake Slack: timed out waiting for ${what}; calls so far: ${this.calls.map((c) => `${c.method}=${c.status}`).join(', ')}`));
      }, timeoutMs);
      const check = (): void => {
        if (!predicate()) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== check);
        resolve();
      };
      this.waiters.push(check);
    });
  }

  waitForResponses(count: number): Promise<void> {
    return this.waitFor(() => this.responses.length >= count, `${count} response_url posts`);
  }

  waitForMessages(count: number): Promise<void> {
    return this.waitFor(() => this.messages.filter((m) => m.bot_id === this.botId).length >= count, `${count} posted messages`);
  }

  /** Socket Mode: how many app connections are open. */
  get socketConnections(): number {
    return this.sockets.connections;
  }

  /** Socket Mode: sends an envelope to the connected app; resolves with its ack. */
  envelope(type: string, payload: unknown): Promise<Record<string, unknown>> {
    return this.sockets.envelope(type, payload);
  }

  async close(): Promise<void> {
    await this.sockets.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(this.tsCounter).padStart(6, '0')}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const isResponseUrl = path.startsWith('/response/');
    const method = isResponseUrl ? 'response_url' : path.replace(/^\/api\//, '');
    const params = parseBody(raw, req.headers['content-type'] ?? '');
    const auth = req.headers.authorization;
    const call: FakeCall = { method, params, status: 200 };
    if (auth?.startsWith('Bearer ')) call.token = auth.slice(7);
    this.calls.push(call);

    const failure = this.failures.find((f) => f.remaining > 0 && (f.method === undefined || f.method === method));
    if (failure) {
      failure.remaining -= 1;
      call.status = failure.status;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (failure.retryAfter !== undefined) headers['retry-after'] = String(failure.retryAfter);
      res.writeHead(failure.status, headers).end(JSON.stringify({ ok: false, error: failure.status === 429 ? 'ratelimited' : 'internal_error' }));
    } else if (isResponseUrl) {
      this.responses.push({ id: path.slice('/response/'.length), body: params as FakeResponse['body'] });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    } else {
      const answer = this.answer(method, params, call.token);
      if (answer.ok === false) call.error = String(answer.error);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    }
    for (const w of [...this.waiters]) w();
  }

  private answer(method: string, p: Record<string, unknown>, token: string | undefined): Record<string, unknown> {
    if (this.authError) return { ok: false, error: this.authError };
    if (method === 'apps.connections.open') {
      return token === this.appToken ? { ok: true, url: `ws://127.0.0.1:${this.port}/socket` } : { ok: false, error: 'invalid_auth' };
    }
    if (token !== this.token) return { ok: false, error: token ? 'invalid_auth' : 'not_authed' };
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'sitrep', team_id: this.teamId, user_id: this.botUserId, bot_id: this.botId };
      case 'chat.postMessage': {
        const channel = String(p.channel ?? '');
        if (this.outsideChannels.has(channel)) return { ok: false, error: 'not_in_channel' };
        const m: FakeMessage = { channel, ts: this.nextTs(), text: String(p.text ?? ''), bot_id: this.botId, user: this.botUserId };
        if (Array.isArray(p.blocks)) m.blocks = p.blocks;
        if (p.metadata && typeof p.metadata === 'object') m.metadata = p.metadata as FakeMessage['metadata'];
        if (typeof p.thread_ts === 'string') m.thread_ts = p.thread_ts;
        this.messages.push(m);
        return { ok: true, channel, ts: m.ts, message: m };
      }
      case 'chat.update': {
        const m = this.messages.find((x) => x.channel === p.channel && x.ts === p.ts);
        if (!m) return { ok: false, error: 'message_not_found' };
        if (typeof p.text === 'string') m.text = p.text;
        if (Array.isArray(p.blocks)) m.blocks = p.blocks;
        return { ok: true, channel: m.channel, ts: m.ts };
      }
      case 'conversations.join':
        this.outsideChannels.delete(String(p.channel));
        return { ok: true, channel: { id: p.channel } };
      case 'conversations.history':
        return this.history(p);
      case 'users.info': {
        const user = this.users.get(String(p.user));
        return user ? { ok: true, user } : { ok: false, error: 'user_not_found' };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private history(p: Record<string, unknown>): Record<string, unknown> {
    const channel = String(p.channel ?? '');
    if (this.outsideChannels.has(channel)) return { ok: false, error: 'not_in_channel' };
    const oldest = Number(p.oldest ?? 0);
    const withMeta = p.include_all_metadata === true || p.include_all_metadata === 'true';
    const limit = Math.max(1, Math.min(Number(p.limit ?? 100), 1000));
    const start = Number(p.cursor ?? 0);
    const all = this.messagesIn(channel)
      .filter((m) => Number(m.ts) >= oldest)
      .sort((a, b) => Number(b.ts) - Number(a.ts));
    const page = all.slice(start, start + limit).map((m) => {
      const { metadata, channel: _c, ...rest } = m;
      return withMeta && metadata ? { type: 'message', ...rest, metadata } : { type: 'message', ...rest };
    });
    const more = start + limit < all.length;
    return { ok: true, messages: page, has_more: more, response_metadata: { next_cursor: more ? String(start + limit) : '' } };
  }
}

/** Form bodies as the WebClient sends them (objects JSON-encoded in fields), or JSON (response_url). */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? tryJson(v) : v === 'true' ? true : v === 'false' ? false : v;
  }
  return out;
}

function tryJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}
