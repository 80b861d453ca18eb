/**
 * Posts through a paced queue: per lane (platform), tasks run one at a time and start at least `interval` ms apart,
 * so fifty channels sharing an 08:00 slot do not hit a platform's rate limit at once. Lanes are independent.
 */

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface PacerOptions {
  /** Minimum ms between the starts of two posts on one lane, by lane name. */
  intervalMs?: Record<string, number>;
  /** For lanes not named in intervalMs. */
  defaultIntervalMs?: number;
  sleep?: Sleep;
  /** Monotonic-enough ms clock. */
  now?: () => number;
}

/**
 * Defaults per platform, kept under the documented limits even when every post goes to the same channel: Discord
 * allows 5 messages per 5 s per channel, Slack's chat.postMessage about 1 per second per channel.
 */
export const DEFAULT_PACING_MS: Record<string, number> = { discord: 1000, slack: 1000, console: 0 };

export class PacedQueue {
  readonly #tails = new Map<string, Promise<unknown>>();
  readonly #lastStart = new Map<string, number>();
  readonly #sleep: Sleep;
  readonly #now: () => number;

  constructor(private readonly options: PacerOptions = {}) {
    this.#sleep = options.sleep ?? realSleep;
    this.#now = options.now ?? Date.now;
  }

  interval(lane: string): number {
    return this.options.intervalMs?.[lane] ?? DEFAULT_PACING_MS[lane] ?? this.options.defaultIntervalMs ?? 1000;
  }

  run<T>(lane: string, task: () => Promise<T>): Promise<T> {
    const prev = this.#tails.get(lane) ?? Promise.resolve();
    const next = prev.then(async () => {
      const last = this.#lastStart.get(lane);
      const wait = last === undefined ? 0 : last + this.interval(lane) - this.#now();
      if (wait > 0) await this.#sleep(wait);
      this.#lastStart.set(lane, this.#now());
      return task();
    });
    // The lane continues after a failed task; the failure goes to this task's caller.
    this.#tails.set(lane, next.catch(() => undefined));
    return next;
  }
}
