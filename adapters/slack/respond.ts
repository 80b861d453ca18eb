import type { SlackMessage } from './blocks.js';

/**
 * Posting to a slash command's or button's `response_url`. Bolt's `respond()` makes one attempt; this one follows
 * the same retry policy as the Web API client: 429 waits for Retry-After, 5xx and network errors back off, anything
 * else (404 expired url, 400 bad payload) fails at once.
 */

export interface RetryPolicy {
  /** Attempts after the first. */
  retries: number;
  minTimeout: number;
  maxTimeout: number;
  factor?: number;
}

export interface ResponseBody extends SlackMessage {
  response_type: 'in_channel' | 'ephemeral';
  replace_original: boolean;
}

export class ResponseUrlError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
    this.name = 'ResponseUrlError';
  }
}

export type Sleep = (ms: number) => Promise<void>;
export const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function backoff(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxTimeout, policy.minTimeout * (policy.factor ?? 2) ** attempt);
}

type Attempt = { ok: true } | { ok: false; error: ResponseUrlError; retryable: boolean; waitMs?: number };

async function attemptOnce(fetchFn: typeof fetch, url: string, body: ResponseBody): Promise<Attempt> {
  let res: Response;
  try {
    res = await fetchFn(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), redirect: 'error' });
    await res.arrayBuffer(); // drain so the connection is reused
  } catch (err) {
    const error = new ResponseUrlError(`response_url request failed: ${err instanceof Error ? err.message : String(err)}`, undefined);
    return { ok: false, error, retryable: true };
  }
  if (res.ok) return { ok: true };
  const error = new ResponseUrlError(`response_url answered ${res.status} ${res.statusText}`, res.status);
  if (res.status === 429) {
    const seconds = Number.parseInt(res.headers.get('retry-after') ?? '', 10);
    return Number.isFinite(seconds) ? { ok: false, error, retryable: true, waitMs: seconds * 1000 } : { ok: false, error, retryable: true };
  }
  return { ok: false, error, retryable: res.status >= 500 };
}

export async function postResponse(
  fetchFn: typeof fetch,
  url: string,
  body: ResponseBody,
  policy: RetryPolicy,
  wait: Sleep = sleep,
): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    const outcome = await attemptOnce(fetchFn, url, body);
    if (outcome.ok) return;
    if (!outcome.retryable || attempt >= policy.retries) throw outcome.error;
    await wait(outcome.waitMs ?? backoff(policy, attempt));
  }
}
