/**
 * Waiting for answers under way when an adapter stops. A shutdown must not hang forever on one request stuck behind a
 * platform outage (a supervisor would kill -9 it anyway, with no log line saying why), so the wait has a limit; what
 * is still running then is counted and reported by the caller.
 */
export const DEFAULT_STOP_TIMEOUT_MS = 10_000;

export interface DrainResult {
  /** Tasks still running when the limit was reached (0 when everything settled in time). */
  abandoned: number;
}

/**
 * Resolves when every task in `inflight` has settled, including tasks added while waiting, or after `timeoutMs`,
 * whichever comes first. Never rejects: task failures are the tasks' own to report.
 */
export async function drain(inflight: ReadonlySet<Promise<unknown>>, timeoutMs: number = DEFAULT_STOP_TIMEOUT_MS): Promise<DrainResult> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), timeoutMs);
  });
  try {
    while (inflight.size > 0) {
      const outcome = await Promise.race([Promise.allSettled([...inflight]), expired]);
      if (outcome === 'expired') return { abandoned: inflight.size };
    }
    return { abandoned: 0 };
  } finally {
    clearTimeout(timer);
  }
}
