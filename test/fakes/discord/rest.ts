import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { messageViolations, type MessageBody } from './limits.js';
import { channelPayload, snowflake, userPayload, type World } from './payloads.js';

/** One HTTP request the bot made, as the fake received and answered it. */
export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, e.g. "/channels/123/messages". */
  path: string;
  query: URLSearchParams;
  body: unknown;
  status: number;
}

/**
 * A scripted failure: 429 with a retry-after (seconds), or a 5xx. `applied: true` makes the 5xx happen AFTER the
 * request took effect (the ambiguous failure a timeout or gateway error gives), to prove a retry lands only once.
 */
export type Failure = { status: 429; retryAfter: number } | { status: 500 | 502 | 503; applied?: boolean };

interface Scheduled {
  failure: Failure;
  remaining: number;
  match: (method: string, path: string) => boolean;
}

export interface StoredMessage {
  id: string;
  channel_id: string;
  author: ReturnType<typeof userPayload>;
  body: MessageBody;
  /** The interaction this message answers, for interaction responses. */
  interactionId?: string;
  timestamp: string;
}

export interface InteractionState {
  id: string;
  token: string;
  callbacks: { type: number; data?: unknown }[];
  original?: StoredMessage;
  followUps: StoredMessage[];
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const json = (status: number, body: unknown): Answer => ({ status, body });
const notFound = (what: string, code: number): Answer => json(404, { message: `Unknown ${what}`, code });

/** The REST half of the fake: routes the bot uses, message and interaction state, scripted failures. */
export class FakeRest extends EventEmitter {
  readonly requests: RecordedRequest[] = [];
  readonly messages: StoredMessage[] = [];
  readonly interactions = new Map<string, InteractionState>();
  commands: { scope: string; body: unknown }[] = [];
  private readonly failures: Scheduled[] = [];

  constructor(
    private readonly world: World,
    private readonly token: string,
    private readonly gatewayUrl: () => string,
  ) {
    super();
  }

  failNext(count: number, failure: Failure, match: (method: string, path: string) => boolean = () => true): void {
    this.failures.push({ failure, remaining: count, match });
  }

  messageObject(m: StoredMessage): Record<string, unknown> {
    return {
      id: m.id,
      channel_id: m.channel_id,
      guild_id: this.world.guildId,
      author: m.author,
      content: m.body.content ?? '',
      embeds: m.body.embeds ?? [],
      components: m.body.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: m.timestamp,
      edited_timestamp: null,
      flags: 0,
      type: m.interactionId ? 20 : 0,
      ...(m.interactionId ? { webhook_id: this.world.applicationId, application_id: this.world.applicationId } : {}),
    };
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const method = req.method ?? 'GET';
    const raw = await new Promise<string>((resolve) => {
      let data = '';
      req.on('data', (c: Buffer) => (data += c.toString('utf8')));
      req.on('end', () => resolve(data));
    });
    const body: unknown = raw === '' ? undefined : JSON.parse(raw);
    const scheduled = this.failures.find((f) => f.remaining > 0 && f.match(method, path));
    let answer: Answer;
    if (scheduled) scheduled.remaining -= 1;
    const failure = scheduled?.failure;
    if (failure?.status === 429) {
      const s = failure.retryAfter;
      answer = { status: 429, body: { message: 'You are being rate limited.', retry_after: s, global: false }, headers: { 'retry-after': String(s), 'x-ratelimit-scope': 'user' } };
    } else if (failure) {
      if (failure.applied) this.route(method, path, url.searchParams, body, req.headers.authorization);
      answer = json(failure.status, { message: 'Server error', code: 0 });
    } else {
      answer = this.route(method, path, url.searchParams, body, req.headers.authorization);
    }
    const recorded: RecordedRequest = { method, path, query: url.searchParams, body, status: answer.status };
    this.requests.push(recorded);
    res.writeHead(answer.status, { ...(answer.body === undefined ? {} : { 'content-type': 'application/json' }), ...answer.headers });
    res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
    this.emit('request', recorded);
  }

