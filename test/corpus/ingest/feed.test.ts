import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestError } from '../../../src/corpus/ingest/errors.js';
import { ingestFeed } from '../../../src/corpus/ingest/feed.js';
import { loadCorpus } from '../../../src/corpus/load.js';
import { fakeFetch, fixture } from './fake-fetch.js';

const FEED = 'https://news.example.org/world/rss.xml';
const ALLIES = 'https://news.example.org/world/allies-back-pause?utm_source=rss&utm_medium=feed';
const now = () => new Date('2020-01-08T07:00:00Z');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-feed-'));
  await mkdir(join(dir, 'articles'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function routes(feedBody = fixture('feed.rss')) {
  return {
    [FEED]: { type: 'application/rss+xml', body: feedBody },
    [ALLIES]: { body: fixture('news-page.html') },
    'https://news.example.org/world/gone': { status: 500, body: 'oops' },
  };
}

describe('ingestFeed', () => {
  it('writes new items (full-content items without fetching, teasers by fetching the link) and reports failures', async () => {
    const fetch = fakeFetch(routes());
    const failures: IngestError[] = [];
    const written = await ingestFeed(FEED, { fetch, contentDir: dir, now, onItemError: (e) => failures.push(e) });
    expect(written).toHaveLength(2);
    expect(fetch.calls).toEqual([FEED, ALLIES, 'https://news.example.org/world/gone']);
    expect(failures.map((f) => [f.code, f.url])).toEqual([['http-status', 'https://news.example.org/world/gone']]);

    const { articles, errors } = await loadCorpus(dir);
    expect(errors).toEqual([]);
    const vote = articles.find((a) => a.title === 'Iraqi parliament votes to expel foreign troops');
    expect(vote).toMatchObject({ published: '2020-01-05T16:00:00.000Z', byline: 'Sam Ortiz', outlet: 'news.example.org' });
    expect(vote?.paragraphs.map((p) => p.text)).toContain('“We have to act now to protect our sovereignty,” caretaker Prime Minister Adel Abdul-Mahdi told lawmakers before the vote.');
    expect(vote?.body).not.toContain('Lawmakers in Baghdad on Sunday.');
    expect(articles.find((a) => a.outlet === 'Example Herald')?.url).toBe(ALLIES);
  });

  it('never writes an item twice: a second poll, a changed link with the same guid, or a duplicate entry', async () => {
    const fetch = fakeFetch(routes());
    const first = await ingestFeed(FEED, { fetch, contentDir: dir, now, onItemError: () => {} });
    expect(first).toHaveLength(2);
    const second = await ingestFeed(FEED, { fetch, contentDir: dir, now, onItemError: () => {} });
    expect(second).toEqual([]);

    const relinked = fixture('feed.rss').replace(
      'https://news.example.org/world/iraq-parliament-vote</link>',
      'https://news.example.org/world/iraq-parliament-vote-updated</link>',
    );
    const fetch2 = fakeFetch(routes(relinked));
    expect(await ingestFeed(FEED, { fetch: fetch2, contentDir: dir, now, onItemError: () => {} })).toEqual([]);
    expect((await readdir(join(dir, 'articles'), { recursive: true })).filter((f) => f.endsWith('.md'))).toHaveLength(2);
  });

  it('reads Atom feeds', async () => {
    const fetch = fakeFetch({
      'https://wire.example.net/atom': { type: 'application/atom+xml', body: fixture('feed.atom') },
      'https://wire.example.net/germany-moves-troops': { body: fixture('jsonld-page.html') },
    });
    const written = await ingestFeed('https://wire.example.net/atom', { fetch, contentDir: dir, now });
    expect(written).toHaveLength(1);
    const { articles } = await loadCorpus(dir);
    expect(articles[0]).toMatchObject({ title: 'Germany moves some troops out of Iraq', outlet: 'Example Wire', byline: 'Max Muster' });
  });

  it('throws bad-feed for something that is not a feed, and writes nothing', async () => {
    const fetch = fakeFetch({ [FEED]: { type: 'text/xml', body: '<html><body>Not a feed</body></html>' } });
    await expect(ingestFeed(FEED, { fetch, contentDir: dir, now })).rejects.toMatchObject({ code: 'bad-feed' });
    expect(await readdir(join(dir, 'articles'))).toEqual([]);
  });
});
