import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { DeliveryRunner, type RunnerDeps } from '../../src/scheduler/runner.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { deliveryKey, type Subscription } from '../../src/store/types.js';
import { RecordingAdapter } from '../fakes/platform/adapter.js';
import { FakeLibrary, type ArticleSpec } from '../fakes/platform/library.js';

const art = (id: string, published: string): ArticleSpec => ({
  id,
  published,
  title: `Title ${id}`,
  paragraphs: [`Officials confirmed development ${id} on the record today. More details followed later.`],
});

function setup(over: Partial<RunnerDeps> = {}, subOver: Partial<Subscription> = {}) {
  const clock = { t: new Date('2024-06-05T05:00:00Z'), now() { return this.t; } };
  const store = createMemoryStore();
  const library = new FakeLibrary([art('a1', '2024-06-04')]);
  const adapter = new RecordingAdapter('fake');
  const sleeps: number[] = [];
  const deps: RunnerDeps = {
    store,
    library: () => library,
    topics: () => [{ slug: 'mission', title: 'Mission' }],
    selectArticles: (_t, lib) => lib.articles(),
    adapters: [adapter],
    clock,
    logger: silentLogger(),
    sleep: async (ms) => void sleeps.push(ms),
    pacing: { intervalMs: { fake: 0 } },
    ...over,
  };
  const runner = new DeliveryRunner(deps);
  const sub: Subscription = {
    channel: 'fake:team:chan',
    topic: 'mission',
    times: ['08:00'],
    days: 'daily',
    timezone: 'Europe/Brussels',
    quiet: false,
    createdAt: '2024-06-01T00:00:00.000Z',
    ...subOver,
  };
  return { clock, store, library, adapter, runner, sub, sleeps };
}

const slot5 = new Date('2024-06-05T06:00:00Z'); // 08:00 CEST
const key5 = deliveryKey('fake:team:chan', 'mission', slot5);

describe('DeliveryRunner: scheduled delivery', () => {
  it('posts a due slot exactly once and records it; a second pass does nothing', async () => {
    const { clock, store, adapter, runner, sub } = setup();
    await store.putSubscription({ ...sub, createdAt: '2024-06-05T05:00:00.000Z' });
    expect((await runner.runDue()).counts.idle).toBe(1);
    clock.t = slot5;
    expect((await runner.runDue()).counts.sent).toBe(1);
    expect((await runner.runDue()).counts.idle).toBe(1);
    expect(adapter.keys()).toEqual([key5]);
    expect(adapter.posts[0]!.reply.kind).toBe('digest');
    expect(await store.getLedger(sub.channel, sub.topic)).toMatchObject({ articleIds: ['a1'], handledThrough: slot5.toISOString(), lastDeliveredAt: slot5.toISOString() });
    expect(await store.getDelivery(key5)).toMatchObject({ state: 'sent', messageIds: ['m1'] });
  });

  it('the next day reports only what is new', async () => {
    const { clock, store, library, adapter, runner, sub } = setup();
    await store.putSubscription(sub);
    clock.t = slot5;
    await runner.runDue();
    library.add(art('a2', '2024-06-05T12:00:00Z'));
    clock.t = new Date('2024-06-06T06:00:00Z');
    await runner.runDue();
    expect(adapter.posts[1]!.reply.citations.map((c) => c.articleId)).toEqual(['a2']);
  });

  it('after days of downtime sends ONE delayed digest for the latest slot, not one per missed day', async () => {
    const { clock, store, adapter, runner, sub } = setup();
    await store.putSubscription(sub);
    clock.t = new Date('2024-06-09T09:30:00Z');
    await runner.runDue();
    expect(adapter.keys()).toEqual([deliveryKey(sub.channel, sub.topic, new Date('2024-06-09T06:00:00Z'))]);
    const first = adapter.posts[0]!.reply.sections[0]!.blocks[0]!;
    expect(first.type === 'text' && first.text.text).toMatch(/^Delayed: this digest was due Sun 9 Jun 08:00 CEST/);
    expect((await runner.runDue()).counts.idle).toBe(1);
  });

  it('quiet subscription with nothing new: no post, slot marked handled; otherwise a one-line post', async () => {
    const quiet = setup({}, { quiet: true });
    await quiet.store.putSubscription(quiet.sub);
    quiet.clock.t = slot5;
    await quiet.runner.runDue();
    quiet.clock.t = new Date('2024-06-06T06:00:00Z');
    expect((await quiet.runner.runDue()).counts['nothing-new']).toBe(1);
    expect(quiet.adapter.posts).toHaveLength(1);
    expect((await quiet.store.getLedger(quiet.sub.channel, quiet.sub.topic))!.handledThrough).toBe('2024-06-06T06:00:00.000Z');

    const loud = setup();
    await loud.store.putSubscription(loud.sub);
    loud.clock.t = slot5;
    await loud.runner.runDue();
    loud.clock.t = new Date('2024-06-06T06:00:00Z');
    await loud.runner.runDue();
    const line = loud.adapter.posts[1]!.reply.sections[0]!.blocks[0]!;
    expect(line.type === 'text' && line.text.text).toBe('No new reporting since Wed 5 Jun 08:00 CEST.');
  });

  it('concurrent passes never post the same slot twice', async () => {
    const { clock, store, adapter, runner, sub } = setup();
    await store.putSubscription(sub);
    clock.t = slot5;
    await Promise.all([runner.runDue(), runner.runDue(), runner.runDue()]);
    expect(adapter.keys()).toEqual([key5]);
  });

  it('skips channels whose platform has no running adapter, recording nothing', async () => {
    const { clock, store, runner, sub } = setup();
    await store.putSubscription({ ...sub, channel: 'slack:T:C' });
    clock.t = slot5;
    expect((await runner.runDue()).counts['no-adapter']).toBe(1);
    expect(await store.listDeliveries()).toEqual([]);
  });
});

