import { readFile, unlink, writeFile } from 'node:fs/promises';
import { StoreLockedError } from './errors.js';

/** Locks this process holds, so its own pid in a lock file can be told apart from a stale lock after a restart. */
const held = new Set<string>();

async function holderLooksAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // A restarted container gives the new process the same small pids, so a live pid may be an unrelated program.
  // Where /proc exists, only a node process counts as the holder.
  try {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return /node|sitrep|tsx/.test(cmdline);
  } catch {
    return true;
  }
}

async function readPid(lockPath: string): Promise<number | undefined> {
  try {
    const n = Number.parseInt((await readFile(lockPath, 'utf8')).trim(), 10);
    return Number.isInteger(n) && n > 0 ? n : undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

async function isStale(lockPath: string, holder: number | undefined): Promise<boolean> {
  if (holder === undefined) return true;
  if (holder === process.pid) return !held.has(lockPath);
  return !(await holderLooksAlive(holder));
}

/**
 * A pid lock file next to the store: one sitrep process per store, since two schedulers on one store would post
 * digests twice. A lock left by a dead process (kill -9, power loss, container restart) is taken over. Returns the
 * release function.
 */
export async function acquireLock(lockPath: string, storeFile: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(lockPath, `${process.pid}\n`, { flag: 'wx' });
      held.add(lockPath);
      return async () => {
        held.delete(lockPath);
        if ((await readPid(lockPath)) === process.pid) await unlink(lockPath).catch(() => undefined);
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = await readPid(lockPath);
    if (!(await isStale(lockPath, holder))) throw new StoreLockedError(storeFile, holder ?? -1);
    await unlink(lockPath).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
  }
  throw new StoreLockedError(storeFile, (await readPid(lockPath)) ?? -1);
}
