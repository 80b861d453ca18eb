import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpFetch } from '../../../src/corpus/ingest/http.js';
import { runIngest } from '../../../src/corpus/ingest/run.js';
import { loadCorpus } from '../../../src/corpus/load.js';
import { type NewsServer, PATHS, startNewsServer } from '../../fakes/news-server.js';

let server: NewsServer;
let dir: string;
beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-run-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const fetch = createHttpFetch({ allowPrivate: true });
const now = () => new Date('2020-01-08T07:00:00Z');
const url = (path: string) => `${server.base}${path}`;

describe('runIngest', () => {
  it('reports every item in order (written, already there, failed) and one bad item never stops the rest', async () => {
    await mkdir(join(dir, 'articles'));
    const { results, deferred } = await runIngest(
      [
        { kind: 'url', url: url(PATHS.article) },
        { kind: 'url', url: `${url(PATHS.article)}?utm_source=chat#top` },
        { kind: 'url', url: 'ftp://files.example.com/story' },
        { kind: 'url', url: url(PATHS.missing) },
        { kind: 'feed', url: url(PATHS.feed) },
        { kind: 'feed', url: url('/no-such-feed.xml') },
      ],
      { contentDir: dir, fetch, now },
    );
    expect(deferred).toBe(0);
    expect(results.map((r) => [r.status, r.code ?? null, r.feed ? 'feed' : 'page'])).toEqual([
      ['written', null, 'page'],
      ['skipped', null, 'page'],
      ['failed', 'bad-url', 'page'],
      ['failed', 'http-status', 'page'],
      ['skipped', null, 'feed'], // the feed's first item is the page written above
      ['written', null, 'feed'],
      ['failed', 'http-status', 'feed'],
      ['failed', 'http-status', 'page'], // the missing feed as a whole
    ]);
    const [first, again] = results;
    expect(first).toMatchObject({ title: 'Allies back pause in Iraq training', outlet: 'Example Herald', path: expect.stringMatching(/^articles\/ingested\/.+\.md$/) });
    expect(again?.path).toBe(first?.path);
    expect(again?.reason).toContain(first?.path);
    for (const r of results.filter((x) => x.status === 'failed')) expect(r.reason?.length).toBeGreaterThan(10);

    const { articles, errors } = await loadCorpus(dir);
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.title).sort()).toEqual(['Allies back pause in Iraq training', 'Iraqi parliament votes to expel foreign troops']);
  });

  it('writes into a plain folder of articles as it is, without adding an articles/ folder that would hide them', async () => {
    await writeFile(join(dir, 'mine.md'), '---\ntitle: Mine\noutlet: Me\npublished: 2020-01-01\n---\nMy own article text.\n');
    const { results } = await runIngest([{ kind: 'url', url: url(PATHS.article) }], { contentDir: dir, fetch, now });
    expect(results[0]?.path).toMatch(/^ingested\/.+\.md$/);
    expect(await readdir(dir)).not.toContain('articles');
    const { articles } = await loadCorpus(dir);
    expect(articles.map((a) => a.title).sort()).toEqual(['Allies back pause in Iraq training', 'Mine']);
  });

  it('takes at most maxFeedItems new items per run and leaves the rest for the next run', async () => {
    await mkdir(join(dir, 'articles'));
    const feed = [{ kind: 'feed' as const, url: url(PATHS.feed) }];
    const one = await runIngest(feed, { contentDir: dir, fetch, now, maxFeedItems: 1 });
    expect(one.results.map((r) => r.status)).toEqual(['written']);
    expect(one.deferred).toBe(2);
    const two = await runIngest(feed, { contentDir: dir, fetch, now, maxFeedItems: 1 });
    expect(two.results.map((r) => r.status)).toEqual(['skipped', 'written']);
    expect(two.deferred).toBe(1);
  });

  it('throws (not a per-item failure) when the content folder does not exist', async () => {
    await expect(runIngest([{ kind: 'url', url: url(PATHS.article) }], { contentDir: join(dir, 'nope'), fetch, now })).rejects.toThrow(/nope/);
  });
});
