import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle } from '../helpers.js';

const texts = (body: string): string[] => extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.text);

describe('a short lowercase phrase the article keeps quoting is a term, not speech', () => {
  it('"comfort women" quoted twice without attribution is no quotation', () => {
    const body = 'The footage shows "comfort women" forced into brothels.\n\nA "comfort women" statue stands in Busan.';
    expect(texts(body)).toEqual([]);
  });

  it('a phrase quoted once, or a repeated one with its own tag, stays', () => {
    expect(texts('The plan was "dead on arrival," critics said.')).toEqual(['dead on arrival,']);
    const body = 'The charges were "thrown out," the judge said.\n\nLater the case was "thrown out" again.';
    expect(texts(body)).toEqual(['thrown out,']);
  });
});
