import type { Clock } from '../core/commands.js';
import type { Logger } from '../core/logger.js';
import type { Store, Subscription } from '../store/types.js';
import { jobKeys, type CronFactory, type CronHandle } from './cron.js';
import type { DeliveryRunner, PassReport } from './runner.js';
import { nextSlot } from './slots.js';

export interface SchedulerOptions {
  runner: DeliveryRunner;
  store: Store;
  cron: CronFactory;
  clock: Clock;
  logger: Logger;
  /**
   * A full pass every this many ms besides the cron jobs (default 5 minutes; 0 disables). It catches a slot cron did
   * not fire (a platform that was offline, an event loop stall) and retries failed posts; it can never duplicate,
   * because every pass goes through the same idempotency records.
   */
  watchdogMs?: number;
}

/**
 * A thin wrapper over cron: one job per distinct (wall-clock time, zone), each job triggering a delivery pass for the
 * subscriptions that use it. All the rules live in DeliveryRunner; cron only decides when to look.
 */
export class DigestScheduler {
  readonly #jobs = new Map<string, CronHandle>();
  readonly #passes = new Set<Promise<unknown>>();
  readonly #log: Logger;
  #watchdog: ReturnType<typeof setInterval> | undefined;
  #started = false;

  constructor(private readonly options: SchedulerOptions) {
    this.#log = options.logger.child({ component: 'scheduler' });
  }

  /**
   * Start the jobs, then catch up on slots missed while the process was down (one delayed digest each at most).
   * Resolves with the catch-up pass's report; a slow platform (retries) makes that wait, so main may choose not to
   * await it. Jobs start first so a slot falling during a long catch-up is not lost (the per-subscription guard
   * keeps the two from overlapping).
   */
  async start(): Promise<PassReport> {
    this.#started = true;
    await this.refresh();
    const every = this.options.watchdogMs ?? 5 * 60_000;
    if (every > 0) {
      this.#watchdog = setInterval(() => void this.#pass('watchdog').catch(() => undefined), every);
      this.#watchdog.unref?.();
    }
    return this.#pass('startup');
  }

  /** Align cron jobs with the stored subscriptions; call after any subscription change. */
  async refresh(): Promise<void> {
    if (!this.#started) return;
    const wanted = new Set((await this.options.store.listSubscriptions()).flatMap(jobKeys));
    for (const [key, job] of this.#jobs) {
      if (wanted.has(key)) continue;
      await job.stop();
      this.#jobs.delete(key);
    }
    for (const key of wanted) {
      if (this.#jobs.has(key)) continue;
      const bar = key.lastIndexOf('|');
      this.#jobs.set(key, this.options.cron(key.slice(0, bar), key.slice(bar + 1), () => void this.#pass(key, (s) => jobKeys(s).includes(key)).catch(() => undefined)));
    }
  }

  /** The job keys currently scheduled (for /status and tests). */
  jobs(): string[] {
    return [...this.#jobs.keys()].sort();
  }

  nextRun(sub: Subscription): Date {
    return nextSlot(sub, this.options.clock.now());
  }

  /** Stop the jobs and wait for deliveries in flight (their records make an interrupted one safe anyway). */
  async stop(): Promise<void> {
    this.#started = false;
    if (this.#watchdog) clearInterval(this.#watchdog);
    for (const job of this.#jobs.values()) await job.stop();
    this.#jobs.clear();
    await Promise.allSettled([...this.#passes]);
    await this.options.runner.idle();
  }

  #pass(reason: string, filter?: (s: Subscription) => boolean): Promise<PassReport> {
    const p = this.options.runner.runDue(filter).then(
      (report) => {
        if (report.counts.sent || report.counts.recovered || report.counts.failed || report.superseded) this.#log.info({ reason, ...report }, 'digest pass');
        return report;
      },
      (e: unknown) => {
        // Logged here once; cron and watchdog callers drop the rejection, start() passes it on.
        this.#log.error({ err: e, reason }, 'digest pass failed');
        throw e;
      },
    );
    const tracked = p.catch(() => undefined).finally(() => this.#passes.delete(tracked));
    this.#passes.add(tracked);
    return p;
  }
}
