import { describe, expect, it } from 'vitest';
import { UserError, type CommandSpec } from '../../src/core/commands.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Reply } from '../../src/core/reply.js';
import { createDigestCommands } from '../../src/digest/commands.js';
import { parseSubscribe } from '../../src/digest/parse.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { FakeLibrary } from '../fakes/platform/library.js';

const library = new FakeLibrary([
  { id: 'a1', title: 'First report', published: '2024-06-04', paragraphs: ['The first report says the mission was paused today.', '"We are watching closely," the minister said.'], quotes: [{ text: 'We are watching closely,', speaker: 'Ann Minister' }] },
]);

function chat(now = new Date('2024-06-05T05:00:00Z')) {
  const store = createMemoryStore();
  let refreshes = 0;
  const commands = createDigestCommands({
    store,
    topics: () => [{ slug: 'mission', title: 'Training mission' }, { slug: 'iran', title: 'Iran' }],
    selectArticles: (slug, lib) => (slug === 'mission' ? lib.articles() : []),
    defaultTimezone: 'Europe/Brussels',
    onSubscriptionsChanged: async () => void refreshes++,
  });
  const byName = new Map<string, CommandSpec>(commands.map((c) => [c.name, c]));
  async function say(line: string, opts: { canManage?: boolean; channel?: string } = {}): Promise<Reply> {
    const m = /^\/(\S+)\s*(.*)$/.exec(line)!;
    return byName.get(m[1]!)!.run(m[2]!, {
      library,
      clock: { now: () => now },
      logger: silentLogger(),
      input: { platform: 'fake', channel: opts.channel ?? 'fake:g:ops', user: { id: 'u1', canManage: opts.canManage ?? true }, text: line },
    });
  }
  return { store, say, refreshes: () => refreshes };
}

const textOf = (r: Reply) =>
  r.sections
    .flatMap((s) => [s.heading ?? '', ...s.blocks.map((b) => (b.type === 'text' ? b.text.text : b.type === 'bullets' ? b.items.map((i) => i.text).join('\n') : b.quote.text))])
    .filter(Boolean)
    .join('\n');

describe('/digest subscribe', () => {
  it('defaults to 08:00 daily in the configured zone and says when the next digest comes', async () => {
    const { say, store, refreshes } = chat();
    const r = await say('/digest subscribe mission');
    expect(r.title).toBe('Subscribed');
    expect(textOf(r)).toBe('Training mission digest at 08:00 daily (Europe/Brussels). Next: Wed 5 Jun 08:00 CEST.');
    expect(await store.getSubscription('fake:g:ops', 'mission')).toMatchObject({ times: ['08:00'], days: 'daily', timezone: 'Europe/Brussels', quiet: false, createdBy: 'u1' });
    expect(refreshes()).toBe(1);
  });

  it('takes times, zone, weekdays and quiet; subscribing again updates', async () => {
    const { say, store } = chat();
    await say('/digest subscribe mission');
    const r = await say('/digest subscribe Mission at 7:30,17:00 tz america/new_york weekdays quiet');
    expect(r.title).toBe('Digest updated');
    expect(textOf(r)).toBe('Training mission digest at 07:30 and 17:00 on weekdays (America/New_York), quiet when nothing is new. Next: Wed 5 Jun 07:30 EDT.');
    expect(await store.listSubscriptions()).toHaveLength(1);
  });

  it('twice-daily means 08:00 and 18:00', async () => {
    const { say, store } = chat();
    await say('/digest subscribe mission twice-daily');
    expect((await store.getSubscription('fake:g:ops', 'mission'))!.times).toEqual(['08:00', '18:00']);
  });

  it('refuses users who cannot manage the channel, changing nothing', async () => {
    const { say, store } = chat();
    await expect(say('/digest subscribe mission', { canManage: false })).rejects.toThrow(/Only people who can manage this channel/);
    await say('/digest subscribe mission');
    await expect(say('/digest unsubscribe mission', { canManage: false })).rejects.toThrow(UserError);
    expect(await store.listSubscriptions()).toHaveLength(1);
  });

  it.each([
    ['/digest subscribe mission at 25:00', /"25:00" is not a time/],
    ['/digest subscribe mission at', /"at" needs a time/],
    ['/digest subscribe mission tz Mars/Base', /"Mars\/Base" is not an IANA time zone/],
    ['/digest subscribe mission tz', /"tz" needs an IANA time zone/],
    ['/digest subscribe nowhere', /Unknown topic "nowhere". Topics: mission, iran./],
    ['/digest subscribe mission hourly', /Unknown option "hourly"/],
    ['/digest subscribe mission twice-daily at 09:00', /twice-daily takes two times/],
    ['/digest subscribe', /Which topic/],
  ])('%s -> UserError with usage', async (line, message) => {
    const { say, store } = chat();
    const err = await say(line).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(message);
    expect((err as UserError).usage).toMatch(/^\/digest subscribe <topic>/);
    expect(await store.listSubscriptions()).toEqual([]);
  });
});

