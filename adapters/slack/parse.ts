import type { ChannelId, ChatInput } from '../../src/core/input.js';
import { slackToPlain } from './escape.js';

/**
 * Slack payloads -> core ChatInput. Only the fields used are typed, so fixtures of real payloads replay as they are;
 * the whole payload rides along as `raw` for debugging.
 */

export const PLATFORM = 'slack';

export function channelId(team: string, channel: string): ChannelId {
  return `slack:${team}:${channel}`;
}

export class SlackChannelError extends Error {
  constructor(channel: string) {
    super(`not a Slack channel id: ${JSON.stringify(channel)} (expected slack:<team>:<channel>)`);
    this.name = 'SlackChannelError';
  }
}

/** `slack:<team>:<channel>` -> its parts; throws SlackChannelError for anything else. */
export function parseChannelId(id: ChannelId): { team: string; channel: string } {
  const m = /^slack:([^:]+):([^:]+)$/.exec(id);
  if (!m || m[1] === undefined || m[2] === undefined) throw new SlackChannelError(id);
  return { team: m[1], channel: m[2] };
}

/** Who is asking; `canManage` is resolved by the adapter (users.info or the allow-list). */
export interface Asker {
  id: string;
  name?: string;
  canManage: boolean;
}

export interface SlashCommandPayload {
  command: string;
  text: string;
  team_id: string;
  channel_id: string;
  user_id: string;
  user_name?: string;
}

export function parseSlashCommand(body: SlashCommandPayload, user: Asker): ChatInput {
  const args = slackToPlain(body.text ?? '').trim();
  return {
    platform: PLATFORM,
    channel: channelId(body.team_id, body.channel_id),
    user,
    text: args === '' ? body.command : `${body.command} ${args}`,
    raw: body,
  };
}

export interface MentionEvent {
  type: string;
  text: string;
  user?: string;
  bot_id?: string;
  channel: string;
  team?: string;
  ts: string;
  thread_ts?: string;
}

/** Removes the bot's own mention(s) (`<@UBOT>` or `<@UBOT|name>`) wherever they are, then normalises the text. */
export function stripMention(text: string, botUserId: string): string {
  const own = new RegExp(`<@${botUserId.replace(/[^A-Za-z0-9]/g, '')}(?:\\|[^>]*)?>`, 'g');
  return slackToPlain(text.replace(own, ' ')).replace(/\s+/g, ' ').trim();
}

export function parseMention(event: MentionEvent, team: string, botUserId: string, user: Asker): ChatInput {
  return {
    platform: PLATFORM,
    channel: channelId(event.team ?? team, event.channel),
    user,
    text: stripMention(event.text, botUserId),
    raw: event,
  };
}

/** A mention the bot must not answer: its own posts and any other bot's (bolt-js ignores only its own). */
export function isFromBot(event: Pick<MentionEvent, 'bot_id' | 'user'> & { subtype?: string }, botUserId: string): boolean {
  return event.bot_id !== undefined || event.subtype === 'bot_message' || event.user === botUserId;
}

export interface ButtonClickPayload {
  team?: { id: string } | null;
  user: { id: string; username?: string; name?: string; team_id?: string };
  channel?: { id: string };
  actions: { action_id: string; value?: string }[];
}

/** A follow-up button click -> the command the button carries, typed by the user who clicked. */
export function parseButtonClick(body: ButtonClickPayload, value: string, user: Asker): ChatInput | undefined {
  const team = body.team?.id ?? body.user.team_id;
  const channel = body.channel?.id;
  if (team === undefined || channel === undefined) return undefined;
  return { platform: PLATFORM, channel: channelId(team, channel), user, text: value.trim(), raw: body };
}
