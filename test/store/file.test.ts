import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreCorruptError, StoreLockedError, StoreVersionError } from '../../src/store/errors.js';
import { openFileStore } from '../../src/store/file.js';
import type { Subscription } from '../../src/store/types.js';

let dir: string;
const clock = { now: () => new Date('2024-05-01T10:00:00.000Z') };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sub: Subscription = {
  channel: 'slack:T1:C1',
  topic: 'iraq-mission',
  times: ['08:00', '18:00'],
  days: 'weekdays',
  timezone: 'America/New_York',
  quiet: true,
  createdAt: '2024-04-01T00:00:00.000Z',
};

describe('file store', () => {
  it('creates a v1 file and keeps data across reopen', async () => {
    const a = await openFileStore({ dataDir: dir, clock });
    await a.putSubscription(sub);
    const rec = await a.beginDelivery({ channel: sub.channel, topic: sub.topic, slot: new Date('2024-05-01T12:00:00Z'), covers: { articleIds: ['x'], quoteIds: [] }, at: clock.now() });
    await a.close();
    const onDisk = JSON.parse(await readFile(join(dir, 'sitrep.json'), 'utf8'));
    expect(onDisk.version).toBe(1);

    const b = await openFileStore({ dataDir: dir, clock });
    expect(await b.listSubscriptions()).toEqual([sub]);
    expect(await b.getDelivery(rec.key)).toMatchObject({ state: 'pending', covers: { articleIds: ['x'] } });
    await b.close();
  });

  it('refuses a corrupt file with a clear error, keeps it in place and saves one copy aside', async () => {
    const file = join(dir, 'sitrep.json');
    await writeFile(file, '{"version":1,"subscriptions":[');
    const err = await openFileStore({ dataDir: dir, clock }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreCorruptError);
    expect((err as Error).message).toMatch(/unreadable \(invalid JSON/);
    const backup = (err as StoreCorruptError).backup;
    expect(await readFile(backup, 'utf8')).toBe('{"version":1,"subscriptions":[');
    expect(await readFile(file, 'utf8')).toBe('{"version":1,"subscriptions":['); // never replaced

    // Refusing again does not pile up identical backups, and the lock was released.
    await expect(openFileStore({ dataDir: dir, clock })).rejects.toThrow(StoreCorruptError);
    expect((await readdir(dir)).filter((n) => n.includes('.corrupt-'))).toHaveLength(1);
  });

  it('reports a schema violation with the offending path', async () => {
    await writeFile(join(dir, 'sitrep.json'), JSON.stringify({ version: 1, subscriptions: [{ ...sub, times: ['25:00'] }], ledgers: {}, deliveries: {}, runs: [] }));
    await expect(openFileStore({ dataDir: dir, clock })).rejects.toThrow(/subscriptions\.0\.times\.0: must be HH:MM/);
  });

  it("with onCorrupt 'fresh', moves the file aside and starts empty", async () => {
    await writeFile(join(dir, 'sitrep.json'), 'not json at all');
    const store = await openFileStore({ dataDir: dir, clock, onCorrupt: 'fresh' });
    expect(await store.listSubscriptions()).toEqual([]);
    await store.close();
    const names = await readdir(dir);
    const backup = names.find((n) => n.startsWith('sitrep.json.corrupt-'));
    expect(backup).toBeDefined();
    expect(await readFile(join(dir, backup!), 'utf8')).toBe('not json at all');
    expect(JSON.parse(await readFile(join(dir, 'sitrep.json'), 'utf8')).version).toBe(1);
  });

  it('refuses a file from a newer sitrep without touching it', async () => {
    await writeFile(join(dir, 'sitrep.json'), JSON.stringify({ version: 7 }));
    await expect(openFileStore({ dataDir: dir, clock })).rejects.toThrow(StoreVersionError);
    expect(await readdir(dir)).toEqual(['sitrep.json']);
  });

  it('migrates a v0 file to v1, keeping a backup of the original', async () => {
    const v0 = {
      subs: [
        { channel: 'discord:1:2', topic: 'iraq-mission', time: '07:30', tz: 'Europe/Brussels' },
        { channel: 'console:local', topic: 'iran', time: '19:00' },
      ],
      delivered: { 'discord:1:2|iraq-mission': ['a', 'b', 'a'] },
    };
    await writeFile(join(dir, 'sitrep.json'), JSON.stringify(v0));
    const store = await openFileStore({ dataDir: dir, clock, defaultTimezone: 'Asia/Tokyo' });
    expect(await store.listSubscriptions()).toEqual([
      { channel: 'discord:1:2', topic: 'iraq-mission', times: ['07:30'], days: 'daily', timezone: 'Europe/Brussels', quiet: false, createdAt: clock.now().toISOString() },
      { channel: 'console:local', topic: 'iran', times: ['19:00'], days: 'daily', timezone: 'Asia/Tokyo', quiet: false, createdAt: clock.now().toISOString() },
    ]);
    expect(await store.getLedger('discord:1:2', 'iraq-mission')).toEqual({ channel: 'discord:1:2', topic: 'iraq-mission', articleIds: ['a', 'b'], quoteIds: [] });
    await store.close();
    expect(JSON.parse(await readFile(join(dir, 'sitrep.json'), 'utf8')).version).toBe(1);
    const backup = (await readdir(dir)).find((n) => n.startsWith('sitrep.json.v0-backup-'));
    expect(JSON.parse(await readFile(join(dir, backup!), 'utf8'))).toEqual(v0);
  });

  it('treats an unrecognisable unversioned file as corrupt rather than guessing', async () => {
    await writeFile(join(dir, 'sitrep.json'), JSON.stringify({ subscriptions: [] }));
    await expect(openFileStore({ dataDir: dir, clock })).rejects.toThrow(/not a v0 store/);
  });

  it('allows one process per store, and takes over a lock left by a dead process', async () => {
    const a = await openFileStore({ dataDir: dir, clock });
    await expect(openFileStore({ dataDir: dir, clock })).rejects.toThrow(StoreLockedError);
    await a.close();
    // A pid that cannot be alive (above the kernel's pid_max).
    await writeFile(join(dir, 'sitrep.json.lock'), '99999999\n');
    const b = await openFileStore({ dataDir: dir, clock });
    await b.close();
    // After a container restart the new process may have the very pid in the stale lock.
    await writeFile(join(dir, 'sitrep.json.lock'), `${process.pid}\n`);
    const c = await openFileStore({ dataDir: dir, clock });
    await c.close();
  });

  it('concurrent writes all land on disk', async () => {
    const store = await openFileStore({ dataDir: dir, clock });
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => store.putSubscription({ ...sub, topic: `topic-${i}` })),
    );
    await store.close();
    const onDisk = JSON.parse(await readFile(join(dir, 'sitrep.json'), 'utf8'));
    expect(onDisk.subscriptions).toHaveLength(25);
  });
});
