import { readFile, unlink, writeFile } from 'node:fs/promises';
import { StoreLockedError } from './errors.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
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

/**
 * A pid lock file next to the store: one sitrep process per store. A lock left by a dead process (kill -9, power
 * loss) is taken over. Returns the release function.
 */
export async function acquireLock(lockPath: string, storeFile: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(lockPath, `${process.pid}\n`, { flag: 'wx' });
      return async () => {
        if ((await readPid(lockPath)) === process.pid) await unlink(lockPath).catch(() => undefined);
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = await readPid(lockPath);
    if (holder !== undefined && isAlive(holder)) throw new StoreLockedError(storeFile, holder);
    await unlink(lockPath).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
  }
  throw new StoreLockedError(storeFile, (await readPid(lockPath)) ?? -1);
}
