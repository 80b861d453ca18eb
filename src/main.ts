import 'dotenv/config';
import type { App } from './app.js';
import { CLI_USAGE, CliUsageError, parseCliArgs, type CliArgs } from './cli/args.js';
import { allowPrivateFromEnv } from './corpus/ingest/address.js';
import { createHttpFetch } from './corpus/ingest/http.js';

import { ConfigError, parseConfig, type Config } from './config.js';
import type { ChatAdapter } from './core/adapter.js';
import { createLogger, type Logger } from './core/logger.js';
import { CorpusDirError } from './corpus/errors.js';
import type { FetchLike } from './corpus/ingest/fetch.js';
import { TopicsFileError } from './briefing/topics.js';

/**
 * Entry point: `sitrep [flags] ["<command>"]` or `sitrep ingest <url>... [--feed <url>]...`. Exit codes: 0 ok,
 * 1 runtime failure (failed login, corrupt store, an item that could not be ingested), 2 usage or configuration error.
 */
async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  let config: Config;
  let allowPrivate: boolean;
  try {
    args = parseCliArgs(argv);
    if (args.help) {
      process.stdout.write(`${CLI_USAGE}\n`);
      return 0;
    }
    config = parseConfig(process.env, { content: args.content, data: args.data });
    allowPrivate = ingestAllowPrivate(process.env);
  } catch (err) {
    if (err instanceof CliUsageError) {
      process.stderr.write(`${err.message}\n\n${CLI_USAGE}\n`);
      return 2;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every key.\n`);
      return 2;
    }
    throw err;
  }
  // In the terminal (one-shot or console chat) info logs would interleave with the conversation: only warnings and
  // worse reach stderr there unless LOG_LEVEL asks for more.
  const inTerminal = args.command !== undefined || args.ingest !== undefined || (!config.discord && !config.slack);
  const logger = createLogger(inTerminal && !process.env.LOG_LEVEL ? 'warn' : config.logLevel);
  const ingestFetch = createHttpFetch({ allowPrivate });

  if (args.ingest) {
    // Only files are written: no analysis, no store, so this runs alongside a serving sitrep (whose watch picks
    // the new articles up).
    const { ingestCli } = await import('./cli/ingest.js');
    const out = await ingestCli(args.ingest, { contentDir: config.contentDir, fetch: ingestFetch, now: () => new Date(), logger, json: args.json });
    process.stdout.write(out.stdout);
    process.stderr.write(out.stderr);
    return out.exitCode;
  }

  if (args.command) {
    const needsStore = /^\/(digest|status)\b/i.test(args.command);
    const { createApp } = await import('./app.js');
    const app = await createApp({ config: { ...config, watch: false }, logger, withStore: needsStore, ingest: { fetch: ingestFetch } });
    try {
      const { runOnce } = await import('../adapters/console/once.js');
      const out = await runOnce(app, args.command, { json: args.json, width: process.stdout.columns });
      process.stdout.write(out.text);
      return out.exitCode;
    } finally {
      await app.close();
    }
  }
  return serve(config, logger, ingestFetch);
}

/** SITREP_INGEST_ALLOW_PRIVATE, with a bad value reported like every other configuration problem. */
function ingestAllowPrivate(env: NodeJS.ProcessEnv): boolean {
  try {
    return allowPrivateFromEnv(env.SITREP_INGEST_ALLOW_PRIVATE);
  } catch (err) {
    throw new ConfigError([(err as Error).message]);
  }
}

async function serve(config: Config, logger: Logger, ingestFetch: FetchLike): Promise<number> {
  // Loaded here, not at the top: `sitrep ingest` and usage errors never pay for the analysis stack.
  const { createApp } = await import('./app.js');
  const app = await createApp({ config, logger, withStore: true, ingest: { fetch: ingestFetch } });
  const adapters: ChatAdapter[] = [];
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    for (const a of adapters) await a.stop().catch((err: unknown) => logger.error({ err, platform: a.platform }, 'adapter stop failed'));
    await app.close();
  };
  process.once('SIGINT', () => void shutdown('SIGINT').then(() => process.exit(0)));
  process.once('SIGTERM', () => void shutdown('SIGTERM').then(() => process.exit(0)));

  try {
    adapters.push(...(await platformAdapters(config, app, logger)));
    if (adapters.length === 0) {
      const { ConsoleAdapter } = await import('../adapters/console/index.js');
      const console = new ConsoleAdapter({ input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true });
      adapters.push(console);
      await console.start(app.handle);
      await app.serve(adapters);
      await console.done();
      await shutdown('end of input');
      return 0;
    }
    for (const adapter of adapters) await adapter.start(app.handle);
    await app.serve(adapters);
    logger.info({ platforms: adapters.map((a) => a.platform), articles: app.library.articles().length }, 'sitrep is serving');
    return await new Promise<number>(() => undefined);
  } catch (err) {
    logger.fatal({ err }, 'sitrep could not start');
    await shutdown('start failure');
    return 1;
  }
}

/** Adapters are imported only when configured, so the console path never loads discord.js or Bolt. */
async function platformAdapters(config: Config, app: App, logger: Logger): Promise<ChatAdapter[]> {
  const out: ChatAdapter[] = [];
  if (config.discord) {
    const { createDiscordAdapter } = await import('../adapters/discord/index.js');
    out.push(createDiscordAdapter({ config: config.discord, commands: app.commands, topics: app.topics, logger }));
  }
  if (config.slack) {
    const { createSlackAdapter } = await import('../adapters/slack/index.js');
    out.push(createSlackAdapter({ config: config.slack, commands: app.commands, logger }));
  }
  return out;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A missing corpus folder or a broken topics.yml is the user's to fix: say what, without a stack trace.
    if (err instanceof CorpusDirError || err instanceof TopicsFileError) {
      process.stderr.write(`sitrep: ${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`sitrep failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
