import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleLoadError, CorpusDirError } from '../../src/corpus/errors.js';
import { loadArticleFile, loadCorpus, MAX_ARTICLE_BYTES } from '../../src/corpus/load.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-load-'));
  await mkdir(join(dir, 'articles'), { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(rel: string, content: string | Buffer): Promise<string> {
  const abs = join(dir, 'articles', rel);
  await mkdir(dirname(abs), { recursive: true });
  await writeFile(abs, content);
  return abs;
}

function article(fields: Record<string, string>, body = 'BRUSSELS – Allies met on Monday.\n\n“We are ready,” he said.\n'): string {
  const yaml = Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}`;
}

const good = (n: number, published = `2020-01-${String((n % 28) + 1).padStart(2, '0')}`) =>
  article({ title: `"Story ${n}"`, outlet: 'Wire', published });

describe('loadArticleFile', () => {
  it('reads front matter, keeps the body byte for byte and hashes the whole file', async () => {
    const body = '\nOTTAWA—NATO says it’s willing.\n\n“We are there by invitation,” he said.\n\nSource link';
    const text = `---\ntitle: NATO willing\noutlet: Toronto Star\npublished: 2020-01-06\nurl: https://example.com/a\nbyline: Jane Doe\n---${body}`;
    const abs = await put('sub/dir/2020-01-06-star.md', text.replace('---\n\n', '---\n'));
    const raw = await readFile(abs);
    const a = await loadArticleFile(abs, dir);
    expect(a.id).toBe('articles/sub/dir/2020-01-06-star');
    expect(a.path).toBe('articles/sub/dir/2020-01-06-star.md');
    expect(a.title).toBe('NATO willing');
    expect(a.outlet).toBe('Toronto Star');
    expect(a.url).toBe('https://example.com/a');
    expect(a.byline).toBe('Jane Doe');
    expect(a.language).toBe('en');
    expect(a.published).toBe('2020-01-06');
    expect(a.publishedAt.toISOString()).toBe('2020-01-06T00:00:00.000Z');
    expect(raw.toString('utf8').endsWith(a.body)).toBe(true);
    expect(a.hash).toBe(createHash('sha256').update(raw).digest('hex'));
    for (const p of a.paragraphs) expect(a.body.slice(p.start, p.end)).toBe(p.text);
    expect(a.paragraphs.map((p) => p.text)).toContain('“We are there by invitation,” he said.');
    expect(a.removed.map((r) => r.text)).toContain('Source link');
  });

  it('parses date-times with zones to the right instant and keeps the text as written', async () => {
    const abs = await put('a.md', article({ title: 'T', outlet: 'O', published: '2020-01-06T14:30:00+01:00', language: 'fr' }));
    const a = await loadArticleFile(abs, dir);
    expect(a.published).toBe('2020-01-06T14:30:00+01:00');
    expect(a.publishedAt.toISOString()).toBe('2020-01-06T13:30:00.000Z');
    expect(a.language).toBe('fr');
  });

  it('throws a typed error with a code and a reason', async () => {
    const abs = await put('bad.md', article({ title: 'T', outlet: 'O', published: '2020-02-30' }));
    const err = await loadArticleFile(abs, dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArticleLoadError);
    expect((err as ArticleLoadError).code).toBe('bad-date');
    expect((err as ArticleLoadError).path).toBe('articles/bad.md');
    expect((err as ArticleLoadError).reason).toMatch(/2020-02-30.*ISO 8601/);
  });
});

describe('loadCorpus', () => {
  it('sorts by publication instant, then id, across nested folders', async () => {
    await put('b.md', good(1, '2020-01-06'));
    await put('a.md', good(2, '2020-01-06'));
    await put('x/early.md', good(3, '2020-01-05T23:00:00Z'));
    await put('late.md', good(4, '2020-01-06T00:00:01Z'));
    const { articles, errors } = await loadCorpus(dir);
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(['articles/x/early', 'articles/a', 'articles/b', 'articles/late']);
  });

  it('ignores non-Markdown files and dotfiles (editor swap files, half-written ingest temps)', async () => {
    await put('keep.md', good(1));
    await put('notes.txt', 'not an article');
    await put('.tmp-123.md', 'half written');
    await put('.hidden/x.md', good(2));
    const { articles, errors } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(['articles/keep']);
    expect(errors).toEqual([]);
  });

  it('throws CorpusDirError when the content folder is missing', async () => {
    await expect(loadCorpus(join(dir, 'no-such-folder'))).rejects.toBeInstanceOf(CorpusDirError);
  });

  it('reads articles straight from the content folder when it has no articles/ folder', async () => {
    await rm(join(dir, 'articles'), { recursive: true });
    await writeFile(join(dir, 'flat.md'), '---\ntitle: Flat\noutlet: Wire\npublished: 2020-01-06\n---\nA story body.\n');
    const { articles, errors } = await loadCorpus(dir);
    expect(errors).toEqual([]);
    expect(articles.map((a) => [a.id, a.path])).toEqual([['flat', 'flat.md']]);
  });

  it('reports each of 100 malformed files with its reason and still loads every good file', async () => {
    const malformed = malformedCases();
    expect(malformed.length).toBe(100);
    for (const [i, c] of malformed.entries()) await put(`bad/${String(i).padStart(3, '0')}-${c.code}.md`, c.content);
    for (let i = 0; i < 60; i++) await put(`good/${i % 5}/story-${i}.md`, good(i));
    const { articles, errors } = await loadCorpus(dir);
    expect(articles).toHaveLength(60);
    expect(articles.every((a) => a.id.startsWith('articles/good/'))).toBe(true);
    expect(errors).toHaveLength(100);
    for (const [i, c] of malformed.entries()) {
      const path = `articles/bad/${String(i).padStart(3, '0')}-${c.code}.md`;
      const error = errors.find((e) => e.path === path);
      expect(error, path).toBeDefined();
      expect(error?.code, path).toBe(c.code);
      expect(error?.reason, path).toMatch(c.reason);
    }
  });

  it('never throws on arbitrary bytes: every file either loads or is reported', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 300 }), { minLength: 1, maxLength: 8 }), async (blobs) => {
        await rm(join(dir, 'articles'), { recursive: true, force: true });
        await mkdir(join(dir, 'articles'));
        for (const [i, b] of blobs.entries()) await put(`f${i}.md`, Buffer.from(b));
        const { articles, errors } = await loadCorpus(dir);
        expect(articles.length + errors.length).toBe(blobs.length);
      }),
      { numRuns: 40 },
    );
  });
});

