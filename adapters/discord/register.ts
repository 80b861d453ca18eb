import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import type { CommandSpec } from '../../src/core/commands.js';
import type { Logger } from '../../src/core/logger.js';
import { slashCommands } from './commands.js';

/**
 * `npm run register:discord`: publishes the slash commands. With DISCORD_GUILD_ID they go to that guild only and
 * appear at once (use it while setting up); without, they are global and Discord may take up to an hour to show
 * them everywhere. Registration replaces the whole set (PUT), so removed commands disappear too.
 */

export interface RegisterOptions {
  rest: REST;
  applicationId: string;
  guildId?: string;
  commands: readonly CommandSpec[];
  logger: Logger;
}

export async function registerCommands(options: RegisterOptions): Promise<{ scope: 'guild' | 'global'; names: string[] }> {
  const body = slashCommands(options.commands);
  const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
  await options.rest.put(route, { body });
  const scope = options.guildId ? 'guild' : 'global';
  options.logger.info({ scope, guildId: options.guildId, commands: body.map((c) => c.name) }, 'discord slash commands registered');
  return { scope, names: body.map((c) => c.name) };
}

async function main(): Promise<number> {
  await import('dotenv/config');
  const { parseConfig, ConfigError } = await import('../../src/config.js');
  const { createLogger } = await import('../../src/core/logger.js');
  const logger = createLogger();
  let config;
  try {
    config = parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every key.\n`);
      return 2;
    }
    throw err;
  }
  if (!config.discord) {
    process.stderr.write('DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set to register slash commands.\n');
    return 2;
  }
  // The command list comes from the app itself, so what is registered is exactly what the bot answers.
  const { createApp } = await import('../../src/app.js');
  const app = await createApp({ config: { ...config, watch: false }, logger, withStore: true });
  try {
    const rest = new REST().setToken(config.discord.token);
    const { scope, names } = await registerCommands({
      rest,
      applicationId: config.discord.applicationId,
      ...(config.discord.guildId ? { guildId: config.discord.guildId } : {}),
      commands: app.commands,
      logger,
    });
    process.stdout.write(`Registered ${names.length} ${scope} commands: ${names.map((n) => `/${n}`).join(' ')}\n`);
    return 0;
  } catch (err) {
    logger.error({ err }, 'registering discord commands failed');
    process.stderr.write(`Registering failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    await app.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`register:discord failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
