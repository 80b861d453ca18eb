import { join } from 'node:path';
import { AnalysisCache } from './analysis/cache.js';
import { EntityRegistry } from './analysis/entities/registry.js';
import { canonicalizeSpeakers } from './analysis/quotes/canonicalize.js';
import { summarize } from './briefing/summarize/index.js';
import { briefingCommands, type BriefingDeps } from './briefing/commands/index.js';
import { engineFor } from './briefing/engine.js';
import { parseTopics, readTopicsFile, selectArticles, TopicsFileError, type Topic } from './briefing/topics.js';
import type { ChatAdapter, InputHandler } from './core/adapter.js';
import { systemClock, type Clock, type CommandSpec } from './core/commands.js';
import { createDispatcher } from './core/dispatch.js';
import type { Logger } from './core/logger.js';
import type { Config } from './config.js';
import { ingestCommand } from './corpus/ingest/command.js';
import type { FetchLike } from './corpus/ingest/fetch.js';
import { createHttpFetch } from './corpus/ingest/http.js';
import { watchCorpus, watchFileIn, type CorpusWatcher, type FileWatcher } from './corpus/watch.js';
import { createDigestCommands, storelessDigestCommands } from './digest/commands.js';
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
  /** What /ingest fetches with. Default: createHttpFetch with private addresses refused. */
  ingest?: { fetch?: FetchLike };
  /** Quiet time before a changed topics.yml is re-read (default 250 ms, as for articles). */
  watchDebounceMs?: number;
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

  const topicsPath = join(config.contentDir, 'topics.yml');
  let topicsText = await readTopicsFile(topicsPath);
  let topics: Topic[] = topicsText === undefined ? [] : parseTopics(topicsText, topicsPath);
  if (topicsText === undefined) logger.info({ contentDir: config.contentDir }, 'no topics.yml: /brief works on free text only');
  const topicList = () => topics;

  /** A changed topics.yml replaces the topics when valid; an invalid one is reported and the old topics stay. */
  async function reloadTopics(): Promise<void> {
    const text = await readTopicsFile(topicsPath);
    if (text === topicsText) return;
    let next: Topic[];
    try {
      next = text === undefined ? [] : parseTopics(text, topicsPath);
    } catch (err) {
      if (!(err instanceof TopicsFileError)) throw err;
      logger.warn({ path: topicsPath, reason: err.reason }, 'topics.yml is invalid; the previous topics stay in use');
      return;
    }
    topics = next;
    topicsText = text;
    // Memberships are recomputed now, not on the next command that happens to need them.
    engineFor(library, logger).setTopics(next);
    logger.info({ topics: next.map((t) => t.slug) }, text === undefined ? 'topics.yml removed: no topics' : 'topics.yml reloaded');
  }
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
  const commands: CommandSpec[] = [
    ...briefingCommands(briefingDeps),
    ingestCommand({
      contentDir: config.contentDir,
      fetch: options.ingest?.fetch ?? createHttpFetch({ allowPrivate: false }),
      refresh: (paths) => library.refresh(paths),
    }),
  ];
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
  } else {
    commands.push(...storelessDigestCommands());
  }
  const handle = createDispatcher(commands, { library, clock, logger });

  let watcher: CorpusWatcher | undefined;
  let topicsWatcher: FileWatcher | undefined;
  const watchOptions = { logger, ...(options.watchDebounceMs !== undefined ? { debounceMs: options.watchDebounceMs } : {}) };
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
            library.refresh([...change.changed, ...change.removed]).catch((err: unknown) => {
              logger.error({ err, change }, 'corpus refresh failed; the previous articles keep serving');
            });
          },
          watchOptions,
        );
        await watcher.ready;
        topicsWatcher = watchFileIn(
          config.contentDir,
          'topics.yml',
          () => {
            reloadTopics().catch((err: unknown) => logger.error({ err, path: topicsPath }, 'topics.yml reload failed; the previous topics stay in use'));
          },
          watchOptions,
        );
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
      topicsWatcher?.close();
      await scheduler?.stop();
      await store?.close();
    },
  };
}
