import cron from 'node-cron';
import type { Logger } from '../core/logger.js';
import type { Schedule } from '../store/types.js';

/** A started timer that calls back at matching wall-clock times in a zone. */
export interface CronHandle {
  stop(): void | Promise<void>;
}

/** Injected so tests can fire jobs by hand; the real one is node-cron. */
export type CronFactory = (expression: string, timezone: string, onTick: () => void) => CronHandle;

/** One cron expression per wall-clock time of the schedule ("0 8 * * 1-5"). */
export function cronExpressions(schedule: Schedule): string[] {
  const dow = schedule.days === 'weekdays' ? '1-5' : '*';
  return schedule.times.map((t) => {
    const [h, m] = t.split(':');
    return `${Number(m)} ${Number(h)} * * ${dow}`;
  });
}

/** Job keys a schedule needs: one per distinct (expression, zone). */
export function jobKeys(schedule: Schedule): string[] {
  return cronExpressions(schedule).map((e) => `${e}|${schedule.timezone}`);
}

export function nodeCronFactory(logger: Logger): CronFactory {
  const log = logger.child({ component: 'cron' });
  const cronLogger = {
    info: (m: string) => log.info(m),
    warn: (m: string) => log.warn(m),
    error: (m: string | Error, err?: Error) => log.error({ err: err ?? m }, typeof m === 'string' ? m : m.message),
    debug: (m: string | Error) => log.debug(typeof m === 'string' ? m : m.message),
  };
  return (expression, timezone, onTick) =>
    cron.schedule(expression, () => onTick(), { timezone, name: `${expression}|${timezone}`, logger: cronLogger });
}
