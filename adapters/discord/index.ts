import { createHash } from 'node:crypto';
import {
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  type SendableChannels,
} from 'discord.js';
import type { ChatAdapter, InputHandler, SendOptions, SentRef } from '../../src/core/adapter.js';
import type { CommandSpec } from '../../src/core/commands.js';
import type { DiscordConfig } from '../../src/config.js';
import type { ChannelId, ChatInput } from '../../src/core/input.js';
import type { Logger } from '../../src/core/logger.js';
import { drain } from '../../src/core/drain.js';
import { errorReply, type Reply } from '../../src/core/reply.js';
import { commandOfButton } from './buttons.js';
import { topicChoices, type TopicChoice } from './commands.js';
import { DISCORD_LIMITS } from './limits.js';
import { inputFromButton, inputFromCommand, inputFromMention, parseChannelId, PLATFORM } from './parse.js';
import { renderReply, type DiscordMessage } from './render.js';
import { findDelivery } from './delivered.js';
import { DiscordDeliveryError, DiscordLoginError } from './errors.js';

export { DiscordDeliveryError, DiscordLoginError };

export type { TopicChoice };

/** Nothing the bot posts may ping anyone: article text can hold "@everyone" and user text "<@id>". */
const NO_PINGS = { parse: [] as [] };
/** Discord error code for an interaction already acknowledged: our own earlier attempt landed before its 5xx. */
const ALREADY_ACKNOWLEDGED = 40060;
/** Keys go into footers (2,048 chars) with the page marker; digest keys are far shorter. */
const MAX_KEY = 200;

export interface DiscordAdapterOptions {
  token: string;
  applicationId: string;
  logger: Logger;
  commands: readonly CommandSpec[];
  /** Topics offered by /brief autocomplete. */
  topics?: () => readonly TopicChoice[];
  /** discord.js REST settings; `api` points it at a fake Discord in tests. `retries` counts 5xx/network retries. */
  rest?: { api?: string; retries?: number; timeout?: number; offset?: number; globalRequestsPerSecond?: number };
  /** How long to wait for the guilds READY announces (ms). */
  waitGuildTimeout?: number;
  observer?: DiscordObserver;
  /** How long stop() waits for answers under way before disconnecting anyway (ms, default 10 s). */
  stopTimeoutMs?: number;
}

export type InputKind = 'command' | 'button' | 'mention';

export interface AnsweredEvent {
  kind: InputKind;
  /** Interaction or message id that asked. */
  id: string;
  channel: ChannelId;
  /** Ids of the messages that carry the answer, in order. */
  messageIds: string[];
}

export interface FailedEvent {
  kind: InputKind;
  id: string;
  channel: ChannelId;
  stage: 'defer' | 'reply';
  error: DiscordDeliveryError;
}

/** Where answered and failed inputs are reported (metrics, tests); failures are logged either way. */
export interface DiscordObserver {
  answered?(event: AnsweredEvent): void;
  failed?(event: FailedEvent): void;
}

/** A nonce per page (Discord dedupes posts by nonce, so pages of one delivery must differ), within 25 chars. */
export function nonceFor(key: string, page: number): string {
  return createHash('sha256').update(`${key}#${page}`).digest('base64url').slice(0, DISCORD_LIMITS.nonce);
}

export class DiscordAdapter implements ChatAdapter {
  readonly platform = PLATFORM;
  private client: Client | undefined;
  private readonly log: Logger;
  private readonly specs: Map<string, CommandSpec>;
  private readonly inflight = new Set<Promise<void>>();

  constructor(private readonly options: DiscordAdapterOptions) {
    this.log = options.logger.child({ component: 'discord' });
    this.specs = new Map(options.commands.map((s) => [s.name, s]));
  }

