import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleAnalysis, Entity, Quote } from '../../src/analysis/types.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Article } from '../../src/corpus/article.js';
import { CorpusLibrary, type MutableEntities } from '../../src/library/corpus-library.js';

function articleFile(title: string, body: string, published = '2020-01-06'): string {
  return `---\ntitle: ${title}\noutlet: Test Wire\npublished: ${published}\n---\n${body}\n`;
}

/** Counts analyses so tests can see what was (not) redone. */
function fakeAnalyze(calls: string[]) {
  return (article: Article): ArticleAnalysis => {
    calls.push(article.id);
    return { articleId: article.id, hash: article.hash, version: 1, sentences: [], mentions: [], quotes: [], numbers: [], dates: [] };
  };
}

class FakeEntities implements MutableEntities {
  readonly present = new Set<string>();
  add(article: Article): void {
    this.present.add(article.id);
  }
  remove(id: string): void {
    this.present.delete(id);
  }
  all(): Entity[] {
    return [];
  }
  get(): Entity | undefined {
    return undefined;
  }
  lookup(): Entity | undefined {
    return undefined;
  }
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-lib-'));
  mkdirSync(join(dir, 'articles'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function library(calls: string[], entities = new FakeEntities()) {
  return new CorpusLibrary({ contentDir: dir, logger: silentLogger(), analyze: fakeAnalyze(calls), entities });
}

describe('CorpusLibrary', () => {
  it('loads good articles in date order and records bad files with reasons', async () => {
    writeFileSync(join(dir, 'articles', 'b.md'), articleFile('B', 'Second story body.', '2020-01-07'));
    writeFileSync(join(dir, 'articles', 'a.md'), articleFile('A', 'First story body.', '2020-01-05'));
    writeFileSync(join(dir, 'articles', 'bad.md'), 'no front matter here');
    const calls: string[] = [];
    const lib = library(calls);
    const change = await lib.loadAll();
    expect(lib.articles().map((a) => a.id)).toEqual(['articles/a', 'articles/b']);
    expect(change).toMatchObject({ removed: [], version: 1 });
    expect(lib.loadErrors()).toEqual([expect.objectContaining({ path: 'articles/bad.md' })]);
    expect(lib.analysis('articles/a')?.articleId).toBe('articles/a');
  });

  it('re-analyses only the file that changed and tells listeners', async () => {
    writeFileSync(join(dir, 'articles', 'a.md'), articleFile('A', 'First.'));
    writeFileSync(join(dir, 'articles', 'b.md'), articleFile('B', 'Second.'));
    const calls: string[] = [];
    const lib = library(calls);
    await lib.loadAll();
    const heard: unknown[] = [];
    lib.onChange((c) => heard.push(c));
    calls.length = 0;

    writeFileSync(join(dir, 'articles', 'b.md'), articleFile('B', 'Second, revised.'));
    writeFileSync(join(dir, 'articles', 'c.md'), articleFile('C', 'Third.'));
    const change = await lib.refresh([join(dir, 'articles', 'b.md'), 'articles/c.md', 'articles/a.md']);
    expect(calls.sort()).toEqual(['articles/b', 'articles/c']);
    expect(change).toEqual({ added: ['articles/b', 'articles/c'], removed: [], version: 2 });
    expect(heard).toEqual([change]);
  });

  it('drops a deleted or newly broken file and keeps serving the rest', async () => {
    writeFileSync(join(dir, 'articles', 'a.md'), articleFile('A', 'First.'));
    writeFileSync(join(dir, 'articles', 'b.md'), articleFile('B', 'Second.'));
    const entities = new FakeEntities();
    const lib = library([], entities);
    await lib.loadAll();
    rmSync(join(dir, 'articles', 'a.md'));
    writeFileSync(join(dir, 'articles', 'b.md'), '---\ntitle: [unclosed\n---\nbody');
    const change = await lib.refresh(['articles/a.md', 'articles/b.md']);
    expect(change.removed.sort()).toEqual(['articles/a', 'articles/b']);
    expect(lib.articles()).toEqual([]);
    expect([...entities.present]).toEqual([]);
    expect(lib.loadErrors().map((e) => e.path)).toEqual(['articles/b.md']);
  });

  it('reuses memoised analyses across instances and canonicalises speakers corpus-wide', async () => {
    writeFileSync(join(dir, 'articles', 'a.md'), articleFile('A', 'First.'));
    const calls: string[] = [];
    const stored = new Map<string, ArticleAnalysis>();
    const quote: Quote = {
      id: 'articles/a#q0', articleId: 'articles/a', text: 'x', start: 0, end: 1, kind: 'partial',
      speaker: { name: 'Stoltenberg', kind: 'person' }, verb: 'said', paragraph: 0, sentence: 0, date: '2020-01-06',
    };
    const opts = {
      contentDir: dir,
      logger: silentLogger(),
      entities: new FakeEntities(),
      // A memo in front of the analyser, as the content-hash cache is in production.
      analyze: async (a: Article) => {
        const hit = stored.get(a.hash);
        if (hit) return hit;
        const fresh = { ...fakeAnalyze(calls)(a), quotes: [quote] };
        stored.set(a.hash, fresh);
        return fresh;
      },
      canonicalizeSpeakers: (qs: Quote[]) => qs.map((q) => ({ ...q, speaker: { ...q.speaker, name: 'Jens Stoltenberg' } })),
    };
    await new CorpusLibrary(opts).loadAll();
    const second = new CorpusLibrary(opts);
    await second.loadAll();
    expect(calls).toEqual(['articles/a']);
    expect(second.analysis('articles/a')?.quotes[0]?.speaker.name).toBe('Jens Stoltenberg');
  });

  it('serialises overlapping refreshes', async () => {
    writeFileSync(join(dir, 'articles', 'a.md'), articleFile('A', 'First.'));
    const lib = library([]);
    const [one, two] = await Promise.all([lib.loadAll(), lib.refresh(['articles/a.md'])]);
    expect(one.added).toEqual(['articles/a']);
    expect(two.added).toEqual([]);
    expect(lib.version).toBe(1);
  });
});
