import { afterEach, describe, expect, it, vi } from 'vitest';
import { drain } from '../../src/core/drain.js';

afterEach(() => {
  vi.useRealTimers();
});

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('drain', () => {
  it('resolves at once with nothing in flight', async () => {
    await expect(drain(new Set(), 1)).resolves.toEqual({ abandoned: 0 });
  });

  it('waits for every task, including one added while waiting, and ignores their failures', async () => {
    const inflight = new Set<Promise<unknown>>();
    const a = deferred();
    const b = deferred();
    const settledA = a.promise.catch(() => undefined).finally(() => inflight.delete(settledA));
    inflight.add(settledA);
    const done = drain(inflight, 60_000);
    const settledB = b.promise.finally(() => inflight.delete(settledB));
    inflight.add(settledB);
    a.reject(new Error('platform said no'));
    await Promise.resolve();
    b.resolve();
    await expect(done).resolves.toEqual({ abandoned: 0 });
    expect(inflight.size).toBe(0);
  });

  it('gives up after the limit and says how many tasks were still running', async () => {
    vi.useFakeTimers();
    const stuck = deferred();
    const inflight = new Set<Promise<unknown>>([stuck.promise]);
    const done = drain(inflight, 5_000);
    await vi.advanceTimersByTimeAsync(4_999);
    let finished = false;
    void done.then(() => (finished = true));
    await Promise.resolve();
    expect(finished).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(done).resolves.toEqual({ abandoned: 1 });
  });
});
