import { describe, expect, it } from 'vitest';
import { StoreStateError } from '../../src/store/errors.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { deliveryKey, type Subscription } from '../../src/store/types.js';

const sub = (over: Partial<Subscription> = {}): Subscription => ({
  channel: 'discord:1:2',
  topic: 'iraq-mission',
  times: ['08:00'],
  days: 'daily',
  timezone: 'Europe/Brussels',
  quiet: false,
  createdAt: '2024-01-01T00:00:00.000Z',
  ...over,
});

const slot = new Date('2024-03-01T07:00:00.000Z');
const at = new Date('2024-03-01T07:00:05.000Z');

describe('subscriptions', () => {
  it('inserts, replaces by (channel, topic), lists per channel and removes', async () => {
    const store = createMemoryStore();
    await store.putSubscription(sub());
    await store.putSubscription(sub({ times: ['09:30'] }));
    await store.putSubscription(sub({ channel: 'slack:T:C' }));
    expect(await store.listSubscriptions()).toHaveLength(2);
    expect((await store.listSubscriptions('discord:1:2')).map((s) => s.times)).toEqual([['09:30']]);
    expect(await store.removeSubscription('discord:1:2', 'iraq-mission')).toBe(true);
    expect(await store.removeSubscription('discord:1:2', 'iraq-mission')).toBe(false);
    expect(await store.getSubscription('slack:T:C', 'iraq-mission')).toMatchObject({ channel: 'slack:T:C' });
  });

  it('returns copies, so callers cannot change the store by mutating results', async () => {
    const store = createMemoryStore();
    await store.putSubscription(sub());
    const [s] = await store.listSubscriptions();
    s!.times.push('23:00');
    expect((await store.getSubscription('discord:1:2', 'iraq-mission'))!.times).toEqual(['08:00']);
  });
});

describe('delivery records and ledger', () => {
  it('pending -> sent merges coverage into the ledger and advances handledThrough', async () => {
    const store = createMemoryStore();
    const rec = await store.beginDelivery({ channel: 'c', topic: 't', slot, covers: { articleIds: ['a1'], quoteIds: ['a1#q0'] }, at });
    expect(rec).toMatchObject({ key: deliveryKey('c', 't', slot), state: 'pending', attempts: 1 });
    expect(await store.getLedger('c', 't')).toBeUndefined();

    await store.completeDelivery(rec.key, { at, messageIds: ['m1'], result: 'sent' });
    expect(await store.getDelivery(rec.key)).toMatchObject({ state: 'sent', messageIds: ['m1'] });
    expect(await store.getLedger('c', 't')).toEqual({
      channel: 'c',
      topic: 't',
      articleIds: ['a1'],
      quoteIds: ['a1#q0'],
      lastDeliveredAt: at.toISOString(),
      handledThrough: slot.toISOString(),
    });
    expect((await store.listRuns())[0]).toMatchObject({ result: 'sent', slot: slot.toISOString() });
  });

  it('refuses to reopen or complete a delivery that is already sent', async () => {
    const store = createMemoryStore();
    const rec = await store.beginDelivery({ channel: 'c', topic: 't', slot, covers: { articleIds: [], quoteIds: [] }, at });
    await store.completeDelivery(rec.key, { at, messageIds: [], result: 'sent' });
    await expect(store.beginDelivery({ channel: 'c', topic: 't', slot, covers: { articleIds: [], quoteIds: [] }, at })).rejects.toThrow(StoreStateError);
    await expect(store.completeDelivery(rec.key, { at, messageIds: [], result: 'sent' })).rejects.toThrow(StoreStateError);
  });

  it('a failed attempt stays pending with its error and a failed run; a retry counts attempts', async () => {
    const store = createMemoryStore();
    const covers = { articleIds: ['a'], quoteIds: [] };
    const rec = await store.beginDelivery({ channel: 'c', topic: 't', slot, covers, at });
    await store.failDelivery(rec.key, 'HTTP 503', at);
    const again = await store.beginDelivery({ channel: 'c', topic: 't', slot, covers, at });
    expect(again).toMatchObject({ state: 'pending', attempts: 2, lastError: 'HTTP 503' });
    expect(await store.getLedger('c', 't')).toBeUndefined();
    expect((await store.listRuns({ channel: 'c' }))[0]).toMatchObject({ result: 'failed', detail: 'HTTP 503' });
  });

  it('superseding and skipping advance handledThrough without touching delivered ids', async () => {
    const store = createMemoryStore();
    const rec = await store.beginDelivery({ channel: 'c', topic: 't', slot, covers: { articleIds: ['a'], quoteIds: [] }, at });
    const later = new Date(slot.getTime() + 86_400_000);
    await store.supersedeDelivery(rec.key, deliveryKey('c', 't', later), at);
    await store.skipSlot('c', 't', later, at, 'nothing new');
    expect(await store.getLedger('c', 't')).toEqual({ channel: 'c', topic: 't', articleIds: [], quoteIds: [], handledThrough: later.toISOString() });
    expect(await store.listDeliveries({ state: 'pending' })).toEqual([]);
    expect((await store.listRuns()).map((r) => r.result)).toEqual(['nothing-new', 'superseded']);
  });

  it('caps the run history and prunes old finished deliveries but never pending ones', async () => {
    const store = createMemoryStore(undefined, { maxRuns: 3, keepDeliveriesMs: 1000 });
    for (let i = 0; i < 5; i++) await store.recordRun({ channel: 'c', topic: 't', at: at.toISOString(), result: 'sent', detail: String(i) });
    expect((await store.listRuns()).map((r) => r.detail)).toEqual(['4', '3', '2']);

    const old = await store.beginDelivery({ channel: 'c', topic: 'old', slot, covers: { articleIds: [], quoteIds: [] }, at });
    await store.completeDelivery(old.key, { at, messageIds: [], result: 'sent' });
    await store.beginDelivery({ channel: 'c', topic: 'stuck', slot, covers: { articleIds: [], quoteIds: [] }, at });
    await store.beginDelivery({ channel: 'c', topic: 'new', slot, covers: { articleIds: [], quoteIds: [] }, at: new Date(at.getTime() + 5000) });
    expect((await store.listDeliveries()).map((d) => d.topic).sort()).toEqual(['new', 'stuck']);
  });
});

describe('write serialisation', () => {
  it('applies concurrent mutations one at a time in call order, each persisted before the next starts', async () => {
    const persisted: number[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const { DocumentStore } = await import('../../src/store/document.js');
    const { emptyDoc } = await import('../../src/store/schema.js');
    const store = new DocumentStore(emptyDoc(), async (doc) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      persisted.push(doc.runs.length);
      inFlight--;
    });
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.recordRun({ channel: 'c', topic: 't', at: at.toISOString(), result: 'sent', detail: String(i) })));
    expect(maxInFlight).toBe(1);
    expect(persisted).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect((await store.listRuns({ limit: 100 })).map((r) => r.detail).reverse()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('a failed write leaves the store unchanged, rejects that caller only, and later writes proceed', async () => {
    const { DocumentStore } = await import('../../src/store/document.js');
    const { emptyDoc } = await import('../../src/store/schema.js');
    let fail = true;
    const store = new DocumentStore(emptyDoc(), async () => {
      if (fail) throw new Error('disk full');
    });
    await expect(store.putSubscription(sub())).rejects.toThrow('disk full');
    expect(await store.listSubscriptions()).toEqual([]);
    fail = false;
    await store.putSubscription(sub({ topic: 'other' }));
    expect((await store.listSubscriptions()).map((s) => s.topic)).toEqual(['other']);
  });
});
