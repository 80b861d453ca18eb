import type { AddressInfo } from 'node:net';
import { App, webApi } from '@slack/bolt';
import type { ChatAdapter, InputHandler, SendOptions, SentRef } from '../../src/core/adapter.js';
import type { CommandSpec } from '../../src/core/commands.js';
import type { SlackConfig } from '../../src/config.js';
import type { ChannelId, ChatInput } from '../../src/core/input.js';
import type { Logger } from '../../src/core/logger.js';
import type { Reply } from '../../src/core/reply.js';
import type { SlackMessage } from './blocks.js';
import { SlackDeliveryError, SlackStartError, describeError } from './errors.js';
import { boltLogger } from './logger.js';
import { isFromBot, parseButtonClick, parseChannelId, parseMention, parseSlashCommand, type MentionEvent } from './parse.js';
import { createManagerCheck, type Manager } from './permissions.js';
import { FOLLOW_UP_ACTION, renderReply } from './render.js';
import { postResponse, type RetryPolicy } from './respond.js';
import { Deliverer } from './deliver.js';
import { drain } from '../../src/core/drain.js';

export { renderReply } from './render.js';
export { SlackDeliveryError, SlackStartError } from './errors.js';

/** Web API client settings passed to Bolt's WebClient; `slackApiUrl` points tests at the fake Slack. */
export interface SlackClientOptions {
  slackApiUrl?: string;
  retryConfig?: RetryPolicy;
  fetch?: typeof fetch;
  /** Per-request timeout in ms (0 = none). */
  timeout?: number;
}

export interface SlackAdapterOptions {
  botToken: string;
  mode: 'socket' | 'http';
  /** Required in HTTP mode: every request is verified against it. */
  signingSecret?: string;
  /** Required in Socket Mode (xapp-...). */
  appToken?: string;
  /** HTTP mode listen port (0 = any free port; see `address`) and host. */
  port?: number;
  host?: string;
  /** Known ids of the bot, so Bolt never calls auth.test itself (start() still verifies the token once). */
  botId?: string;
  botUserId?: string;
  clientOptions?: SlackClientOptions;
  /** User ids that may manage subscriptions besides workspace admins and owners. */
  adminUserIds?: readonly string[];
  logger: Logger;
  commands: readonly CommandSpec[];
  /** Called with every reply that could not be delivered after the retries (also logged at error level). */
  onDeliveryError?: (error: SlackDeliveryError, input: ChatInput) => void;
  /** How long stop() waits for answers under way before returning anyway (ms, default 10 s). */
  stopTimeoutMs?: number;
}

/** Retries that outlast a short Slack hiccup without making a user wait minutes. */
export const DEFAULT_RETRY: RetryPolicy = { retries: 4, minTimeout: 500, maxTimeout: 8_000, factor: 2 };

const APOLOGY: Reply = {
  kind: 'error',
  title: 'Something went wrong',
  sections: [{ blocks: [{ type: 'text', text: { text: 'sitrep could not answer that. The problem was logged; please try again.', cites: [] } }] }],
  citations: [],
};

/** Slack replies start from the ack: ack first (Slack's 3 s limit), then run the core, then answer. */
export class SlackAdapter implements ChatAdapter {
  readonly platform = 'slack';
  private app: App | undefined;
  private deliverer: Deliverer | undefined;
  private bound: AddressInfo | undefined;
  private starting = false;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly seenEvents: string[] = [];
  private readonly log: Logger;

  constructor(private readonly options: SlackAdapterOptions) {
    this.log = options.logger.child({ component: 'slack' });
  }

  get mode(): 'socket' | 'http' {
    return this.options.mode;
  }

  /** Where the HTTP receiver listens (HTTP mode, after start). */
  get address(): { host: string; port: number } | undefined {
    return this.bound ? { host: this.bound.address, port: this.bound.port } : undefined;
  }

  async start(handler: InputHandler): Promise<void> {
    if (this.app || this.starting) throw new SlackStartError('Slack adapter already started');
    this.starting = true;
    try {
      await this.connect(handler);
    } finally {
      this.starting = false;
    }
  }

