import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnownItems } from '../../../src/corpus/ingest/existing.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-known-'));
  await mkdir(join(dir, 'articles', 'deep'), { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('KnownItems.scan', () => {
  it('finds urls and guids in every article, also past a long front matter, and ignores broken files', async () => {
    await writeFile(join(dir, 'articles', 'a.md'), '---\ntitle: A\noutlet: O\npublished: 2020-01-01\nurl: "https://www.example.com/a?utm_source=x"\n---\nText.\n');
    await writeFile(join(dir, 'articles', 'deep', 'b.md'), `---\ntitle: B\nnotes: "${'n'.repeat(40_000)}"\noutlet: O\npublished: 2020-01-01\nguid: feed-item-7\n---\nText.\n`);
    await writeFile(join(dir, 'articles', 'broken.md'), '---\ntitle: [unclosed\nurl: https://example.com/broken\n---\n');
    await writeFile(join(dir, 'articles', 'none.md'), 'No front matter, url: https://example.com/none\n');
    const known = await KnownItems.scan(dir);
    expect(known.find('https://example.com/a')).toBe('articles/a.md');
    expect(known.find('feed-item-7')).toBe('articles/deep/b.md');
    expect(known.find('https://example.com/broken')).toBeUndefined();
    expect(known.find('https://example.com/none')).toBeUndefined();
  });
});
