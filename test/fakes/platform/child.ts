/**
 * The scheduler as a separate process, for crash tests: one delivery pass at a simulated "now" against a store file
 * and the fake platform, then exit. The parent kills it with SIGKILL at random points and starts it again.
 *
 *   child --store <dir> --platform <url> --now <ISO> --library <specs.json> [--pace <ms>]
 *
 * Exit codes: 0 = every due slot is settled; 3 = a post failed after retries (run again); 1 = error.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createLogger } from '../../../src/core/logger.js';
import { DeliveryRunner } from '../../../src/scheduler/runner.js';
import { openFileStore } from '../../../src/store/file.js';
import { FakePlatformAdapter } from './http-adapter.js';
import { FakeLibrary, type ArticleSpec } from './library.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      store: { type: 'string' },
      platform: { type: 'string' },
      now: { type: 'string' },
      library: { type: 'string' },
      pace: { type: 'string', default: '0' },
    },
  });
  if (!values.store || !values.platform || !values.now || !values.library) throw new Error('usage: child --store --platform --now --library');
  const now = new Date(values.now);
  const clock = { now: () => now };
  const logger = createLogger(process.env.SOAK_LOG_LEVEL ?? 'error');
  const specs = JSON.parse(readFileSync(values.library, 'utf8')) as ArticleSpec[];
  const library = new FakeLibrary(specs.filter((s) => new Date(s.published) <= now));
  const store = await openFileStore({ dataDir: values.store, clock, logger });
  const runner = new DeliveryRunner({
    store,
    library: () => library,
    topics: () => [],
    selectArticles: (topic, lib) => lib.articles().filter((a) => a.id.startsWith(`${topic}-`)),
    adapters: [new FakePlatformAdapter(values.platform)],
    clock,
    logger,
    pacing: { intervalMs: { fake: Number(values.pace) } },
    retry: { attempts: 3, baseMs: 1, maxMs: 5 },
  });
  const report = await runner.runDue();
  await store.close();
  process.stdout.write(`${JSON.stringify(report)}\n`);
  return report.counts.failed > 0 ? 3 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