  private async connect(handler: InputHandler): Promise<void> {
    const o = this.options;
    if (o.mode === 'http' && !o.signingSecret) throw new SlackStartError('Slack HTTP mode needs a signing secret');
    if (o.mode === 'socket' && !o.appToken) throw new SlackStartError('Slack Socket Mode needs an app-level token (xapp-...)');
    const retryConfig = o.clientOptions?.retryConfig ?? DEFAULT_RETRY;
    const clientOptions = { ...o.clientOptions, retryConfig, logger: boltLogger(this.log.child({ component: 'slack-web' })) };

    // Verify the token before anything listens: a bad token must fail start, not the first reply.
    const probe = new webApi.WebClient(o.botToken, clientOptions);
    let auth: Awaited<ReturnType<typeof probe.auth.test>>;
    try {
      auth = await probe.auth.test();
    } catch (err) {
      throw new SlackStartError(`Slack auth.test failed: ${describeError(err)}`, { cause: err });
    }
    const botUserId = o.botUserId ?? auth.user_id;
    const botId = o.botId ?? auth.bot_id;
    if (!botUserId || !botId || !auth.team_id) throw new SlackStartError('Slack auth.test did not return the bot and team ids (is this a bot token?)');

    const app = new App({
      token: o.botToken,
      botId,
      botUserId,
      logger: boltLogger(this.log.child({ component: 'bolt' })),
      clientOptions,
      ...(o.mode === 'socket' ? { socketMode: true, appToken: o.appToken } : { signingSecret: o.signingSecret }),
    });
    const fetchFn = o.clientOptions?.fetch ?? globalThis.fetch;
    const managers = createManagerCheck({ api: app.client, adminUserIds: o.adminUserIds ?? [], logger: this.log });
    const deliverer = new Deliverer(app.client, { fetchFn, retry: retryConfig, botId, botUserId, teamId: auth.team_id, logger: this.log });
    this.register(app, handler, managers, deliverer, botUserId, auth.team_id);

    try {
      if (o.mode === 'http') {
        const server = await app.start({ port: o.port ?? 3000, host: o.host ?? '0.0.0.0' });
        const addr = server.address();
        if (addr !== null && typeof addr === 'object') this.bound = addr;
      } else {
        await app.start();
      }
    } catch (err) {
      throw new SlackStartError(`Slack ${o.mode} receiver failed to start: ${describeError(err)}`, { cause: err });
    }
    this.app = app;
    this.deliverer = deliverer;
    this.log.info({ mode: o.mode, team: auth.team_id, address: this.address }, 'Slack adapter started');
  }

  async stop(): Promise<void> {
    const app = this.app;
    this.app = undefined;
    this.deliverer = undefined;
    if (!app) return;
    await app.stop();
    this.bound = undefined;
    const { abandoned } = await drain(this.inFlight, this.options.stopTimeoutMs);
    if (abandoned > 0) this.log.warn({ abandoned }, 'slack stopping with answers still under way');
  }

  /** Resolves when every answer already under way has finished (delivered, or its failure logged). */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  async send(channel: ChannelId, reply: Reply, options: SendOptions = {}): Promise<SentRef> {
    return this.requireDeliverer().post(channel, renderReply(reply), options.idempotencyKey);
  }

  async wasSent(channel: ChannelId, idempotencyKey: string, since: Date): Promise<boolean> {
    return this.requireDeliverer().wasSent(channel, idempotencyKey, since);
  }

  private requireDeliverer(): Deliverer {
    if (!this.deliverer) throw new SlackDeliveryError('Slack adapter is not started', '', []);
    return this.deliverer;
  }

