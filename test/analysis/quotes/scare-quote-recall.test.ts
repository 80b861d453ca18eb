import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle } from '../helpers.js';

function texts(body: string): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.text);
}

describe('a short scare quote after "the" that reports someone’s words', () => {
  it('is kept in a sentence of condemning, praising or vowing', () => {
    expect(texts('The governor denounced the “shameful” attack in a statement.')).toEqual(['shameful']);
    expect(texts('The councillor mocked the “bold” new logo at the meeting.')).toEqual(['bold']);
    expect(texts('The coach hailed the “fearless” defence after the match.')).toEqual(['fearless']);
  });

  it('is kept before a noun of speech (remark, jibe, tweet)', () => {
    expect(texts('The minister’s “absolute disgrace” remark angered unions.')).toEqual(['absolute disgrace']);
    expect(texts('Her “tin soldiers” jibe drew boos from the crowd.')).not.toEqual([]);
  });

  it('a term after "the" in a sentence about things stays a term', () => {
    expect(texts('Divers listened for the jet’s “black box” recorders all week.')).toEqual([]);
  });
});

describe('“X” is how someone put it', () => {
  it('a capitalised word opening "is how/what ... described/said/put it" is someone’s word, not a title', () => {
    expect(texts('"Unprecedented" is how the mayor described the storm.')).toEqual(['Unprecedented']);
    expect(texts('“Chaos” is how one resident put it.')).toEqual(['Chaos']);
    expect(texts('“Heartbroken” was what she told reporters.')).toEqual(['Heartbroken']);
  });

  it('a title followed by "is what" and no speech stays a title', () => {
    expect(texts('"Golden Hour" is what made her famous.')).toEqual([]);
  });
});
