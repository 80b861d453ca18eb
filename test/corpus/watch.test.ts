import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusDirError } from '../../src/corpus/errors.js';
import { type CorpusChange, type CorpusWatcher, type FileWatcher, watchCorpus, watchFileIn } from '../../src/corpus/watch.js';

let dir: string;
let watcher: CorpusWatcher | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-watch-'));
  await mkdir(join(dir, 'articles'));
});
afterEach(async () => {
  watcher?.close();
  watcher = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** Collects reported changes; `until` waits (bounded) for the union of reports to satisfy a condition. */
function recorder() {
  const reports: CorpusChange[] = [];
  const errors: unknown[] = [];
  let wake: (() => void) | undefined;
  const onChange = (c: CorpusChange) => {
    reports.push(c);
    wake?.();
  };
  const union = () => ({
    changed: new Set(reports.flatMap((r) => r.changed)),
    removed: new Set(reports.flatMap((r) => r.removed)),
  });
  async function until(ok: (u: ReturnType<typeof union>) => boolean, limitMs = 5000): Promise<ReturnType<typeof union>> {
    const deadline = Date.now() + limitMs;
    while (!ok(union())) {
      if (Date.now() > deadline) throw new Error(`watch reports never matched: ${JSON.stringify(reports)}`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 50);
      });
    }
    return union();
  }
  return { reports, errors, onChange, onError: (e: unknown) => errors.push(e), until };
}

/** Polls a condition with a generous bound: a safety net against hangs, not a speed assertion. */
async function waitUntil(ok: () => boolean, limitMs = 5000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error('condition never became true');
    await new Promise((r) => setTimeout(r, 30));
  }
}

const md = (t: string) => `---\ntitle: ${t}\noutlet: O\npublished: 2020-01-06\n---\nBody.\n`;

