import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway } from './gateway.js';
import type { MessageBody } from './limits.js';
import { interactionBase, makeWorld, snowflake, userMessagePayload, userPayload, type FakeUser, type World } from './payloads.js';
import { FakeRest, type Failure, type InteractionState, type RecordedRequest, type StoredMessage } from './rest.js';

export type { Failure, InteractionState, RecordedRequest, StoredMessage };

/**
 * A fake Discord on 127.0.0.1 that the real discord.js Client logs into: REST under /api/v10 and a WebSocket
 * gateway. Tests talk to it like people in a channel (`slash`, `mention`, `click`) and read what the bot sent.
 * Point the client at it with `rest: { api: fake.api }`; the token must be `fake.token` (another one gets 401).
 */
export class FakeDiscord {
  readonly world: World = makeWorld();
  readonly token = 'fake-bot-token';
  readonly rest: FakeRest;
  readonly gateway: FakeGateway;
  private readonly server: Server;
  private port = 0;

  private constructor() {
    const wsUrl = () => `ws://127.0.0.1:${this.port}/gateway`;
    this.rest = new FakeRest(this.world, this.token, wsUrl);
    this.gateway = new FakeGateway(this.world, this.token, wsUrl);
    this.server = createServer((req, res) => {
      void this.rest.handle(req, res);
    });
    this.gateway.attach(this.server);
  }

  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get requests(): RecordedRequest[] {
    return this.rest.requests;
  }

  get channel(): string {
    return `discord:${this.world.guildId}:${this.world.channelId}`;
  }

  /** A person or bot by name; "sitrep" is the bot itself. */
  user(name: string): FakeUser {
    const u = name === this.world.bot.username ? this.world.bot : this.world.users[name];
    if (!u) throw new Error(`fake Discord has no user ${name}`);
    return u;
  }

  /** Makes the next `count` matching requests fail (see Failure). */
  failNext(count: number, failure: Failure, match?: (method: string, path: string) => boolean): void {
    this.rest.failNext(count, failure, match);
  }

  private newInteraction(): InteractionState {
    const state: InteractionState = { id: snowflake(), token: `itoken-${snowflake()}`, callbacks: [], followUps: [] };
    this.rest.interactions.set(state.token, state);
    return state;
  }

  /** A user runs a slash command: `await discord.slash('brief', { topic: 'iraq-mission' })`. */
  slash(name: string, options: Record<string, string> = {}, as = 'alice'): InteractionState {
    const state = this.newInteraction();
    const data = { id: snowflake(), name, type: 1, guild_id: this.world.guildId, options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })) };
    this.gateway.dispatch('INTERACTION_CREATE', { ...interactionBase(this.world, this.user(as), 2, state.id, state.token), data });
    return state;
  }

  /** A user types in an autocompleted option; resolves with the choices the bot offered. */
  async autocomplete(name: string, option: string, typed: string, as = 'alice'): Promise<{ name: string; value: string }[]> {
    const state = this.newInteraction();
    const data = { id: snowflake(), name, type: 1, guild_id: this.world.guildId, options: [{ name: option, type: 3, value: typed, focused: true }] };
    this.gateway.dispatch('INTERACTION_CREATE', { ...interactionBase(this.world, this.user(as), 4, state.id, state.token), data });
    const cb = await this.waitFor(() => state.callbacks[0]);
    return (cb.data as { choices: { name: string; value: string }[] }).choices;
  }

  /** A user clicks a button on a message the bot sent. */
  click(message: StoredMessage, customId: string, as = 'alice'): InteractionState {
    const state = this.newInteraction();
    this.gateway.dispatch('INTERACTION_CREATE', {
      ...interactionBase(this.world, this.user(as), 3, state.id, state.token),
      data: { custom_id: customId, component_type: 2 },
      message: this.rest.messageObject(message),
    });
    return state;
  }

  /** A user posts in the channel; `<@id>` in the text become mentions as Discord would resolve them. */
  say(content: string, as = 'alice'): string {
    const everyone = [this.world.bot, ...Object.values(this.world.users)];
    const mentioned = everyone.filter((u) => content.includes(`<@${u.id}>`) || content.includes(`<@!${u.id}>`));
    const roles = [this.world.botRoleId, this.world.managerRoleId].filter((r) => content.includes(`<@&${r}>`));
    const author = this.user(as);
    const payload = userMessagePayload(this.world, author, content, mentioned, roles);
    this.rest.messages.push({ id: payload.id, channel_id: this.world.channelId, author: userPayload(author), body: { content }, timestamp: payload.timestamp });
    this.gateway.dispatch('MESSAGE_CREATE', payload);
    return payload.id;
  }

  /** "@sitrep <text>" in the channel. */
  mention(text: string, as = 'alice'): string {
    return this.say(`<@${this.world.bot.id}> ${text}`, as);
  }

  /** Every message body the bot sent or edited (channel posts, interaction replies, edits, follow-ups). */
  sentBodies(): MessageBody[] {
    return this.requests.flatMap((r) => {
      const body = r.body as (MessageBody & { type?: number; data?: MessageBody }) | undefined;
      if (body === undefined || r.method === 'GET' || r.method === 'PUT') return [];
      if (/\/callback$/.test(r.path)) return body.type === 4 || body.type === 7 ? [body.data ?? {}] : [];
      return [body];
    });
  }

  /** The bot's messages in the channel, oldest first, as currently stored. */
  botMessages(): StoredMessage[] {
    return this.rest.messages.filter((m) => m.author.id === this.world.bot.id && (m.body.embeds !== undefined || m.body.content !== undefined));
  }

  /**
   * Resolves with `probe()` once it is defined, re-checking after every request the fake answers. The timeout is
   * a safety net against a hung test, not a speed assertion.
   */
  waitFor<T>(probe: () => T | undefined, timeoutMs = 5000): Promise<T> {
    const now = probe();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value === undefined) return;
        clearTimeout(timer);
        this.rest.off('request', check);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.rest.off('request', check);
        reject(new Error('fake Discord: condition not met before the safety timeout'));
      }, timeoutMs);
      this.rest.on('request', check);
    });
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