describe('DeliveryRunner: crash recovery', () => {
  async function crashedBeforeComplete(confirm: boolean, posted: boolean) {
    const env = setup();
    const adapter = new RecordingAdapter('fake', { confirm });
    const runner = new DeliveryRunner({ ...envDeps(env), adapters: [adapter] });
    await env.store.putSubscription(env.sub);
    env.clock.t = slot5;
    // The previous process recorded pending, maybe posted, then died before recording sent.
    await env.store.beginDelivery({ channel: env.sub.channel, topic: env.sub.topic, slot: slot5, covers: { articleIds: ['a1'], quoteIds: [] }, at: slot5 });
    if (posted) await adapter.send(env.sub.channel, { kind: 'digest', title: 'x', sections: [], citations: [] }, { idempotencyKey: key5 });
    env.clock.t = new Date(slot5.getTime() + 60_000);
    const report = await runner.runDue();
    return { ...env, adapter, report };
  }

  it('pending + platform has the post: completes without posting again, and applies the ledger', async () => {
    const { adapter, report, store, sub } = await crashedBeforeComplete(true, true);
    expect(report.counts.recovered).toBe(1);
    expect(adapter.keys()).toEqual([key5]);
    expect(await store.getLedger(sub.channel, sub.topic)).toMatchObject({ articleIds: ['a1'], handledThrough: slot5.toISOString() });
    expect((await store.listRuns())[0]).toMatchObject({ result: 'recovered' });
  });

  it('pending + platform never got it: posts it once', async () => {
    const { adapter, report } = await crashedBeforeComplete(true, false);
    expect(report.counts.sent).toBe(1);
    expect(adapter.keys()).toEqual([key5]);
  });

  it('pending + adapter cannot confirm (no wasSent): resends, accepting the duplicate risk', async () => {
    const { adapter, report } = await crashedBeforeComplete(false, true);
    expect(report.counts.sent).toBe(1);
    expect(adapter.keys()).toEqual([key5, key5]);
  });

  it('when the platform cannot be asked, does nothing until it can', async () => {
    const env = setup();
    await env.store.putSubscription(env.sub);
    await env.store.beginDelivery({ channel: env.sub.channel, topic: env.sub.topic, slot: slot5, covers: { articleIds: [], quoteIds: [] }, at: slot5 });
    env.clock.t = new Date(slot5.getTime() + 60_000);
    env.adapter.wasSentError = new Error('history API down');
    expect((await env.runner.runDue()).counts.failed).toBe(1);
    expect(env.adapter.sendCalls).toBe(0);
    expect((await env.store.getDelivery(key5))!.state).toBe('pending');
    env.adapter.wasSentError = undefined;
    expect((await env.runner.runDue()).counts.sent).toBe(1);
  });

  it('an older interrupted slot is superseded (not posted) when a newer one is due, or recovered if it landed', async () => {
    const env = setup();
    await env.store.putSubscription(env.sub);
    const slot6 = new Date('2024-06-06T06:00:00Z');
    const slot7 = new Date('2024-06-07T06:00:00Z');
    await env.store.beginDelivery({ channel: env.sub.channel, topic: env.sub.topic, slot: slot5, covers: { articleIds: [], quoteIds: [] }, at: slot5 });
    await env.store.beginDelivery({ channel: env.sub.channel, topic: env.sub.topic, slot: slot6, covers: { articleIds: ['a1'], quoteIds: [] }, at: slot6 });
    await env.adapter.send(env.sub.channel, { kind: 'digest', title: 'x', sections: [], citations: [] }, { idempotencyKey: deliveryKey(env.sub.channel, env.sub.topic, slot6) });
    env.clock.t = new Date('2024-06-07T09:00:00Z');
    const report = await env.runner.runDue();
    expect(report.superseded).toBe(1);
    expect(report.counts.sent).toBe(1);
    expect((await env.store.getDelivery(key5))!.state).toBe('superseded');
    expect((await env.store.getDelivery(deliveryKey(env.sub.channel, env.sub.topic, slot6)))!.state).toBe('sent');
    expect(env.adapter.keys().at(-1)).toBe(deliveryKey(env.sub.channel, env.sub.topic, slot7));
    // slot6's coverage reached the ledger, so slot7 had nothing new.
    const body = env.adapter.posts.at(-1)!.reply.sections.at(-1)!.blocks[0]!;
    expect(body.type === 'text' && body.text.text).toMatch(/^No new reporting since/);
  });
});

