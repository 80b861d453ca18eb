import type { App, types } from '@slack/bolt';
import type { ChannelId } from '../../src/core/input.js';
import type { SentRef } from '../../src/core/adapter.js';
import type { Logger } from '../../src/core/logger.js';
import type { SlackMessage } from './blocks.js';
import { SlackDeliveryError, describeError } from './errors.js';
import { parseChannelId } from './parse.js';
import { postResponse, type RetryPolicy } from './respond.js';

/** Metadata event type marking sitrep's scheduled deliveries; `wasSent` finds them again by key. */
export const DELIVERY_EVENT = 'sitrep_delivery';

/** A response_url accepts at most 5 answers; later pages go through chat.postMessage. */
const RESPONSE_URL_MAX = 5;

type WebClient = App['client'];

export interface DelivererOptions {
  fetchFn: typeof fetch;
  retry: RetryPolicy;
  botId: string;
  botUserId: string;
  teamId: string;
  logger: Logger;
}

interface DeliveryPayload {
  key?: unknown;
  part?: unknown;
  of?: unknown;
}

/**
 * Everything that leaves the bot: pages posted in order, each through the Web API client (whose retry policy
 * handles 429 Retry-After and 5xx) or a response_url (postResponse, same policy). A page that still fails stops
 * the rest and raises SlackDeliveryError naming what did go out.
 */
export class Deliverer {
  constructor(
    private readonly client: WebClient,
    private readonly o: DelivererOptions,
  ) {}

  private slackChannel(channel: ChannelId): string {
    const { team, channel: id } = parseChannelId(channel);
    if (team !== this.o.teamId) throw new SlackDeliveryError(`channel ${channel} is not in this workspace (${this.o.teamId})`, channel, []);
    return id;
  }

  /** chat.postMessage for every page; with a key, each page carries it in its metadata. */
  async post(channel: ChannelId, messages: SlackMessage[], idempotencyKey?: string, threadTs?: string): Promise<SentRef> {
    const id = this.slackChannel(channel);
    const ids: string[] = [];
    for (const [i, m] of messages.entries()) {
      const payload = idempotencyKey !== undefined ? { key: idempotencyKey, part: i + 1, of: messages.length } : undefined;
      try {
        ids.push(await this.postOne(id, m, payload, threadTs));
      } catch (err) {
        throw new SlackDeliveryError(`chat.postMessage failed for page ${i + 1} of ${messages.length}: ${describeError(err)}`, channel, ids, {
          cause: err,
        });
      }
    }
    return { ids };
  }

  private async postOne(channel: string, m: SlackMessage, payload: DeliveryPayload | undefined, threadTs?: string): Promise<string> {
    const args = {
      channel,
      text: m.text,
      // Our SlackBlock is a structural subset of Block Kit's KnownBlock; the SDK's union is wider than we produce.
      blocks: m.blocks as unknown as types.KnownBlock[],
      unfurl_links: false,
      unfurl_media: false,
      ...(threadTs !== undefined ? { thread_ts: threadTs } : {}),
      ...(payload !== undefined ? { metadata: { event_type: DELIVERY_EVENT, event_payload: payload as Record<string, string | number> } } : {}),
    };
    try {
      const res = await this.client.chat.postMessage(args);
      return res.ts ?? '';
    } catch (err) {
      if (slackErrorCode(err) !== 'not_in_channel') throw err;
      // Public channels can be joined (channels:join); then the post is retried once.
      this.o.logger.info({ channel }, 'not in channel; joining it to post');
      await this.client.conversations.join({ channel });
      const res = await this.client.chat.postMessage(args);
      return res.ts ?? '';
    }
  }

  /** Pages through a response_url (visible to the channel or only to the asker); pages past the fifth are posted. */
  async respond(url: string, channel: ChannelId, messages: SlackMessage[], responseType: 'in_channel' | 'ephemeral'): Promise<void> {
    const viaUrl = responseType === 'ephemeral' ? messages : messages.slice(0, RESPONSE_URL_MAX);
    for (const [i, m] of viaUrl.entries()) {
      try {
        await postResponse(this.o.fetchFn, url, { ...m, response_type: responseType, replace_original: false }, this.o.retry);
      } catch (err) {
        throw new SlackDeliveryError(`response_url failed for page ${i + 1} of ${messages.length}: ${describeError(err)}`, channel, [], { cause: err });
      }
    }
    const rest = messages.slice(viaUrl.length);
    if (rest.length > 0) await this.post(channel, rest);
  }

  /** Whether the last page of a delivery with this key is in the channel since `since` (conversations.history). */
  async wasSent(channel: ChannelId, key: string, since: Date): Promise<boolean> {
    const id = this.slackChannel(channel);
    let cursor: string | undefined;
    do {
      const res = await this.client.conversations.history({
        channel: id,
        oldest: (since.getTime() / 1000).toFixed(6),
        inclusive: true,
        include_all_metadata: true,
        limit: 200,
        ...(cursor ? { cursor } : {}),
      });
      for (const msg of res.messages ?? []) {
        const mine = msg.bot_id === this.o.botId || msg.user === this.o.botUserId;
        const meta = msg.metadata;
        if (!mine || meta?.event_type !== DELIVERY_EVENT) continue;
        const p = (meta.event_payload ?? {}) as DeliveryPayload;
        // A delivery counts once its last page is there (pages go out in order).
        if (p.key === key && (p.part === undefined || p.part === p.of)) return true;
      }
      cursor = res.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return false;
  }
}

function slackErrorCode(err: unknown): string | undefined {
  const e = (err as { data?: { error?: unknown } } | undefined)?.data?.error;
  return typeof e === 'string' ? e : undefined;
}
