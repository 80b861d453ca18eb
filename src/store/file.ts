import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import type { Clock } from '../core/commands.js';
import { systemClock } from '../core/commands.js';
import type { Logger } from '../core/logger.js';
import { silentLogger } from '../core/logger.js';
import { DocumentStore, type DocumentStoreOptions } from './document.js';
import { StoreCorruptError, StoreVersionError } from './errors.js';
import { acquireLock } from './lock.js';
import { migrate } from './migrate.js';
import { emptyDoc, STORE_VERSION, type StoreDoc } from './schema.js';

export const DEFAULT_STORE_FILE = 'sitrep.json';

export interface FileStoreOptions extends DocumentStoreOptions {
  /** Folder holding the store file; default ./data. */
  dataDir?: string;
  /** Default sitrep.json. */
  fileName?: string;
  /**
   * What to do with an unreadable store file. 'refuse' (default): copy it aside and throw StoreCorruptError, leaving
   * the file in place so every restart refuses until an operator decides. 'fresh': move it aside and start empty
   * (logged at error level). Refusing is the default because an empty store forgets subscriptions (missed digests)
   * and the delivery ledger (repeated news, and a possible duplicate of a delivery that was in flight).
   */
  onCorrupt?: 'refuse' | 'fresh';
  /** Zone given to v0 subscriptions that named none. */
  defaultTimezone?: string;
  clock?: Clock;
  logger?: Logger;
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Copy (or move) `file` aside as `<file>.<tag>-<ts>`, reusing an identical earlier backup instead of piling up copies. */
async function backUp(file: string, content: string, tag: string, now: Date, move: boolean): Promise<string> {
  const dir = dirname(file);
  const prefix = `${basename(file)}.${tag}-`;
  const want = sha(content);
  for (const name of await readdir(dir)) {
    if (!name.startsWith(prefix)) continue;
    const existing = join(dir, name);
    if (sha(await readFile(existing, 'utf8').catch(() => '')) === want) {
      if (move) await rename(file, `${existing}.dup`).catch(() => undefined);
      return existing;
    }
  }
  const target = join(dir, `${prefix}${stamp(now)}`);
  if (move) await rename(file, target);
  else await copyFile(file, target);
  return target;
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Open (or create) the JSON store file. Writes go through lowdb's DataFile adapter, which writes a temp file and
 * renames it over the store, so a crash mid-write leaves the previous complete document. (No fsync: a kill -9 loses
 * nothing, a power cut may lose the last writes.)
 */
export async function openFileStore(options: FileStoreOptions = {}): Promise<DocumentStore> {
  const clock = options.clock ?? systemClock;
  const logger = (options.logger ?? silentLogger()).child({ component: 'store' });
  const file = resolve(options.dataDir ?? './data', options.fileName ?? DEFAULT_STORE_FILE);
  await mkdir(dirname(file), { recursive: true });
  const release = await acquireLock(`${file}.lock`, file);

  try {
    const text = await readText(file);
    let doc: StoreDoc = emptyDoc();
    let mustWrite = text === undefined;
    if (text !== undefined) {
      let reason: string | undefined;
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (e) {
        reason = `invalid JSON: ${(e as Error).message}`;
      }
      if (reason === undefined) {
        const m = migrate(raw, { defaultTimezone: options.defaultTimezone ?? 'UTC', now: clock.now() });
        if (m.ok) {
          doc = m.doc;
          if (m.from < STORE_VERSION) {
            const backup = await backUp(file, text, `v${m.from}-backup`, clock.now(), false);
            logger.info({ file, from: m.from, to: STORE_VERSION, backup }, 'migrated store file');
            mustWrite = true;
          }
        } else if ('newer' in m) {
          throw new StoreVersionError(file, m.newer, STORE_VERSION);
        } else {
          reason = m.reason;
        }
      }
      if (reason !== undefined) {
        const fresh = options.onCorrupt === 'fresh';
        const backup = await backUp(file, text, 'corrupt', clock.now(), fresh);
        if (!fresh) throw new StoreCorruptError(file, reason, backup);
        logger.error({ file, reason, backup }, 'store file unreadable; moved aside, starting with an empty store');
        mustWrite = true;
      }
    }

    const db = new Low<StoreDoc>(new DataFile<StoreDoc>(file, { parse: JSON.parse, stringify: (d) => `${JSON.stringify(d, null, 1)}\n` }), doc);
    const persist = async (next: StoreDoc) => {
      db.data = next;
      await db.write();
    };
    if (mustWrite) await persist(doc);
    const onClose = async () => {
      await options.onClose?.();
      await release();
    };
    return new DocumentStore(doc, persist, { ...options, onClose });
  } catch (e) {
    await release();
    throw e;
  }
}