  /** Logs in and resolves once the gateway is ready; rejects (and leaves nothing running) if login fails. */
  async start(handler: InputHandler): Promise<void> {
    if (this.client) throw new Error('Discord adapter already started');
    const { rest, waitGuildTimeout } = this.options;
    const client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
      allowedMentions: NO_PINGS,
      // discord.js then gives every channel post a nonce with enforce_nonce, so a retried post cannot land twice.
      enforceNonce: true,
      rest: { ...rest },
      ...(waitGuildTimeout !== undefined ? { waitGuildTimeout } : {}),
    });
    // Each event is answered on its own; the handlers contain their errors, and this catch makes sure a bug in
    // one is logged rather than an unhandled rejection that would take the whole process down.
    const track = (p: Promise<void>): void => {
      const settled = p.catch((err: unknown) => this.log.error({ err }, 'discord event handling failed')).finally(() => this.inflight.delete(settled));
      this.inflight.add(settled);
    };
    client.on(Events.InteractionCreate, (i) => track(this.onInteraction(i, handler)));
    client.on(Events.MessageCreate, (m) => track(this.onMessage(m, handler)));
    client.on(Events.Error, (err) => this.log.error({ err }, 'discord client error'));
    client.on(Events.ShardDisconnect, (event, shard) => this.log.warn({ code: event.code, shard }, 'discord gateway disconnected'));
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    try {
      await client.login(this.options.token);
      await ready;
    } catch (err) {
      await client.destroy();
      this.log.error({ err }, 'discord login failed');
      throw new DiscordLoginError(`Discord login failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    this.client = client;
    this.log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord connected');
  }

  /** Lets answers in progress finish (within `stopTimeoutMs`), then disconnects. */
  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    const { abandoned } = await drain(this.inflight, this.options.stopTimeoutMs);
    if (abandoned > 0) this.log.warn({ abandoned }, 'discord stopping with answers still under way');
    await client?.destroy();
  }

  async send(channel: ChannelId, reply: Reply, options: SendOptions = {}): Promise<SentRef> {
    const key = options.idempotencyKey;
    if (key !== undefined && (key.length === 0 || key.length > MAX_KEY)) throw new RangeError(`idempotency key must be 1-${MAX_KEY} chars`);
    const target = await this.sendable(channel);
    const messages = renderReply(reply, key !== undefined ? { idempotencyKey: key } : {});
    const ids: string[] = [];
    for (const [page, message] of messages.entries()) {
      const nonce = key !== undefined ? { nonce: nonceFor(key, page), enforceNonce: true } : {};
      try {
        ids.push((await target.send({ ...message, allowedMentions: NO_PINGS, ...nonce })).id);
      } catch (err) {
        const context = { channel, key, page: page + 1, pages: messages.length, posted: ids };
        this.log.error({ err, ...context }, 'discord post failed');
        throw new DiscordDeliveryError(`posting message ${page + 1} of ${messages.length} to ${channel} failed`, context, { cause: err });
      }
    }
    return { ids };
  }

  /** Whether the whole delivery with this key (its last message) was posted by us in the channel since `since`. */
  async wasSent(channel: ChannelId, idempotencyKey: string, since: Date): Promise<boolean> {
    const target = await this.sendable(channel);
    const botId = this.requireClient().user?.id ?? '';
    return findDelivery(target, botId, idempotencyKey, since, this.log);
  }

  private requireClient(): Client {
    if (!this.client) throw new Error('Discord adapter is not started');
    return this.client;
  }

  private async sendable(channel: ChannelId): Promise<SendableChannels> {
    const ids = parseChannelId(channel);
    if (!ids) throw new DiscordDeliveryError(`not a Discord channel id: ${channel}`, { channel });
    const client = this.requireClient();
    let fetched;
    try {
      fetched = await client.channels.fetch(ids.channelId);
    } catch (err) {
      throw new DiscordDeliveryError(`cannot open ${channel}`, { channel }, { cause: err });
    }
    if (!fetched?.isSendable()) throw new DiscordDeliveryError(`cannot post in ${channel}`, { channel });
    return fetched;
  }

  /** The core's answer; the dispatcher contains command errors, so a throw here is a bug: log it, apologise. */
  private async answer(handler: InputHandler, input: ChatInput, kind: InputKind, id: string): Promise<Reply> {
    try {
      return await handler(input);
    } catch (err) {
      this.log.error({ err, kind, id, channel: input.channel, text: input.text }, 'handler failed');
      return errorReply('Sorry', 'sitrep could not answer that. The problem has been logged.');
    }
  }

  private async onInteraction(i: Interaction, handler: InputHandler): Promise<void> {
    if (i.isAutocomplete()) return this.autocomplete(i);
    if (i.isChatInputCommand()) return this.respond(i, 'command', inputFromCommand(i, this.specs.get(i.commandName)), handler);
    if (i.isButton()) {
      const command = commandOfButton(i.customId);
      if (command !== undefined) return this.respond(i, 'button', inputFromButton(i, command), handler);
    }
  }

  private async autocomplete(i: AutocompleteInteraction): Promise<void> {
    const focused = i.options.getFocused(true);
    const spec = this.specs.get(i.commandName)?.options?.find((o) => o.name === focused.name);
    const choices = spec?.autocomplete === 'topic' ? topicChoices(String(focused.value), this.options.topics?.() ?? []) : [];
    try {
      await i.respond(choices);
    } catch (err) {
      // Autocomplete is best effort (the user can still type the slug); a failure is logged, not retried.
      this.log.warn({ err, command: i.commandName }, 'discord autocomplete failed');
    }
  }

  /** Defer (answers may take seconds), ask the core, then edit the deferred reply and follow up with extra pages. */
  private async respond(i: ChatInputCommandInteraction | ButtonInteraction, kind: InputKind, input: ChatInput, handler: InputHandler): Promise<void> {
    const where = { kind, id: i.id, channel: input.channel };
    try {
      await this.defer(i);
    } catch (err) {
      return this.fail(where, 'defer', err, input.text);
    }
    const messages = renderReply(await this.answer(handler, input, kind, i.id));
    const messageIds: string[] = [];
    try {
      for (const [n, message] of messages.entries()) {
        const payload = { ...message, allowedMentions: NO_PINGS };
        messageIds.push((n === 0 ? await i.editReply(payload) : await i.followUp(payload)).id);
      }
    } catch (err) {
      return this.fail(where, 'reply', err, input.text, messageIds);
    }
    this.options.observer?.answered?.({ ...where, messageIds });
  }

  private async defer(i: ChatInputCommandInteraction | ButtonInteraction): Promise<void> {
    try {
      await i.deferReply();
    } catch (err) {
      if (!(err instanceof DiscordAPIError && err.code === ALREADY_ACKNOWLEDGED)) throw err;
      // A retried defer whose first attempt reached Discord: the interaction is deferred, carry on.
      i.deferred = true;
    }
  }

  private async onMessage(m: Message, handler: InputHandler): Promise<void> {
    const botId = this.client?.user?.id;
    if (botId === undefined) return;
    const input = inputFromMention(m, botId);
    if (!input || !m.channel.isSendable()) return;
    const where = { kind: 'mention' as const, id: m.id, channel: input.channel };
    const messages = renderReply(await this.answer(handler, input, 'mention', m.id));
    const messageIds: string[] = [];
    try {
      for (const [n, message] of messages.entries()) {
        const first = n === 0;
        const payload = first
          ? { ...message, allowedMentions: { parse: [] as [], repliedUser: false }, reply: { messageReference: m.id, failIfNotExists: false } }
          : { ...message, allowedMentions: NO_PINGS };
        messageIds.push((await m.channel.send(payload)).id);
      }
    } catch (err) {
      return this.fail(where, 'reply', err, input.text, messageIds);
    }
    this.options.observer?.answered?.({ ...where, messageIds });
  }

  private fail(where: Omit<FailedEvent, 'stage' | 'error'>, stage: FailedEvent['stage'], err: unknown, text: string, posted: string[] = []): void {
    const context = { ...where, stage, text, posted };
    this.log.error({ err, ...context }, 'discord answer failed');
    const error = new DiscordDeliveryError(`answering ${where.kind} ${where.id} in ${where.channel} failed at ${stage}`, context, { cause: err });
    this.options.observer?.failed?.({ ...where, stage, error });
  }
}

export type { DiscordMessage };

/** The production wiring used by src/main.ts: real Discord, default REST retries (3 for 5xx and network errors). */
export function createDiscordAdapter(deps: {
  config: DiscordConfig;
  commands: readonly CommandSpec[];
  topics?: () => readonly TopicChoice[];
  logger: Logger;
}): DiscordAdapter {
  return new DiscordAdapter({
    token: deps.config.token,
    applicationId: deps.config.applicationId,
    commands: deps.commands,
    logger: deps.logger,
    ...(deps.topics ? { topics: deps.topics } : {}),
  });
}
