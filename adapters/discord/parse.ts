import {
  PermissionFlagsBits,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Message,
  type PermissionsBitField,
} from 'discord.js';
import type { CommandSpec } from '../../src/core/commands.js';
import type { ChannelId, ChatInput } from '../../src/core/input.js';

/**
 * Discord events -> core inputs. The core gets the text as a user would type it ("/brief iraq-mission" or a plain
 * question) and an opaque channel id; the raw discord.js object rides along for debugging only.
 */

export const PLATFORM = 'discord';
/** Guild part of the channel id for direct messages, which have no guild. */
const DM = 'dm';

export function channelIdOf(guildId: string | null, channelId: string): ChannelId {
  return `${PLATFORM}:${guildId ?? DM}:${channelId}`;
}

/** The Discord channel snowflake in one of our channel ids, or undefined if the id is not a Discord one. */
export function parseChannelId(id: ChannelId): { guildId: string | undefined; channelId: string } | undefined {
  const m = /^discord:(\d+|dm):(\d+)$/.exec(id);
  if (!m?.[1] || !m[2]) return undefined;
  return { guildId: m[1] === DM ? undefined : m[1], channelId: m[2] };
}

const MANAGE = PermissionFlagsBits.ManageChannels | PermissionFlagsBits.ManageGuild;

/** Manage Channels or Manage Guild (Administrator implies both in discord.js's `any`). */
export function canManage(permissions: Readonly<PermissionsBitField> | null | undefined): boolean {
  return permissions?.any(MANAGE) ?? false;
}

/** "/name v1 v2": option values in the order the spec declares them, then any the spec does not know. */
export function commandText(name: string, values: readonly unknown[]): string {
  const args = values.filter((v) => v !== undefined && v !== null && String(v).trim() !== '').map((v) => String(v).trim());
  return [`/${name}`, ...args].join(' ');
}

export function inputFromCommand(i: ChatInputCommandInteraction, spec: CommandSpec | undefined): ChatInput {
  const given = i.options.data;
  const declared = spec?.options?.map((o) => o.name) ?? [];
  const ordered = [...declared, ...given.map((o) => o.name).filter((n) => !declared.includes(n))];
  const values = ordered.map((name) => given.find((o) => o.name === name)?.value);
  return {
    platform: PLATFORM,
    channel: channelIdOf(i.guildId, i.channelId),
    user: { id: i.user.id, name: i.user.username, canManage: canManage(i.memberPermissions) },
    text: commandText(i.commandName, values),
    raw: i,
  };
}

export function inputFromButton(i: ButtonInteraction, command: string): ChatInput {
  return {
    platform: PLATFORM,
    channel: channelIdOf(i.guildId, i.channelId),
    user: { id: i.user.id, name: i.user.username, canManage: canManage(i.memberPermissions) },
    text: command,
    raw: i,
  };
}

/**
 * A channel message addressed to the bot ("@sitrep who said ...?") -> the question without the mention.
 * Undefined for messages not for us: from any bot (ourselves included) or webhook, system messages, and messages
 * that do not mention the bot (directly or through its managed role). An empty mention asks for /help.
 */
export function inputFromMention(m: Message, botId: string): ChatInput | undefined {
  if (m.author.bot || m.author.id === botId || m.webhookId !== null || m.system) return undefined;
  const botRoles = [...m.mentions.roles.values()].filter((r) => r.tags?.botId === botId).map((r) => r.id);
  const mentioned = m.mentions.users.has(botId) || botRoles.length > 0;
  if (!mentioned) return undefined;
  let text = m.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ');
  for (const role of botRoles) text = text.replaceAll(`<@&${role}>`, ' ');
  text = text.replace(/\s+/g, ' ').trim();
  const member = m.member;
  const permissions = member && m.channel.isTextBased() && !m.channel.isDMBased() ? m.channel.permissionsFor(member) : null;
  return {
    platform: PLATFORM,
    channel: channelIdOf(m.guildId, m.channelId),
    user: { id: m.author.id, name: m.author.username, canManage: canManage(permissions) },
    text: text === '' ? '/help' : text,
    raw: m,
  };
}
