import { systemClock, type Clock } from '../core/commands.js';
import type { Logger } from '../core/logger.js';
import { nodeCronFactory, type CronFactory } from './cron.js';
import { DeliveryRunner, type RunnerDeps } from './runner.js';
import { DigestScheduler } from './scheduler.js';

export { DeliveryRunner, platformOf, type RunnerDeps, type RetryOptions, type PassReport, type Outcome } from './runner.js';
export { DigestScheduler, type SchedulerOptions } from './scheduler.js';
export { PacedQueue, DEFAULT_PACING_MS, type PacerOptions, type Sleep } from './pacer.js';
export { cronExpressions, jobKeys, nodeCronFactory, type CronFactory, type CronHandle } from './cron.js';
export { slotsBetween, latestSlot, nextSlot, normaliseTime } from './slots.js';
export { isValidTimeZone, canonicalTimeZone } from './zone.js';

export interface CreateSchedulerOptions extends Omit<RunnerDeps, 'clock' | 'logger'> {
  clock?: Clock;
  logger: Logger;
  /** Default: node-cron. */
  cron?: CronFactory;
  watchdogMs?: number;
}

/** Wiring for main.ts: the delivery rules plus the cron triggers, sharing one store, clock and logger. */
export function createDigestScheduler(options: CreateSchedulerOptions): { scheduler: DigestScheduler; runner: DeliveryRunner } {
  const clock = options.clock ?? systemClock;
  const runner = new DeliveryRunner({ ...options, clock });
  const scheduler = new DigestScheduler({
    runner,
    store: options.store,
    cron: options.cron ?? nodeCronFactory(options.logger),
    clock,
    logger: options.logger,
    ...(options.watchdogMs !== undefined ? { watchdogMs: options.watchdogMs } : {}),
  });
  return { scheduler, runner };
}