describe('DeliveryRunner: platform failures', () => {
  it('retries with exponential backoff, records each failure, then succeeds once', async () => {
    const env = setup({ retry: { attempts: 4, baseMs: 100 } });
    await env.store.putSubscription(env.sub);
    env.clock.t = slot5;
    env.adapter.failNext(2);
    expect((await env.runner.runDue()).counts.sent).toBe(1);
    expect(env.sleeps).toEqual([100, 200]);
    expect(env.adapter.keys()).toEqual([key5]);
    expect((await env.store.listRuns()).map((r) => r.result)).toEqual(['sent', 'failed', 'failed']);
  });

  it('a post that landed despite an error is confirmed, not repeated', async () => {
    const env = setup({ retry: { attempts: 3, baseMs: 1 } });
    await env.store.putSubscription(env.sub);
    env.clock.t = slot5;
    env.adapter.failNext(1, 'lost');
    expect((await env.runner.runDue()).counts.recovered).toBe(1);
    expect(env.adapter.keys()).toEqual([key5]);
    expect((await env.store.getLedger(env.sub.channel, env.sub.topic))!.articleIds).toEqual(['a1']);
  });

  it('after the last attempt: failed, pending kept, ledger untouched; a later pass delivers it', async () => {
    const env = setup({ retry: { attempts: 2, baseMs: 1 } });
    await env.store.putSubscription(env.sub);
    env.clock.t = slot5;
    env.adapter.failNext(2);
    expect((await env.runner.runDue()).counts.failed).toBe(1);
    expect(await env.store.getLedger(env.sub.channel, env.sub.topic)).toBeUndefined();
    expect(await env.store.getDelivery(key5)).toMatchObject({ state: 'pending', lastError: 'attempt 2: HTTP 503 from platform' });
    expect((await env.runner.runDue()).counts.sent).toBe(1);
    expect(env.adapter.keys()).toEqual([key5]);
  });
});

describe('DeliveryRunner: pacing', () => {
  it('spaces posts on one platform by its interval, while another platform is not held up', async () => {
    let t = 0;
    const waits: number[] = [];
    const slack = new RecordingAdapter('slack');
    const env = setup();
    const runner = new DeliveryRunner({ ...envDeps(env), adapters: [env.adapter, slack], sleep: async (ms) => { waits.push(ms); t += ms; }, pacing: { intervalMs: { fake: 500, slack: 0 }, now: () => t } });
    for (let i = 0; i < 4; i++) await env.store.putSubscription({ ...env.sub, channel: `fake:team:c${i}` });
    for (let i = 0; i < 3; i++) await env.store.putSubscription({ ...env.sub, channel: `slack:T:c${i}` });
    env.clock.t = slot5;
    expect((await runner.runDue()).counts.sent).toBe(7);
    expect(waits).toEqual([500, 500, 500]);
    expect(slack.posts).toHaveLength(3);
  });
});

function envDeps(env: ReturnType<typeof setup>): RunnerDeps {
  return {
    store: env.store,
    library: () => env.library,
    topics: () => [{ slug: 'mission', title: 'Mission' }],
    selectArticles: (_t, lib) => lib.articles(),
    adapters: [env.adapter],
    clock: env.clock,
    logger: silentLogger(),
    pacing: { intervalMs: { fake: 0 } },
  };
}