describe('/digest unsubscribe, list, now', () => {
  it('lists this channel only, with next run in each zone', async () => {
    const { say } = chat();
    await say('/digest subscribe mission weekdays');
    await say('/digest subscribe iran at 18:00 tz Asia/Tokyo');
    await say('/digest subscribe iran', { channel: 'fake:g:other' });
    const r = await say('/digest list');
    expect(textOf(r)).toBe(
      'Training mission (mission): 08:00 on weekdays (Europe/Brussels). Next: Wed 5 Jun 08:00 CEST.\n' +
        'Iran (iran): 18:00 daily (Asia/Tokyo). Next: Wed 5 Jun 18:00 GMT+9.',
    );
  });

  it('unsubscribe removes it; unknown unsubscribe is a clear error', async () => {
    const { say, store } = chat();
    await say('/digest subscribe mission');
    expect((await say('/digest unsubscribe mission')).title).toBe('Unsubscribed');
    expect(await store.listSubscriptions()).toEqual([]);
    await expect(say('/digest unsubscribe mission')).rejects.toThrow(/no digest for "mission"/);
    expect(textOf(await say('/digest list'))).toMatch(/^No digests in this channel/);
  });

  it('now previews without touching the ledger or records', async () => {
    const { say, store } = chat();
    await say('/digest subscribe mission');
    const before = JSON.stringify(store.snapshot());
    const r = await say('/digest now mission');
    expect(r.kind).toBe('digest');
    expect(r.title).toBe('Digest preview: Training mission');
    expect(textOf(r)).toContain('We are watching closely,');
    expect(JSON.stringify(store.snapshot())).toBe(before);
  });

  it('unknown action shows every usage line', async () => {
    const { say } = chat();
    const err = (await say('/digest frobnicate').catch((e: unknown) => e)) as UserError;
    expect(err.message).toBe('Unknown digest action "frobnicate".');
    expect(err.usage!.split('\n')).toHaveLength(4);
  });
});

describe('/status', () => {
  it('shows schedule, next and last run, last error and what is waiting', async () => {
    const { say, store } = chat();
    await say('/digest subscribe mission');
    let r = await say('/status');
    expect(textOf(r)).toContain('Last run: none yet');
    expect(textOf(r)).toContain('Waiting for the next digest: 1 new article, 1 new quote');

    const slot = new Date('2024-06-05T06:00:00Z');
    const rec = await store.beginDelivery({ channel: 'fake:g:ops', topic: 'mission', slot, covers: { articleIds: [], quoteIds: [] }, at: slot });
    await store.failDelivery(rec.key, 'attempt 1: HTTP 503', slot);
    r = await say('/status');
    expect(textOf(r)).toContain('Last run: Wed 5 Jun 08:00 CEST, failed (attempt 1: HTTP 503)');
    expect(textOf(r)).toContain('Unconfirmed delivery for Wed 5 Jun 08:00 CEST: attempt 1: HTTP 503');
  });

  it('with no subscriptions says how to add one', async () => {
    const { say } = chat();
    expect(textOf(await say('/status'))).toMatch(/^No digests in this channel. Subscribe with \/digest subscribe/);
  });
});

describe('parseSubscribe', () => {
  it('accepts "at 08:00, 18:00" with a space and sorts/dedupes times', () => {
    expect(parseSubscribe('x at 18:00, 08:00 at 08:00', 'UTC').times).toEqual(['08:00', '18:00']);
  });
});
