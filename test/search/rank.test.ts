import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/search/index.js';
import { TopK } from '../../src/search/topk.js';
import { FixtureLibrary } from '../fixtures/briefing/build.js';

const VOCAB = ['troops', 'border', 'talks', 'minister', 'ceasefire', 'harbour', 'convoy', 'envoy', 'ballot', 'strike'];

/**
 * An index of `n` one-sentence articles: three in four say "officials said" (a very common pair), every one has a few
 * mid-frequency words and one rare word (five articles each).
 */
function corpus(n: number): { index: SearchIndex; lib: FixtureLibrary } {
  const specs = Array.from({ length: n }, (_, i) => {
    const words = [VOCAB[i % 7]!, VOCAB[(i * 3) % 10]!, VOCAB[(i * 7 + 1) % 9]!].join(' ');
    return { id: `a${i}`, title: `t${i}`, outlet: `O${i % 5}`, published: `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`, paragraphs: [`${i % 4 ? 'Officials said' : 'It was'} ${words} rare${i % 300} item ${i}.`] };
  });
  const lib = new FixtureLibrary(specs);
  const index = new SearchIndex();
  for (const a of lib.articles()) index.addArticle(a, lib.analysis(a.id)!);
  return { index, lib };
}

describe('search ranking', () => {
  const { index } = corpus(1500);

  it('skipping common terms for new candidates never changes the results', () => {
    // A pass-through filter turns the pruning off: both must agree exactly.
    fc.assert(
      fc.property(fc.subarray([...VOCAB, 'officials', 'said', 'item', 'rare7', 'rare42', 'rare299'], { minLength: 1, maxLength: 5 }), fc.constantFrom(1, 3, 20), fc.boolean(), (words, limit, all) => {
        const q = words.join(' ');
        const pruned = index.search(q, { limit, all }).map((h) => [h.passage.id, h.score, h.coverage]);
        const full = index.search(q, { limit, all, filter: () => true }).map((h) => [h.passage.id, h.score, h.coverage]);
        expect(pruned).toEqual(full);
      }),
      { numRuns: 150 },
    );
  });

  it('ranks by terms matched first, and `all` keeps only passages with every term', () => {
    const hits = index.search('officials convoy envoy', { limit: 50 });
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.coverage).toBeGreaterThanOrEqual(hits[i]!.coverage);
    for (const h of index.search('convoy envoy', { all: true, limit: 50 })) expect(h.coverage).toBe(1);
  });
});

describe('TopK', () => {
  it('keeps the best k of any stream, best first', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: 0, max: 8 }), (xs, k) => {
        const top = new TopK<number>(k, (a, b) => a > b);
        for (const x of xs) top.offer(x);
        expect(top.sorted()).toEqual([...xs].sort((a, b) => b - a).slice(0, k));
      }),
    );
  });
});
