import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCandidates } from '../../../src/briefing/summarize/candidates.js';
import { buildConcepts } from '../../../src/briefing/summarize/concepts.js';
import { pageRank } from '../../../src/briefing/summarize/pagerank.js';
import { bigramContainment, isNearDuplicate } from '../../../src/briefing/summarize/redundancy.js';
import { allStems } from '../../../src/briefing/summarize/terms.js';
import { makeVector, sharedTermDots, cosine } from '../../../src/briefing/summarize/vectors.js';

const doc = (...sentences: string[]) => ({ sentences: sentences.map((text) => ({ text })) });

describe('pageRank', () => {
  it('sums to one and favours the hub of a star', () => {
    const star: Array<Array<[number, number]>> = [[[1, 1], [2, 1], [3, 1]], [[0, 1]], [[0, 1]], [[0, 1]]];
    const rank = pageRank(star);
    expect(rank.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(rank[0]).toBeGreaterThan(rank[1]!);
    expect(rank[1]).toBeCloseTo(rank[2]!, 12);
  });

  it('is uniform on a graph without edges and empty on no nodes', () => {
    expect([...pageRank([[], [], []])]).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(pageRank([]).length).toBe(0);
  });
});

describe('sharedTermDots', () => {
  it('equals the brute-force dot products of every pair sharing a term', () => {
    const vec = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.double({ min: 0.1, max: 3, noNaN: true }));
    fc.assert(
      fc.property(fc.array(vec, { maxLength: 8 }), (dicts) => {
        const vectors = dicts.map((d) => makeVector(new Map(Object.entries(d))));
        const got = new Map(sharedTermDots(vectors).map(([i, j, dot]) => [`${i},${j}`, dot]));
        for (let i = 0; i < vectors.length; i++) {
          for (let j = i + 1; j < vectors.length; j++) {
            const a = vectors[i]!;
            const b = vectors[j]!;
            const expected = cosine(a, b) * a.norm * b.norm;
            if (expected > 0) expect(got.get(`${i},${j}`)).toBeCloseTo(expected, 9);
            else expect(got.has(`${i},${j}`)).toBe(false);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('near-duplicates', () => {
  it('flags a wire copy with a dateline and a tense change, not a related sentence', () => {
    const a = allStems('Flooding forced thousands of residents from their homes in the valley on Sunday.');
    const b = allStems('VALLEY (Wire) — Flooding has forced thousands of residents from their homes in the valley on Sunday.');
    const c = allStems('Thousands of residents returned to the valley on Wednesday after the water fell.');
    expect(isNearDuplicate(a, b)).toBe(true);
    expect(isNearDuplicate(a, c)).toBe(false);
    expect(bigramContainment(a, a)).toBe(1);
  });

  it('compares one-word sentences by their words', () => {
    expect(bigramContainment(['yes'], ['yes'])).toBe(1);
    expect(bigramContainment(['yes'], ['no'])).toBe(0);
  });
});

describe('buildConcepts', () => {
  it('weights a content bigram by the number of documents that carry it and ignores single-source ones', () => {
    const pool = buildCandidates([
      doc('The dam burst near Riverton on Sunday morning.', 'Bakers sold cakes.'),
      doc('Officials said the dam burst after heavy rain.'),
      doc('The dam burst, flooding farms.'),
    ]);
    const { concepts, weights } = buildConcepts(pool);
    // "the dam" and "dam burst" appear in all three documents; "Riverton", "Sunday morning" only in one.
    expect([...concepts[0]!].map((id) => weights[id])).toEqual([3, 3]);
    expect(concepts[1]).toHaveLength(0);
    for (const w of weights) expect(w).toBeGreaterThanOrEqual(2);
  });

  it('uses repetition across sentences for a one-document cluster', () => {
    const pool = buildCandidates([doc('The dam burst on Sunday.', 'After the dam burst, farms flooded.', 'Bakers sold cakes.')]);
    const { concepts } = buildConcepts(pool);
    expect(concepts[0]!.length).toBeGreaterThan(0);
    expect(concepts[2]).toHaveLength(0);
  });
});
