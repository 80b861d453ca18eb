import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AnalysisCache } from './analysis/cache.js';
import { EntityRegistry } from './analysis/entities/registry.js';
import { canonicalizeSpeakers } from './analysis/quotes/canonicalize.js';
import { summarize } from './briefing/summarize/index.js';
import { briefingCommands, type BriefingDeps } from './briefing/commands/index.js';
import { loadTopics, selectArticles, type Topic } from './briefing/topics.js';
import type { ChatAdapter, InputHandler } from './core/adapter.js';
import { systemClock, type Clock, type CommandSpec } from './core/commands.js';
import { createDispatcher } from './core/dispatch.js';
import type { Logger } from './core/logger.js';
import type { Config } from './config.js';
import { watchCorpus, type CorpusWatcher } from './corpus/watch.js';
import { createDigestCommands } from './digest/commands.js';
import { CorpusLibrary } from './library/corpus-library.js';
import { createDigestScheduler, type CronFactory, type DeliveryRunner, type DigestScheduler } from './scheduler/index.js';
import { openFileStore, type Store } from './store/index.js';

/**
 * The platform-neutral application: corpus, analysis, briefing, store and digests, wired once. Adapters are given
 * to `serve`; nothing here knows which chat platforms exist.
 */
export interface App {
  library: CorpusLibrary;
  topics(): readonly Topic[];
  commands: CommandSpec[];
  handle: InputHandler;
  /** Starts digests (catch-up first) for the given adapters and, if configured, the folder watch. */
  serve(adapters: readonly ChatAdapter[]): Promise<void>;
  /** One delivery pass now, exactly what a cron tick runs (after serve). */
  runDueDigests(): Promise<void>;
  close(): Promise<void>;
}

export interface AppOptions {
  config: Config;
  logger: Logger;
  clock?: Clock;
  /** Open the store (subscriptions, ledger). One-shot commands that need no store skip it: it is a locked file. */
  withStore: boolean;
  /** Default: node-cron. Tests pass a manual trigger. */
  cron?: CronFactory;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { config, logger } = options;
  const clock = options.clock ?? systemClock;
  const cache = new AnalysisCache({ dir: join(config.dataDir, 'cache', 'analysis'), logger: logger.child({ component: 'analysis-cache' }) });
  const library = new CorpusLibrary({
    contentDir: config.contentDir,
    logger: logger.child({ component: 'library' }),
    analyze: (article) => cache.get(article),
    entities: new EntityRegistry(),
    canonicalizeSpeakers,
  });
  await library.loadAll();
  for (const e of library.loadErrors()) logger.warn({ path: e.path, reason: e.reason }, 'article skipped');

  const topics = await loadTopicsIfAny(config.contentDir, logger);
  const topicList = () => topics;
  const selectForDigest = (slug: string) => {
    const topic = topics.find((t) => t.slug === slug);
    return topic ? selectArticles(topic, library) : [];
  };

  const store: Store | undefined = options.withStore
    ? await openFileStore({ dataDir: config.dataDir, defaultTimezone: config.defaultTimezone, clock, logger })
    : undefined;

  let scheduler: DigestScheduler | undefined;
  let runner: DeliveryRunner | undefined;
  const briefingDeps: BriefingDeps = { topics: topicList, logger };
  const commands: CommandSpec[] = [...briefingCommands(briefingDeps)];
  if (store) {
    commands.push(
      ...createDigestCommands({
        store,
        topics: topicList,
        selectArticles: selectForDigest,
        defaultTimezone: config.defaultTimezone,
        summarize,
        onSubscriptionsChanged: async () => scheduler?.refresh(),
      }),
    );
  }
  const handle = createDispatcher(commands, { library, clock, logger });

  let watcher: CorpusWatcher | undefined;
  return {
    library,
    topics: topicList,
    commands,
    handle,
    async serve(adapters) {
      if (config.watch) {
        watcher = watchCorpus(
          config.contentDir,
          (change) => {
            // The watch reports article files only, so topics.yml is read once at start (a restart picks up edits).
            library.refresh([...change.changed, ...change.removed]).catch((err: unknown) => {
              logger.error({ err, change }, 'corpus refresh failed; the previous articles keep serving');
            });
          },
          { logger },
        );
        await watcher.ready;
      }
      if (store) {
        ({ scheduler, runner } = createDigestScheduler({
          store,
          library: () => library,
          topics: topicList,
          selectArticles: selectForDigest,
          adapters,
          clock,
          logger,
          summarize,
          ...(options.cron ? { cron: options.cron } : {}),
        }));
        await scheduler.start();
      }
    },
    async runDueDigests() {
      if (!runner) throw new Error('runDueDigests() needs serve() with a store first');
      await runner.runDue();
    },
    async close() {
      watcher?.close();
      await scheduler?.stop();
      await store?.close();
    },
  };
}

/** topics.yml is optional: a corpus handed over as a folder of articles still answers questions and /quotes. */
async function loadTopicsIfAny(contentDir: string, logger: Logger): Promise<Topic[]> {
  if (!existsSync(join(contentDir, 'topics.yml'))) {
    logger.info({ contentDir }, 'no topics.yml: /brief works on free text only');
    return [];
  }
  return loadTopics(contentDir);
}
