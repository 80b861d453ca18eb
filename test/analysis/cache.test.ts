import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION, analyzeArticle } from '../../src/analysis/analyze.js';
import { AnalysisCache } from '../../src/analysis/cache.js';
import type { ArticleAnalysis } from '../../src/analysis/types.js';
import type { Article } from '../../src/corpus/article.js';
import { makeArticle } from './helpers.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'sitrep-analysis-'));
  dirs.push(d);
  return d;
}
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

function counting(): { analyze: (a: Article) => ArticleAnalysis; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    analyze: (a) => {
      calls.push(a.id);
      return analyzeArticle(a);
    },
  };
}

const BODY = 'Secretary General Jens Stoltenberg met 29 allies on Friday. “We agree,” Stoltenberg said.';

describe('analyzeArticle', () => {
  it('returns every part with the article id, hash and version', () => {
    const article = makeArticle(BODY, { id: 'a' });
    const a = analyzeArticle(article);
    expect(a).toMatchObject({ articleId: 'a', hash: article.hash, version: ANALYSIS_VERSION });
    expect(a.sentences).toHaveLength(2);
    expect(a.mentions.some((m) => m.name === 'Jens Stoltenberg')).toBe(true);
    expect(a.numbers.map((n) => n.value)).toEqual([29]);
    expect(a.dates.map((d) => d.date)).toEqual(['2020-01-03']);
    expect(Array.isArray(a.quotes)).toBe(true);
  });
});

describe('AnalysisCache', () => {
  it('in memory: a second request is a hit, a changed hash recomputes', async () => {
    const { analyze, calls } = counting();
    const cache = new AnalysisCache({ analyze });
    const article = makeArticle(BODY, { id: 'a' });
    const first = await cache.get(article);
    expect(await cache.get(article)).toBe(first);
    expect(calls).toEqual(['a']);
    const edited = makeArticle(`${BODY} More.`, { id: 'a' });
    expect((await cache.get(edited)).hash).toBe(edited.hash);
    expect(calls).toEqual(['a', 'a']);
    expect(cache.stats).toEqual({ memoryHits: 1, diskHits: 0, computed: 2 });
  });

  it('on disk: nothing is held in memory, a repeated request reads the file again', async () => {
    const dir = await tempDir();
    const { analyze, calls } = counting();
    const cache = new AnalysisCache({ dir, analyze });
    const article = makeArticle(BODY, { id: 'a' });
    const first = await cache.get(article);
    const again = await cache.get(article);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    expect(calls).toEqual(['a']);
    expect(cache.stats).toEqual({ memoryHits: 0, diskHits: 1, computed: 1 });
  });

  it('on disk: a restarted process reads analyses back instead of recomputing', async () => {
    const dir = await tempDir();
    const article = makeArticle(BODY, { id: 'a' });
    const first = counting();
    const original = await new AnalysisCache({ dir, analyze: first.analyze }).get(article);
    const second = counting();
    const restarted = new AnalysisCache({ dir, analyze: second.analyze });
    expect(await restarted.get(article)).toEqual(original);
    expect(second.calls).toEqual([]);
    expect(restarted.stats.diskHits).toBe(1);
  });

  it('recomputes for a new analysis version or another article id with the same content', async () => {
    const dir = await tempDir();
    const article = makeArticle(BODY, { id: 'a' });
    await new AnalysisCache({ dir }).get(article);
    const next = counting();
    await new AnalysisCache({ dir, version: ANALYSIS_VERSION + 1, analyze: next.analyze }).get(article);
    const copy = { ...article, id: 'copy', path: 'copy.md' };
    const other = await new AnalysisCache({ dir, analyze: next.analyze }).get(copy);
    expect(next.calls).toEqual(['a', 'copy']);
    expect(other.sentences[0]?.id).toBe('copy#s0');
  });

  it('recomputes and rewrites a corrupt cache file', async () => {
    const dir = await tempDir();
    const article = makeArticle(BODY, { id: 'a' });
    const cache = new AnalysisCache({ dir });
    await cache.get(article);
    await writeFile(join(dir, cache.keyOf(article)), '{"not json');
    const next = counting();
    const fresh = new AnalysisCache({ dir, analyze: next.analyze });
    expect((await fresh.get(article)).articleId).toBe('a');
    expect(next.calls).toEqual(['a']);
    expect((await new AnalysisCache({ dir, analyze: next.analyze }).get(article)).articleId).toBe('a');
    expect(next.calls).toEqual(['a']);
  });

  it('prunes entries of articles that are gone or changed', async () => {
    const dir = await tempDir();
    const cache = new AnalysisCache({ dir });
    const a = makeArticle(BODY, { id: 'a' });
    const b = makeArticle('Another one.', { id: 'b' });
    await cache.get(a);
    await cache.get(b);
    expect(await cache.prune([a])).toBe(1);
    expect(await readdir(dir)).toEqual([cache.keyOf(a)]);
  });
});

describe('AnalysisCache default version', () => {
  it('keys files by the analysis version and a fingerprint of the analysis code, and reads them back', async () => {
    const dir = await tempDir();
    const article = makeArticle(BODY, { id: 'a' });
    const first = new AnalysisCache({ dir });
    await first.get(article);
    const [file] = await readdir(dir);
    expect(file).toMatch(new RegExp(`\\.v${ANALYSIS_VERSION}-[0-9a-f]{10}\\.json$`));
    const second = new AnalysisCache({ dir });
    await second.get(article);
    expect(second.stats).toMatchObject({ diskHits: 1, computed: 0 });
  });
});
