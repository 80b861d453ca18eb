import { pino, type Logger } from 'pino';

export type { Logger };

/** Keys whose values must never reach a log line. */
const REDACT = ['token', 'botToken', 'appToken', 'signingSecret', '*.token', '*.botToken', '*.appToken', '*.signingSecret', 'headers.authorization'];

/**
 * One logger for the process, injected everywhere; components take `logger.child({ component })`.
 * Logs go to stderr so stdout stays clean for command output and `--json`.
 */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' } }, pino.destination(2));
}

/** A logger that drops everything: for tests that do not assert on logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
