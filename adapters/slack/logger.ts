import type { Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/core/logger.js';

/**
 * Bolt and the Web API client log through this bridge into the one pino logger (STYLE.md practice 7). Their
 * level follows pino's; setLevel only records what Bolt asked for.
 */
export function boltLogger(logger: Logger): BoltLogger {
  let level = (logger.level === 'silent' ? 'error' : logger.level) as LogLevel;
  const line = (msg: unknown[]): string => msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(' ');
  return {
    debug: (...msg: unknown[]) => logger.debug(line(msg)),
    info: (...msg: unknown[]) => logger.info(line(msg)),
    warn: (...msg: unknown[]) => logger.warn(line(msg)),
    error: (...msg: unknown[]) => logger.error(line(msg)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
