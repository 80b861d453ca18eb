import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../src/core/commands.js';
import { silentLogger } from '../../src/core/logger.js';
import { createDigestScheduler, cronExpressions, type CronFactory } from '../../src/scheduler/index.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { deliveryKey, type Subscription } from '../../src/store/types.js';
import { RecordingAdapter } from '../fakes/platform/adapter.js';
import { FakeLibrary } from '../fakes/platform/library.js';

const library = new FakeLibrary([{ id: 'a1', published: '2024-01-01', paragraphs: ['Something happened somewhere today, officials said.'] }]);

function make(cron?: CronFactory, watchdogMs = 0) {
  const store = createMemoryStore();
  const adapter = new RecordingAdapter('fake');
  const { scheduler, runner } = createDigestScheduler({
    store,
    library: () => library,
    topics: () => [{ slug: 't', title: 'T' }],
    selectArticles: (_t, lib) => lib.articles(),
    adapters: [adapter],
    clock: systemClock,
    logger: silentLogger(),
    pacing: { intervalMs: { fake: 0 } },
    watchdogMs,
    ...(cron ? { cron } : {}),
  });
  return { store, adapter, scheduler, runner };
}

const sub = (over: Partial<Subscription>): Subscription => ({
  channel: 'fake:g:c',
  topic: 't',
  times: ['08:00'],
  days: 'daily',
  timezone: 'Europe/Brussels',
  quiet: false,
  createdAt: '2024-01-01T00:00:00.000Z',
  ...over,
});

afterEach(() => {
  vi.useRealTimers();
});

describe('cron expressions', () => {
  it('one expression per time, weekdays as 1-5', () => {
    expect(cronExpressions({ times: ['08:00', '18:30'], days: 'weekdays', timezone: 'UTC' })).toEqual(['0 8 * * 1-5', '30 18 * * 1-5']);
  });
});

describe('DigestScheduler with a hand-fired cron', () => {
  function fakeCron() {
    const jobs = new Map<string, () => void>();
    const factory: CronFactory = (expr, tz, onTick) => {
      jobs.set(`${expr}|${tz}`, onTick);
      return { stop: () => void jobs.delete(`${expr}|${tz}`) };
    };
    return { jobs, factory };
  }

  it('creates one job per distinct (time, zone) and drops jobs nobody needs', async () => {
    const { jobs, factory } = fakeCron();
    const env = make(factory);
    await env.store.putSubscription(sub({ channel: 'fake:g:1' }));
    await env.store.putSubscription(sub({ channel: 'fake:g:2' }));
    await env.store.putSubscription(sub({ channel: 'fake:g:3', times: ['08:00', '18:00'], timezone: 'America/New_York' }));
    vi.useFakeTimers({ now: new Date('2024-01-01T00:00:01Z'), toFake: ['Date'] });
    await env.scheduler.start();
    expect([...jobs.keys()].sort()).toEqual(['0 18 * * *|America/New_York', '0 8 * * *|America/New_York', '0 8 * * *|Europe/Brussels']);
    await env.store.removeSubscription('fake:g:3', 't');
    await env.scheduler.refresh();
    expect([...jobs.keys()]).toEqual(['0 8 * * *|Europe/Brussels']);
    await env.scheduler.stop();
    expect(jobs.size).toBe(0);
  });

  it('catches up on start, then a job firing delivers only the subscriptions that use it', async () => {
    const { jobs, factory } = fakeCron();
    const env = make(factory);
    await env.store.putSubscription(sub({ channel: 'fake:g:bru' }));
    await env.store.putSubscription(sub({ channel: 'fake:g:nyc', timezone: 'America/New_York' }));
    // Down since Jan 1; start on Jan 3 at 09:00 Brussels, 03:00 New York.
    vi.useFakeTimers({ now: new Date('2024-01-03T08:00:00Z'), toFake: ['Date'] });
    const report = await env.scheduler.start();
    expect(report.counts.sent).toBe(2);
    expect(env.adapter.keys()).toEqual([
      deliveryKey('fake:g:bru', 't', new Date('2024-01-03T07:00:00Z')),
      deliveryKey('fake:g:nyc', 't', new Date('2024-01-02T13:00:00Z')),
    ]);
    vi.setSystemTime(new Date('2024-01-03T13:00:00Z'));
    jobs.get('0 8 * * *|America/New_York')!();
    await env.scheduler.stop();
    expect(env.adapter.keys().slice(2)).toEqual([deliveryKey('fake:g:nyc', 't', new Date('2024-01-03T13:00:00Z'))]);
  });
});

describe('DigestScheduler on node-cron with fake timers: DST change days', () => {
  async function fireAcross(zone: string, startIso: string, minutes: number, times = ['08:00'], watchdogMs = 0) {
    vi.useFakeTimers({ now: new Date(startIso) });
    const env = make(undefined, watchdogMs);
    await env.store.putSubscription(sub({ timezone: zone, createdAt: startIso, times }));
    await env.scheduler.start();
    await vi.advanceTimersByTimeAsync(minutes * 60_000);
    await env.scheduler.stop();
    return env.adapter.keys();
  }

  it('Europe/Brussels spring forward: 08:00 fires exactly once, at 06:00Z', async () => {
    expect(await fireAcross('Europe/Brussels', '2024-03-31T05:55:00Z', 10)).toEqual([deliveryKey('fake:g:c', 't', new Date('2024-03-31T06:00:00Z'))]);
  });

  it('Europe/Brussels fall back: 08:00 fires exactly once, at 07:00Z', async () => {
    expect(await fireAcross('Europe/Brussels', '2024-10-27T06:55:00Z', 10)).toEqual([deliveryKey('fake:g:c', 't', new Date('2024-10-27T07:00:00Z'))]);
  });

  it('America/New_York across a whole fall-back day: one post', async () => {
    expect(await fireAcross('America/New_York', '2024-11-03T03:00:00Z', 24 * 60)).toEqual([deliveryKey('fake:g:c', 't', new Date('2024-11-03T13:00:00Z'))]);
  });

  it('a time the spring-forward skips (02:30 Brussels) is delivered once, at 03:30 local, by the watchdog pass', async () => {
    expect(await fireAcross('Europe/Brussels', '2024-03-30T23:00:00Z', 5 * 60, ['02:30'], 5 * 60_000)).toEqual([deliveryKey('fake:g:c', 't', new Date('2024-03-31T01:30:00Z'))]);
  });

  it('a time the fall-back repeats (02:30 Brussels) is delivered once, at its first occurrence', async () => {
    expect(await fireAcross('Europe/Brussels', '2024-10-26T22:00:00Z', 5 * 60, ['02:30'], 5 * 60_000)).toEqual([deliveryKey('fake:g:c', 't', new Date('2024-10-27T00:30:00Z'))]);
  });
});
