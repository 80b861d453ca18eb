import { type FSWatcher, watch } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../core/logger.js';
import { CorpusDirError } from './errors.js';
import { articlesRoot, isArticlePath, listArticleFiles, toRelative } from './files.js';

/** Paths relative to the content dir with forward slashes, the same form as Article.path. */
export interface CorpusChange {
  changed: string[];
  removed: string[];
}

export interface WatchOptions {
  /** Quiet time after the last file event before reporting; editors and `git pull` write in bursts. Default 250 ms. */
  debounceMs?: number;
  logger?: Logger;
  /** Watch failures and errors thrown by onChange. Default: logged at error level. */
  onError?: (err: unknown) => void;
}

export interface CorpusWatcher {
  /** Resolves once the starting state is known; changes before that are still reported, relative to it. */
  ready: Promise<void>;
  close(): void;
}

interface FileState {
  mtimeMs: number;
  size: number;
  ino: number;
}

/**
 * Watches `<contentDir>/articles` (recursively) and reports which article files changed or disappeared.
 *
 * File events only trigger a rescan: the report comes from diffing a snapshot of (mtime, size, inode) per file, so
 * it is right however the platform coalesces or names events (renames, whole folders deleted, atomic saves via temp
 * files). Paths an event named are reported as changed even when their stats look unchanged (same-size rewrite
 * within the mtime granularity). Dotfiles and non-Markdown files are ignored, as the loader ignores them.
 * Recursive fs.watch is supported on Linux from Node 20.13 (engines require >= 20.19).
 */
export function watchCorpus(contentDir: string, onChange: (change: CorpusChange) => void, opts: WatchOptions = {}): CorpusWatcher {
  const debounceMs = opts.debounceMs ?? 250;
  const report = opts.onError ?? ((err: unknown) => opts.logger?.error({ err }, 'corpus watch failed'));
  const root = articlesRoot(contentDir);
  let snapshot = new Map<string, FileState>();
  let mentioned = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;

  const ready = scan(contentDir).then((s) => {
    snapshot = s;
  });
  // A failed first scan is reported through onError; `ready` still resolves so callers can close cleanly.
  const readyReported = ready.catch(report);

  let watcher: FSWatcher;
  try {
    watcher = watch(root, { recursive: true }, (_event, filename) => {
      if (filename) mentioned.add(toRelative(contentDir, join(root, filename.toString())));
      schedule();
    });
  } catch (err) {
    closed = true;
    throw new CorpusDirError(root, `cannot be watched (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { cause: err });
  }
  watcher.on('error', (err) => report(err));

  function schedule(): void {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, debounceMs);
  }

  async function flush(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      try {
        await readyReported;
        const names = mentioned;
        mentioned = new Set();
        const next = await scan(contentDir);
        if (closed) return;
        const change = diff(snapshot, next, names);
        snapshot = next;
        if (change.changed.length > 0 || change.removed.length > 0) onChange(change);
      } catch (err) {
        report(err);
      }
    })();
    await running;
    running = undefined;
    if (again && !closed) {
      again = false;
      await flush();
    }
  }

  return {
    ready: readyReported,
    close(): void {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}

async function scan(contentDir: string): Promise<Map<string, FileState>> {
  const files = await listArticleFiles(contentDir);
  const out = new Map<string, FileState>();
  for (const file of files) {
    try {
      const s = await stat(file);
      if (s.isFile()) out.set(toRelative(contentDir, file), { mtimeMs: s.mtimeMs, size: s.size, ino: s.ino });
    } catch (err) {
      // Deleted between listing and stat: it is simply not in this snapshot.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  return out;
}

function diff(before: Map<string, FileState>, after: Map<string, FileState>, mentioned: Set<string>): CorpusChange {
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [path, state] of after) {
    const old = before.get(path);
    const touched = mentioned.has(path) && isArticlePath(path);
    if (!old || touched || old.mtimeMs !== state.mtimeMs || old.size !== state.size || old.ino !== state.ino) changed.push(path);
  }
  for (const path of before.keys()) if (!after.has(path)) removed.push(path);
  return { changed: changed.sort(), removed: removed.sort() };
}

export interface FileWatcher {
  close(): void;
}

/**
 * Calls `onChange` (debounced) whenever the file `name` in `dir` may have changed: written, replaced by an editor's
 * atomic save, created or deleted. The folder is watched rather than the file, because a watch on the file itself
 * ends when an editor replaces it and cannot start while it does not exist. The caller re-reads the file and decides
 * whether anything changed (content-compare), so a spurious call costs one read.
 */
export function watchFileIn(dir: string, name: string, onChange: () => void, opts: WatchOptions = {}): FileWatcher {
  const debounceMs = opts.debounceMs ?? 250;
  const report = opts.onError ?? ((err: unknown) => opts.logger?.error({ err, dir, name }, 'file watch failed'));
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, (_event, filename) => {
      // Some platforms omit the name; then any event in the folder may be ours.
      if (closed || (filename && filename.toString() !== name)) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        if (closed) return;
        try {
          onChange();
        } catch (err) {
          report(err);
        }
      }, debounceMs);
    });
  } catch (err) {
    throw new CorpusDirError(dir, `cannot be watched (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { cause: err });
  }
  watcher.on('error', (err) => report(err));
  return {
    close(): void {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
