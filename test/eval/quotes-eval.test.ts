import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Quote, Speaker } from '../../src/analysis/types.js';
import { evalFixtures, evalSeeds, normalizeSpeaker, scoreArticle, speakerMatches } from '../../src/eval/quotes-eval.js';

const quote = (text: string, name: string, kind: Speaker['kind'] = 'description'): Quote => ({
  id: `a#q${text}`,
  articleId: 'a',
  text,
  start: 0,
  end: text.length,
  kind: 'direct',
  speaker: { name, kind },
  verb: 'said',
  paragraph: 0,
  sentence: 0,
  date: '2020-01-06',
});

describe('speaker matching rule', () => {
  it('ignores case, diacritics, one leading article and parenthetical notes', () => {
    expect(normalizeSpeaker('A NATO official')).toBe('nato official');
    expect(normalizeSpeaker('Britain, France and Germany (joint statement)')).toBe('britain france and germany');
    expect(speakerMatches({ name: 'Sean Doherty', kind: 'person' }, 'Seán Doherty')).toBe(true);
    expect(speakerMatches({ name: 'the finance ministry', kind: 'organization' }, 'finance ministry')).toBe(true);
  });

  it('keeps "another" and requires full person names', () => {
    expect(speakerMatches({ name: 'a NATO diplomat', kind: 'description' }, 'another NATO diplomat')).toBe(false);
    expect(speakerMatches({ name: 'Stoltenberg', kind: 'person' }, 'Jens Stoltenberg')).toBe(false);
    // Middle names and initials may be added or left out, for people only.
    expect(speakerMatches({ name: 'Clarence Eugene Whitmore', kind: 'person' }, 'Clarence Whitmore')).toBe(true);
    expect(speakerMatches({ name: 'Ana Ruiz', kind: 'person' }, 'Ana M. Ruiz')).toBe(true);
    expect(speakerMatches({ name: 'Ana Ruiz', kind: 'person' }, 'Ana Ruiz Ortega')).toBe(false);
    expect(speakerMatches({ name: 'Ana Ruiz', kind: 'person' }, 'Mara Ruiz')).toBe(false);
    expect(speakerMatches({ name: 'another European diplomat', kind: 'description' }, 'another diplomat')).toBe(false);
  });

  it('matches a gold "unknown" only with an unknown speaker', () => {
    expect(speakerMatches({ name: 'unknown', kind: 'unknown' }, 'unknown')).toBe(true);
    expect(speakerMatches({ name: 'Jane Doe', kind: 'person' }, 'unknown')).toBe(false);
  });
});

describe('scoreArticle', () => {
  it('matches repeated quotations as a multiset and prefers pairs whose speakers agree', () => {
    const gold = [
      { text: 'Same words,', speaker: 'a NATO official', kind: 'direct' as const },
      { text: 'Same words,', speaker: 'a NATO official', kind: 'direct' as const },
      { text: 'Missed', speaker: 'x', kind: 'partial' as const },
    ];
    const once = scoreArticle('a', [quote('Same words,', 'a NATO official')], gold);
    expect(once).toMatchObject({ matched: 1, gold: 3, predicted: 1, precision: 1 });
    const twice = scoreArticle('a', [quote('Same words,', 'someone else'), quote('Same words,', 'a NATO official'), quote('Extra', 'y')], gold);
    expect(twice).toMatchObject({ matched: 2, speakerCorrect: 1, predicted: 3 });
    expect(twice.recall).toBeCloseTo(2 / 3);
    expect(twice.mismatches.map((m) => m.problem).sort()).toEqual(['missed', 'speaker', 'spurious']);
  });
});

describe('quote extraction on labelled sets', () => {
  it('scores the seed gold above a floor', async () => {
    const seeds = await evalSeeds(resolve('content'), resolve('../shared/gold/seed-quotes.json'));
    expect(seeds.gold).toBeGreaterThan(0);
    expect(seeds.f1).toBeGreaterThanOrEqual(0.9);
    expect(seeds.speakerAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('scores the labelled fixtures above a floor', async () => {
    const fixtures = await evalFixtures(resolve('test/fixtures/gold'));
    expect(fixtures.articles.length).toBeGreaterThanOrEqual(5);
    expect(fixtures.f1).toBeGreaterThanOrEqual(0.9);
    expect(fixtures.speakerAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});
