import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/corpus/ingest/errors.js';
import { ingestUrl } from '../../../src/corpus/ingest/url.js';
import { loadArticleFile, loadCorpus } from '../../../src/corpus/load.js';
import { fakeFetch, fixture } from './fake-fetch.js';

const PAGE = 'https://news.example.org/world/allies-back-pause';
const now = () => new Date('2020-01-08T07:00:00Z');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-ingest-'));
  await mkdir(join(dir, 'articles'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function files(): Promise<string[]> {
  return (await readdir(join(dir, 'articles'), { recursive: true })).filter((f) => f.endsWith('.md')).sort();
}

describe('ingestUrl', () => {
  it('writes a loadable article with metadata from the page and only the story text', async () => {
    const fetch = fakeFetch({ [PAGE]: { body: fixture('news-page.html') } });
    const path = await ingestUrl(PAGE, { fetch, contentDir: dir, now });
    expect(path).toMatch(/^articles\/ingested\/2020-01-06-allies-back-pause-in-iraq-training-[0-9a-f]{8}\.md$/);
    const a = await loadArticleFile(join(dir, path), dir);
    expect(a).toMatchObject({
      title: 'Allies back pause in Iraq training',
      outlet: 'Example Herald',
      published: '2020-01-06T18:45:00Z',
      url: PAGE,
      byline: 'Jane Doe',
      language: 'en-GB',
    });
    const text = a.paragraphs.map((p) => p.text);
    expect(text).toContain('“In everything that we do, the safety of our personnel is paramount,” Stoltenberg told reporters at the alliance\'s headquarters.');
    expect(text).toHaveLength(5);
    expect(a.body).not.toMatch(/cookies|Getty|Comments|Privacy|Sport|Iran vows revenge/);
  });

  it('falls back to JSON-LD metadata, and to the clock when a page has no date', async () => {
    const undated = fixture('jsonld-page.html').replace(/"datePublished":"[^"]+",/, '');
    const fetch = fakeFetch({
      'https://wire.example.net/a': { body: fixture('jsonld-page.html') },
      'https://other.example.net/b': { body: undated.replace(/"publisher":\{[^}]+\}/, '"x":1') },
    });
    const a = await loadArticleFile(join(dir, await ingestUrl('https://wire.example.net/a', { fetch, contentDir: dir, now })), dir);
    expect(a).toMatchObject({ outlet: 'Example Wire', byline: 'Max Muster', published: '2020-01-07T09:30:00+01:00' });
    const b = await loadArticleFile(join(dir, await ingestUrl('https://other.example.net/b', { fetch, contentDir: dir, now })), dir);
    expect(b.published).toBe('2020-01-08T07:00:00.000Z');
    expect(b.outlet).toBe('other.example.net');
  });

  it('never ingests the same url twice, even with tracking parameters or a fragment', async () => {
    const fetch = fakeFetch({ [PAGE]: { body: fixture('news-page.html') } });
    const first = await ingestUrl(PAGE, { fetch, contentDir: dir, now });
    const again = await ingestUrl(`${PAGE}?utm_source=twitter&utm_medium=social#comments`, { fetch, contentDir: dir, now });
    expect(again).toBe(first);
    expect(fetch.calls).toEqual([PAGE]);
    expect(await files()).toHaveLength(1);
  });

  it('never overwrites a different article that already has the chosen file name', async () => {
    const fetch = fakeFetch({ [PAGE]: { body: fixture('news-page.html') } });
    const probe = await ingestUrl(PAGE, { fetch, contentDir: dir, now });
    const squatter = `---\ntitle: Something else\noutlet: Other\npublished: 2020-01-01\nurl: https://elsewhere.example.com/x\n---\nA different story entirely.\n`;
    await writeFile(join(dir, probe), squatter); // Same name, different article (as if hand-edited).
    const path = await ingestUrl(PAGE, { fetch, contentDir: dir, now });
    expect(path).toBe(probe.replace(/\.md$/, '-2.md'));
    expect(await readFile(join(dir, probe), 'utf8')).toBe(squatter);
    const { articles, errors } = await loadCorpus(dir);
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.title).sort()).toEqual(['Allies back pause in Iraq training', 'Something else']);
  });

  it.each([
    ['http-status', { status: 404, body: 'gone' }],
    ['not-html', { type: 'application/pdf', body: '%PDF-1.4' }],
    ['fetch-failed', { fail: new Error('ECONNREFUSED') }],
    ['no-content', { body: fixture('empty-page.html') }],
  ] as const)('fails with %s and writes nothing', async (code, route) => {
    const fetch = fakeFetch({ [PAGE]: route });
    const err = await ingestUrl(PAGE, { fetch, contentDir: dir, now }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).code).toBe(code);
    expect((err as IngestError).reason.length).toBeGreaterThan(5);
    expect(await files()).toEqual([]);
    expect((await readdir(join(dir, 'articles'), { recursive: true })).filter((f) => f.includes('.ingest-'))).toEqual([]);
  });

  it('rejects a non-http url without fetching', async () => {
    const fetch = fakeFetch({});
    await expect(ingestUrl('file:///etc/passwd', { fetch, contentDir: dir, now })).rejects.toMatchObject({ code: 'bad-url' });
    expect(fetch.calls).toEqual([]);
  });
});