interface BadCase {
  code: string;
  reason: RegExp;
  content: string | Buffer;
}

/** 100 broken files of many kinds, each with the code and wording its LoadError must carry. */
function malformedCases(): BadCase[] {
  const base = { title: 'T', outlet: 'O', published: '2020-01-06' };
  const withFields = (f: Record<string, string>, body?: string) => article(f, body);
  const kinds: Array<(i: number) => BadCase> = [
    (i) => ({ code: 'bad-yaml', reason: /not valid YAML/, content: `---\ntitle: [unclosed ${i}\noutlet: O\npublished: 2020-01-06\n---\nBody.\n` }),
    (i) => ({ code: 'bad-yaml', reason: /not valid YAML/, content: `---\ntitle: a\ntitle: b${i}\noutlet: O\npublished: 2020-01-06\n---\nBody.\n` }),
    () => ({ code: 'invalid-front-matter', reason: /title: is required/, content: withFields({ outlet: 'O', published: '2020-01-06' }) }),
    () => ({ code: 'invalid-front-matter', reason: /outlet: is required/, content: withFields({ title: 'T', published: '2020-01-06' }) }),
    () => ({ code: 'invalid-front-matter', reason: /published: is required/, content: withFields({ title: 'T', outlet: 'O' }) }),
    () => ({ code: 'invalid-front-matter', reason: /title: title must not be empty/, content: withFields({ ...base, title: '"  "' }) }),
    () => ({ code: 'invalid-front-matter', reason: /url: url must be an http/, content: withFields({ ...base, url: 'ftp://x.org/a' }) }),
    () => ({ code: 'invalid-front-matter', reason: /language: language must be a BCP 47/, content: withFields({ ...base, language: '"english please"' }) }),
    () => ({ code: 'invalid-front-matter', reason: /must be a YAML mapping/, content: '---\n- a\n- b\n---\nBody.\n' }),
    () => ({ code: 'invalid-front-matter', reason: /must be a YAML mapping/, content: '---\n---\nBody.\n' }),
    (i) => ({ code: 'bad-date', reason: /is not an ISO 8601 date/, content: withFields({ ...base, published: ['yesterday', 'Jan 6 2020', '2020-13-01', '2020-02-30', '06/01/2020'][i % 5] as string }) }),
    () => ({ code: 'bad-date', reason: /is not an ISO 8601 date/, content: withFields({ ...base, published: '2020-01-06T25:00:00Z' }) }),
    () => ({ code: 'empty-body', reason: /body is empty/, content: withFields(base, '') }),
    () => ({ code: 'empty-body', reason: /body is empty/, content: withFields(base, '\n   \n\t\n') }),
    () => ({ code: 'no-front-matter', reason: /no front matter/, content: 'Just a body with no front matter.\n' }),
    () => ({ code: 'no-front-matter', reason: /no front matter/, content: '---\ntitle: T\noutlet: O\npublished: 2020-01-06\nBody but no closing fence.\n' }),
    () => ({ code: 'binary', reason: /NUL bytes/, content: Buffer.concat([Buffer.from(withFields(base)), Buffer.from([0, 1, 2, 0])]) }),
    () => ({ code: 'binary', reason: /NUL bytes/, content: Buffer.from(withFields(base), 'utf16le') }),
    () => ({ code: 'not-utf8', reason: /not valid UTF-8/, content: Buffer.from(withFields(base, 'Caf\xe9 Zurich\n'), 'latin1') }),
    () => ({ code: 'not-utf8', reason: /not valid UTF-8/, content: Buffer.concat([Buffer.from(withFields(base)), Buffer.from([0xc3, 0x28, 0xff])]) }),
    () => ({ code: 'too-large', reason: /limit is 2097152 bytes/, content: withFields(base, `${'A long line of text. '.repeat(10)}\n`.repeat(Math.ceil(MAX_ARTICLE_BYTES / 200) + 1)) }),
  ];
  return Array.from({ length: 100 }, (_, i) => (kinds[i % kinds.length] as (i: number) => BadCase)(i));
}