  private route(method: string, path: string, query: URLSearchParams, body: unknown, auth: string | undefined): Answer {
    const w = this.world;
    const authed = auth === `Bot ${this.token}`;
    let m: RegExpExecArray | null;
    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path)) && method === 'POST') return this.callback(m[1] ?? '', m[2] ?? '', body);
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path))) return this.webhook(method, m[2] ?? '', m[3] !== undefined, body);
    if (!authed) return json(401, { message: '401: Unauthorized', code: 0 });
    if (path === '/gateway/bot' && method === 'GET') {
      return json(200, { url: this.gatewayUrl(), shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path)) && method === 'PUT') {
      this.commands.push({ scope: m[2] ?? 'global', body });
      return json(200, (body as Record<string, unknown>[]).map((c) => ({ ...c, id: snowflake(), application_id: w.applicationId, version: snowflake() })));
    }
    if ((m = /^\/channels\/(\d+)(\/messages)?$/.exec(path))) {
      if (m[1] !== w.channelId) return notFound('Channel', 10003);
      if (m[2] === undefined && method === 'GET') return json(200, channelPayload(w));
      if (m[2] !== undefined && method === 'GET') return this.history(query);
      if (m[2] !== undefined && method === 'POST') return this.post(body as MessageBody);
    }
    return json(404, { message: `404: Not Found (${method} ${path})`, code: 0 });
  }

  private store(body: MessageBody, interactionId?: string): StoredMessage {
    const message: StoredMessage = { id: snowflake(), channel_id: this.world.channelId, author: userPayload(this.world.bot), body, timestamp: new Date().toISOString() };
    if (interactionId !== undefined) message.interactionId = interactionId;
    this.messages.push(message);
    return message;
  }

  private invalid(body: MessageBody): Answer | undefined {
    const problems = messageViolations(body);
    return problems.length > 0 ? json(400, { message: 'Invalid Form Body', code: 50035, errors: problems }) : undefined;
  }

  private post(body: MessageBody): Answer {
    const bad = this.invalid(body);
    if (bad) return bad;
    // Discord's dedupe: the same author posting the same nonce with enforce_nonce gets the first message back.
    const same = body.enforce_nonce ? this.messages.find((x) => x.body.nonce === body.nonce && x.interactionId === undefined) : undefined;
    return json(200, this.messageObject(same ?? this.store(body)));
  }

  private history(query: URLSearchParams): Answer {
    const limit = Math.min(Number(query.get('limit') ?? 50), 100);
    const before = query.get('before');
    const newestFirst = this.messages
      .filter((x) => x.body.embeds !== undefined || x.body.content !== undefined)
      .filter((x) => before === null || BigInt(x.id) < BigInt(before))
      .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
    return json(200, newestFirst.slice(0, limit).map((x) => this.messageObject(x)));
  }

  private callback(id: string, token: string, body: unknown): Answer {
    const state = this.interactions.get(token);
    if (!state || state.id !== id) return notFound('interaction', 10062);
    const cb = body as { type: number; data?: MessageBody };
    if (state.callbacks.length > 0) return json(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    if (cb.type === 4 || cb.type === 7) {
      const bad = this.invalid(cb.data ?? {});
      if (bad) return bad;
    }
    state.callbacks.push(cb);
    if (cb.type === 4 || cb.type === 5) state.original = this.store(cb.type === 4 ? (cb.data ?? {}) : {}, id);
    return { status: 204 };
  }

  private webhook(method: string, token: string, original: boolean, body: unknown): Answer {
    const state = this.interactions.get(token);
    if (!state) return notFound('Webhook', 10015);
    if (method === 'GET' && original && state.original) return json(200, this.messageObject(state.original));
    const bad = this.invalid(body as MessageBody);
    if (bad) return bad;
    if (method === 'PATCH' && original) {
      if (!state.original) return notFound('Message', 10008);
      state.original.body = { ...state.original.body, ...(body as MessageBody) };
      return json(200, this.messageObject(state.original));
    }
    if (method === 'POST' && !original) {
      if (state.callbacks.length === 0) return notFound('Webhook', 10015);
      const message = this.store(body as MessageBody, state.id);
      state.followUps.push(message);
      return json(200, this.messageObject(message));
    }
    return json(405, { message: '405: Method Not Allowed', code: 0 });
  }
}
