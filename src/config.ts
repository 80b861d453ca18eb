import { z } from 'zod';

/**
 * Typed configuration, parsed once at start from the environment (`.env` supported) and command-line flags.
 * Every problem is reported with the key that caused it, all at once, so a user fixes their `.env` in one pass.
 */

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId?: string;
}

export interface SlackConfig {
  botToken: string;
  mode: 'socket' | 'http';
  signingSecret?: string;
  appToken?: string;
  port: number;
  adminUserIds: string[];
}

export interface Config {
  contentDir: string;
  dataDir: string;
  logLevel: string;
  /** IANA zone used when a digest subscription names none. */
  defaultTimezone: string;
  /** Reload the corpus when files under contentDir change. */
  watch: boolean;
  discord?: DiscordConfig;
  slack?: SlackConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(blankToUndefined, z.string().trim().optional());

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const EnvSchema = z.object({
  SITREP_CONTENT_DIR: optionalString,
  SITREP_DATA_DIR: optionalString,
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  SITREP_TIMEZONE: z.preprocess(
    blankToUndefined,
    z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Brussels').default('UTC'),
  ),
  SITREP_WATCH: z.preprocess(blankToUndefined, z.enum(['true', 'false', '1', '0']).default('true')),
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: z.preprocess(blankToUndefined, z.string().regex(/^\d{5,25}$/, 'must be the numeric application id').optional()),
  DISCORD_GUILD_ID: z.preprocess(blankToUndefined, z.string().regex(/^\d{5,25}$/, 'must be a numeric guild id').optional()),
  SLACK_BOT_TOKEN: z.preprocess(blankToUndefined, z.string().startsWith('xoxb-', 'must start with xoxb-').optional()),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: z.preprocess(blankToUndefined, z.string().startsWith('xapp-', 'must start with xapp-').optional()),
  SLACK_MODE: z.preprocess(blankToUndefined, z.enum(['socket', 'http']).optional()),
  SLACK_PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  SLACK_ADMIN_USER_IDS: optionalString,
});

export interface CliFlags {
  content?: string;
  data?: string;
}

export function parseConfig(env: NodeJS.ProcessEnv, flags: CliFlags = {}): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    // Values are never echoed: a malformed key may hold a secret.
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];

  let discord: DiscordConfig | undefined;
  if (e.DISCORD_TOKEN) {
    if (!e.DISCORD_APPLICATION_ID) problems.push('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
    else discord = { token: e.DISCORD_TOKEN, applicationId: e.DISCORD_APPLICATION_ID, guildId: e.DISCORD_GUILD_ID };
  } else if (e.DISCORD_APPLICATION_ID || e.DISCORD_GUILD_ID) {
    problems.push('DISCORD_TOKEN: required when other DISCORD_* keys are set');
  }

  let slack: SlackConfig | undefined;
  if (e.SLACK_BOT_TOKEN) {
    const mode = e.SLACK_MODE ?? (e.SLACK_APP_TOKEN ? 'socket' : 'http');
    if (mode === 'socket' && !e.SLACK_APP_TOKEN) problems.push('SLACK_APP_TOKEN: required for SLACK_MODE=socket');
    if (!e.SLACK_SIGNING_SECRET && mode === 'http') problems.push('SLACK_SIGNING_SECRET: required for SLACK_MODE=http');
    slack = {
      botToken: e.SLACK_BOT_TOKEN,
      mode,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      port: e.SLACK_PORT,
      adminUserIds: (e.SLACK_ADMIN_USER_IDS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    };
  } else if (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) {
    problems.push('SLACK_BOT_TOKEN: required when other SLACK_* keys are set');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    contentDir: flags.content ?? e.SITREP_CONTENT_DIR ?? './content',
    dataDir: flags.data ?? e.SITREP_DATA_DIR ?? './data',
    logLevel: e.LOG_LEVEL,
    defaultTimezone: e.SITREP_TIMEZONE,
    watch: e.SITREP_WATCH === 'true' || e.SITREP_WATCH === '1',
    discord,
    slack,
  };
}
