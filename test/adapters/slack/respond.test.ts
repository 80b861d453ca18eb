import { describe, expect, it } from 'vitest';
import { ResponseUrlError, postResponse, type ResponseBody } from '../../../adapters/slack/respond.js';

const body: ResponseBody = { text: 't', blocks: [], response_type: 'in_channel', replace_original: false };
const policy = { retries: 3, minTimeout: 100, maxTimeout: 1000, factor: 2 };

/** A fetch answering the given statuses in turn (a string = a network error), recording each call. */
function scripted(answers: (number | string)[]) {
  const calls: string[] = [];
  const fetchFn = (async (url: string) => {
    calls.push(url);
    const a = answers.shift() ?? 200;
    if (typeof a === 'string') throw new TypeError(a);
    return new Response('x', { status: a, headers: a === 429 ? { 'retry-after': '2' } : {} });
  }) as unknown as typeof fetch;
  return { calls, fetchFn };
}

describe('posting to a response_url', () => {
  it('waits Retry-After on 429 and backs off on 5xx and network errors, then succeeds once', async () => {
    const waits: number[] = [];
    const { calls, fetchFn } = scripted([429, 503, 'socket hang up', 200]);
    await postResponse(fetchFn, 'http://127.0.0.1/r', body, policy, async (ms) => {
      waits.push(ms);
    });
    expect(calls).toHaveLength(4);
    expect(waits).toEqual([2000, 200, 400]);
  });

  it('gives up after the retries with a typed error carrying the status', async () => {
    const { calls, fetchFn } = scripted([500, 500, 500, 500, 200]);
    const err = await postResponse(fetchFn, 'http://127.0.0.1/r', body, policy, async () => undefined).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseUrlError);
    expect((err as ResponseUrlError).status).toBe(500);
    expect(calls).toHaveLength(4);
  });

  it('does not retry a client error', async () => {
    const { calls, fetchFn } = scripted([404]);
    await expect(postResponse(fetchFn, 'http://127.0.0.1/r', body, policy, async () => undefined)).rejects.toThrow(/404/);
    expect(calls).toHaveLength(1);
  });
});
