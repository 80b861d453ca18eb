import { createHmac } from 'node:crypto';
import type { FakeSlackApi } from './api.js';

/**
 * Plays Slack's side of slash commands, the Events API and interactivity. Over HTTP: correctly signed requests
 * (`v0=` + hex HMAC-SHA256 of `v0:<ts>:<raw body>`) in Slack's wire formats (slash commands and block_actions
 * form-encoded, `payload=` JSON for the latter; events as JSON). Over Socket Mode: the same payloads as envelopes
 * through the fake's WebSocket, the ack being the app's reply to the envelope.
 */

export type Transport = { kind: 'http'; endpoint: string; signingSecret: string } | { kind: 'socket' };

export interface Ack {
  status: number;
  body: string;
}

export interface Who {
  user?: string;
  userName?: string;
  channel?: string;
}

export interface SignOverride {
  /** Unix seconds to sign and send as x-slack-request-timestamp. */
  timestamp?: number;
  /** Header value to send instead of the correct signature. */
  signature?: string;
}

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export class FakeSlackClient {
  private events = 0;
  readonly defaults = { user: 'U0ANN', userName: 'ann', channel: 'C0OPS' };
  /** The response_url of the last slash command or click. */
  lastResponseUrl = '';

  constructor(
    private readonly api: FakeSlackApi,
    /** HTTP: the app's events endpoint, e.g. http://127.0.0.1:PORT/slack/events; or Socket Mode. */
    readonly transport: Transport,
  ) {}

  /** A raw signed POST to the HTTP receiver. */
  async post(body: string, contentType: string, override: SignOverride = {}): Promise<Ack> {
    if (this.transport.kind !== 'http') throw new Error('post() needs the HTTP transport');
    const ts = override.timestamp ?? Math.floor(Date.now() / 1000);
    const res = await fetch(this.transport.endpoint, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': override.signature ?? signature(this.transport.signingSecret, ts, body),
      },
      body,
    });
    return { status: res.status, body: await res.text() };
  }

  private async socket(type: string, payload: unknown): Promise<Ack> {
    return { status: 200, body: JSON.stringify(await this.api.envelope(type, payload)) };
  }

  /** `/brief iraq-mission` typed in a channel. */
  slash(command: string, text: string, who: Who = {}, override?: SignOverride): Promise<Ack> {
    this.lastResponseUrl = this.api.newResponseUrl();
    const form = new URLSearchParams({
      token: 'deprecated-verification-token',
      team_id: this.api.teamId,
      team_domain: 'fake',
      channel_id: who.channel ?? this.defaults.channel,
      channel_name: 'ops',
      user_id: who.user ?? this.defaults.user,
      user_name: who.userName ?? this.defaults.userName,
      command,
      text,
      api_app_id: 'A0APP',
      is_enterprise_install: 'false',
      response_url: this.lastResponseUrl,
      trigger_id: '1.2.3',
    });
    if (this.transport.kind === 'socket') return this.socket('slash_commands', Object.fromEntries(form));
    return this.post(form.toString(), 'application/x-www-form-urlencoded', override);
  }

  /** An event_callback wrapping `event`. */
  event(event: Record<string, unknown>, override?: SignOverride): Promise<Ack> {
    this.events += 1;
    const body = {
      token: 'deprecated-verification-token',
      team_id: this.api.teamId,
      api_app_id: 'A0APP',
      event,
      type: 'event_callback',
      event_id: `Ev${String(this.events).padStart(6, '0')}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: this.api.teamId, user_id: this.api.botUserId, is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false,
    };
    if (this.transport.kind === 'socket') return this.socket('events_api', body);
    return this.post(JSON.stringify(body), 'application/json', override);
  }

  /** `@sitrep <text>` from a person (or, with `bot`, from a bot). */
  mention(text: string, who: Who & { bot?: string; threadTs?: string } = {}): Promise<Ack> {
    const ts = `${Math.floor(Date.now() / 1000)}.${String(this.events + 1).padStart(6, '0')}`;
    const event: Record<string, unknown> = {
      type: 'app_mention',
      user: who.user ?? this.defaults.user,
      text: `<@${this.api.botUserId}> ${text}`,
      ts,
      channel: who.channel ?? this.defaults.channel,
      event_ts: ts,
      team: this.api.teamId,
    };
    if (who.bot !== undefined) event.bot_id = who.bot;
    if (who.threadTs !== undefined) event.thread_ts = who.threadTs;
    return this.event(event);
  }

  /** A click on a button of one of the bot's messages. */
  click(actionId: string, value: string, who: Who = {}): Promise<Ack> {
    this.lastResponseUrl = this.api.newResponseUrl();
    const channel = who.channel ?? this.defaults.channel;
    const payload = {
      type: 'block_actions',
      user: { id: who.user ?? this.defaults.user, username: who.userName ?? this.defaults.userName, team_id: this.api.teamId },
      api_app_id: 'A0APP',
      token: 'deprecated-verification-token',
      container: { type: 'message', message_ts: '1700000000.000100', channel_id: channel, is_ephemeral: false },
      trigger_id: '1.2.3',
      team: { id: this.api.teamId, domain: 'fake' },
      channel: { id: channel, name: 'ops' },
      message: { type: 'message', ts: '1700000000.000100', bot_id: this.api.botId, text: 'earlier reply' },
      response_url: this.lastResponseUrl,
      actions: [{ action_id: actionId, block_id: 'b1', text: { type: 'plain_text', text: 'label' }, value, type: 'button', action_ts: '1700000001.0' }],
    };
    if (this.transport.kind === 'socket') return this.socket('interactive', payload);
    return this.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
  }

  urlVerification(challenge: string, override?: SignOverride): Promise<Ack> {
    return this.post(JSON.stringify({ token: 'deprecated-verification-token', challenge, type: 'url_verification' }), 'application/json', override);
  }
}
