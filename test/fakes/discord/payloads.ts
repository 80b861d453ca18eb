/**
 * Discord API payloads for the fake: one guild with one text channel, a bot, two people (one may manage the
 * channel) and another bot. Shapes follow the v10 API closely enough for the real discord.js to build its objects.
 */

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A snowflake carrying the current time, as Discord makes them (discord.js reads message times from ids). */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export interface FakeUser {
  id: string;
  username: string;
  bot: boolean;
  /** Member of the role with Manage Channels. */
  manager: boolean;
}

const P = {
  ManageChannels: 1n << 4n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  ReadMessageHistory: 1n << 16n,
  UseApplicationCommands: 1n << 31n,
};
const EVERYONE = P.ViewChannel | P.SendMessages | P.EmbedLinks | P.ReadMessageHistory | P.UseApplicationCommands;

export interface World {
  applicationId: string;
  guildId: string;
  channelId: string;
  managerRoleId: string;
  botRoleId: string;
  bot: FakeUser;
  users: Record<string, FakeUser>;
}

export function makeWorld(): World {
  const user = (username: string, bot = false, manager = false): FakeUser => ({ id: snowflake(), username, bot, manager });
  const bot = user('sitrep', true);
  return {
    applicationId: bot.id,
    guildId: snowflake(),
    channelId: snowflake(),
    managerRoleId: snowflake(),
    botRoleId: snowflake(),
    bot,
    users: { alice: user('alice'), mona: user('mona', false, true), otherbot: user('otherbot', true) },
  };
}

export const userPayload = (u: FakeUser) => ({ id: u.id, username: u.username, discriminator: '0', global_name: null, avatar: null, bot: u.bot });

function rolesOf(w: World, u: FakeUser): string[] {
  if (u.id === w.bot.id) return [w.botRoleId];
  return u.manager ? [w.managerRoleId] : [];
}

export function permissionsOf(w: World, u: FakeUser): string {
  return (u.manager ? EVERYONE | P.ManageChannels : EVERYONE).toString();
}

const memberCore = (w: World, u: FakeUser) => ({
  roles: rolesOf(w, u),
  joined_at: '2020-01-01T00:00:00.000Z',
  deaf: false,
  mute: false,
  flags: 0,
  nick: null,
  avatar: null,
  premium_since: null,
  pending: false,
});

export const memberPayload = (w: World, u: FakeUser) => ({ user: userPayload(u), ...memberCore(w, u) });

export function channelPayload(w: World) {
  return { id: w.channelId, type: 0, guild_id: w.guildId, name: 'ops', position: 0, permission_overwrites: [], nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0, parent_id: null, flags: 0 };
}

const role = (id: string, name: string, permissions: bigint, position: number, tags?: Record<string, string>) => ({
  id,
  name,
  color: 0,
  colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
  hoist: false,
  icon: null,
  unicode_emoji: null,
  position,
  permissions: permissions.toString(),
  managed: tags !== undefined,
  mentionable: false,
  flags: 0,
  ...(tags ? { tags } : {}),
});

export function guildPayload(w: World) {
  const everyone = [w.bot, ...Object.values(w.users)];
  return {
    id: w.guildId,
    name: 'Newsroom',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: snowflake(),
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [role(w.guildId, '@everyone', EVERYONE, 0), role(w.managerRoleId, 'editors', EVERYONE | P.ManageChannels, 1), role(w.botRoleId, 'sitrep', EVERYONE, 2, { bot_id: w.bot.id })],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    joined_at: '2020-01-01T00:00:00.000Z',
    large: false,
    unavailable: false,
    member_count: everyone.length,
    voice_states: [],
    members: everyone.map((u) => memberPayload(w, u)),
    channels: [channelPayload(w)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export function readyPayload(w: World, sessionId: string, resumeUrl: string) {
  return {
    v: 10,
    user: { ...userPayload(w.bot), verified: true, mfa_enabled: false, flags: 0 },
    guilds: [{ id: w.guildId, unavailable: true }],
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard: [0, 1],
    application: { id: w.applicationId, flags: 0 },
  };
}

/** The fields every interaction shares. */
export function interactionBase(w: World, u: FakeUser, type: number, id: string, token: string) {
  return {
    id,
    application_id: w.applicationId,
    type,
    token,
    version: 1,
    guild_id: w.guildId,
    guild: { id: w.guildId, locale: 'en-US', features: [] },
    channel: channelPayload(w),
    channel_id: w.channelId,
    member: { ...memberPayload(w, u), permissions: permissionsOf(w, u) },
    app_permissions: EVERYONE.toString(),
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': w.guildId },
    context: 0,
    attachment_size_limit: 26214400,
  };
}

export function userMessagePayload(w: World, u: FakeUser, content: string, mentions: FakeUser[], mentionRoles: string[]) {
  return {
    id: snowflake(),
    channel_id: w.channelId,
    guild_id: w.guildId,
    author: userPayload(u),
    member: memberCore(w, u),
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: mentions.map((m) => ({ ...userPayload(m), member: memberCore(w, m) })),
    mention_roles: mentionRoles,
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}