  private register(
    app: App,
    handler: InputHandler,
    managers: (userId: string) => Promise<Manager>,
    deliverer: Deliverer,
    botUserId: string,
    teamId: string,
  ): void {
    const asker = async (id: string, name?: string) => {
      const m = await managers(id);
      const display = name ?? m.name;
      return display !== undefined ? { id, name: display, canManage: m.canManage } : { id, canManage: m.canManage };
    };

    for (const spec of this.options.commands) {
      app.command(`/${spec.name}`, async ({ command, ack }) => {
        await ack();
        await this.track(async () => {
          const input = parseSlashCommand(command, await asker(command.user_id, command.user_name));
          await this.answer(handler, input, (messages, kind) =>
            deliverer.respond(command.response_url, input.channel, messages, kind === 'error' ? 'ephemeral' : 'in_channel'),
          );
        });
      });
    }

    app.event('app_mention', async ({ event, body }) => {
      const e = event as unknown as MentionEvent & { subtype?: string }; // Bolt's union type; only these fields are read
      if (isFromBot(e, botUserId) || e.user === undefined) return;
      const eventId = (body as { event_id?: string }).event_id;
      if (eventId !== undefined && this.seen(eventId)) return; // Slack redelivered an event already answered
      const user = e.user;
      await this.track(async () => {
        const input = parseMention(e, (body as { team_id?: string }).team_id ?? teamId, botUserId, await asker(user));
        await this.answer(handler, input, (messages) => deliverer.post(input.channel, messages, undefined, e.thread_ts).then(() => undefined));
      });
    });

    app.action({ type: 'block_actions', action_id: new RegExp(`^${FOLLOW_UP_ACTION}:`) }, async ({ ack, body, action }) => {
      await ack();
      const value = 'value' in action && typeof action.value === 'string' ? action.value : undefined;
      if (value === undefined) return;
      await this.track(async () => {
        const input = parseButtonClick(body, value, await asker(body.user.id, body.user.username ?? body.user.name));
        if (!input) {
          this.log.warn({ actionId: action.action_id }, 'button click without a channel; ignored');
          return;
        }
        const url = body.response_url;
        await this.answer(handler, input, (messages, kind) =>
          url !== undefined
            ? deliverer.respond(url, input.channel, messages, kind === 'error' ? 'ephemeral' : 'in_channel')
            : deliverer.post(input.channel, messages).then(() => undefined),
        );
      });
    });

    app.error(async (error) => {
      this.log.error({ err: describeError(error) }, 'Bolt reported an error');
    });
  }

  /** Core -> reply -> delivery, with every failure contained here: the user gets an apology, the log the details. */
  private async answer(handler: InputHandler, input: ChatInput, deliver: (messages: SlackMessage[], kind: Reply['kind']) => Promise<void>): Promise<void> {
    let reply: Reply;
    try {
      reply = await handler(input);
    } catch (err) {
      this.log.error({ err: describeError(err), channel: input.channel, user: input.user.id, text: input.text }, 'core handler failed');
      reply = APOLOGY;
    }
    let messages: SlackMessage[];
    try {
      messages = renderReply(reply);
    } catch (err) {
      this.log.error({ err: describeError(err), channel: input.channel, kind: reply.kind }, 'rendering a reply for Slack failed');
      reply = APOLOGY;
      messages = renderReply(APOLOGY);
    }
    try {
      await deliver(messages, reply.kind);
    } catch (err) {
      const error =
        err instanceof SlackDeliveryError ? err : new SlackDeliveryError(`delivering a reply failed: ${describeError(err)}`, input.channel, [], { cause: err });
      this.log.error({ err: describeError(error), channel: input.channel, user: input.user.id, text: input.text, sent: error.sentIds }, 'reply not delivered');
      this.options.onDeliveryError?.(error, input);
    }
  }

  private async track(work: () => Promise<void>): Promise<void> {
    const p = work().catch((err: unknown) => {
      this.log.error({ err: describeError(err) }, 'Slack input handling failed');
    });
    this.inFlight.add(p);
    try {
      await p;
    } finally {
      this.inFlight.delete(p);
    }
  }

  /** Remembers the last few hundred event ids; true if this one was seen before. */
  private seen(eventId: string): boolean {
    if (this.seenEvents.includes(eventId)) return true;
    this.seenEvents.push(eventId);
    if (this.seenEvents.length > 500) this.seenEvents.shift();
    return false;
  }
}

/** Wiring for src/main.ts: config as parsed by src/config.ts. */
export function createSlackAdapter(args: { config: SlackConfig; commands: readonly CommandSpec[]; logger: Logger }): SlackAdapter {
  const { config } = args;
  return new SlackAdapter({
    botToken: config.botToken,
    mode: config.mode,
    signingSecret: config.signingSecret,
    appToken: config.appToken,
    port: config.port,
    adminUserIds: config.adminUserIds,
    logger: args.logger,
    commands: args.commands,
  });
}