describe('watchCorpus', () => {
  it('reports new files in new subfolders, edits, and deletions, as content-relative paths', async () => {
    await writeFile(join(dir, 'articles', 'old.md'), md('old'));
    const rec = recorder();
    watcher = watchCorpus(dir, rec.onChange, { debounceMs: 30, onError: rec.onError });
    await watcher.ready;

    await mkdir(join(dir, 'articles', '2020', '01'), { recursive: true });
    await writeFile(join(dir, 'articles', '2020', '01', 'new.md'), md('new'));
    await rec.until((u) => u.changed.has('articles/2020/01/new.md'));

    await writeFile(join(dir, 'articles', 'old.md'), md('old, edited'));
    await rec.until((u) => u.changed.has('articles/old.md'));

    await rm(join(dir, 'articles', 'old.md'));
    const u = await rec.until((x) => x.removed.has('articles/old.md'));
    expect(u.removed.has('articles/2020/01/new.md')).toBe(false);
    expect(rec.errors).toEqual([]);
  });

  it('reports a rename as a removal plus a change, and a deleted folder as removal of every file in it', async () => {
    await mkdir(join(dir, 'articles', 'batch'));
    for (const n of ['a', 'b', 'c']) await writeFile(join(dir, 'articles', 'batch', `${n}.md`), md(n));
    await writeFile(join(dir, 'articles', 'x.md'), md('x'));
    const rec = recorder();
    watcher = watchCorpus(dir, rec.onChange, { debounceMs: 30, onError: rec.onError });
    await watcher.ready;

    await rename(join(dir, 'articles', 'x.md'), join(dir, 'articles', 'y.md'));
    await rm(join(dir, 'articles', 'batch'), { recursive: true });
    const u = await rec.until((x) => x.removed.size === 4 && x.changed.has('articles/y.md'));
    expect([...u.removed].sort()).toEqual(['articles/batch/a.md', 'articles/batch/b.md', 'articles/batch/c.md', 'articles/x.md']);
  });

  it('ignores dotfiles and non-Markdown files, and reports the final file of an atomic temp-then-rename save', async () => {
    const rec = recorder();
    watcher = watchCorpus(dir, rec.onChange, { debounceMs: 30, onError: rec.onError });
    await watcher.ready;
    await writeFile(join(dir, 'articles', 'notes.txt'), 'x');
    await writeFile(join(dir, 'articles', '.tmp-1.md'), md('t'));
    await rename(join(dir, 'articles', '.tmp-1.md'), join(dir, 'articles', 'saved.md'));
    const u = await rec.until((x) => x.changed.has('articles/saved.md'));
    expect([...u.changed]).toEqual(['articles/saved.md']);
    expect([...u.removed]).toEqual([]);
  });

  it('coalesces a burst of writes and reports every file in it', async () => {
    const rec = recorder();
    watcher = watchCorpus(dir, rec.onChange, { debounceMs: 100, onError: rec.onError });
    await watcher.ready;
    const names = Array.from({ length: 25 }, (_, i) => `articles/burst-${i}.md`);
    await Promise.all(names.map((n) => writeFile(join(dir, n), md(n))));
    const u = await rec.until((x) => names.every((n) => x.changed.has(n)));
    expect(u.changed.size).toBe(25);
    // Each report lists distinct paths (no path twice in one report).
    for (const r of rec.reports) expect(new Set(r.changed).size).toBe(r.changed.length);
  });

  it('keeps watching after onChange throws, and reports the error', async () => {
    const errors: unknown[] = [];
    const seen: string[] = [];
    watcher = watchCorpus(
      dir,
      (c) => {
        seen.push(...c.changed);
        if (seen.length === 1) throw new Error('consumer failed');
      },
      { debounceMs: 30, onError: (e) => errors.push(e) },
    );
    await watcher.ready;
    await writeFile(join(dir, 'articles', 'one.md'), md('1'));
    await waitUntil(() => seen.length === 1);
    await writeFile(join(dir, 'articles', 'two.md'), md('2'));
    await waitUntil(() => seen.includes('articles/two.md'));
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe('consumer failed');
  });

  it('stops reporting after close', async () => {
    const rec = recorder();
    watcher = watchCorpus(dir, rec.onChange, { debounceMs: 10, onError: rec.onError });
    await watcher.ready;
    watcher.close();
    await writeFile(join(dir, 'articles', 'late.md'), md('late'));
    await new Promise((r) => setTimeout(r, 150));
    expect(rec.reports).toEqual([]);
  });

  it('throws CorpusDirError when the articles folder does not exist', () => {
    expect(() => watchCorpus(join(dir, 'missing'), () => {})).toThrow(CorpusDirError);
  });
});

describe('watchFileIn', () => {
  let fileWatcher: FileWatcher | undefined;
  afterEach(() => {
    fileWatcher?.close();
    fileWatcher = undefined;
  });

  it('calls back when the file is created, replaced by a rename, or deleted, and not for its neighbours', async () => {
    let calls = 0;
    fileWatcher = watchFileIn(dir, 'topics.yml', () => calls++, { debounceMs: 20 });
    // A write may arrive as more than one event: each step waits for at least one more call.
    const step = async (act: () => Promise<void>) => {
      const before = calls;
      await act();
      await waitUntil(() => calls > before);
    };
    await step(() => writeFile(join(dir, 'topics.yml'), 'a'));
    await step(async () => {
      await writeFile(join(dir, '.topics.tmp'), 'b');
      await rename(join(dir, '.topics.tmp'), join(dir, 'topics.yml'));
    });
    await step(() => rm(join(dir, 'topics.yml')));
    await new Promise((r) => setTimeout(r, 100));
    const settled = calls;
    await writeFile(join(dir, 'other.yml'), 'c');
    await writeFile(join(dir, 'articles', 'topics.yml'), 'd');
    await new Promise((r) => setTimeout(r, 150));
    expect(calls).toBe(settled);
  });
});
