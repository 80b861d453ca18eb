import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle } from '../helpers.js';

function texts(body: string): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.text);
}

describe('three or more short quoted items listed in a sentence that reports no words', () => {
  it('are items of a menu or catalogue, not remarks', () => {
    expect(texts('The diner, which lists “rice with beans,” “rice with chicken” and “rice with everything,” opens at six.')).toEqual([]);
    expect(texts('Its catalogue has "blue cotton shirt", "grey wool coat" or "red linen scarf" on page one.')).toEqual([]);
  });

  it('are words when the sentence reports speech, criticism or a sign', () => {
    expect(texts('She went on to lambaste the council for “sexist little jokes,” “snide racist asides” and “tinfoil hat” theories.')).toEqual([
      'sexist little jokes,',
      'snide racist asides',
      'tinfoil hat',
    ]);
    expect(texts('The signs read “save our library,” “books not bombs” and “fund the branch.”')).toEqual([
      'save our library,',
      'books not bombs',
      'fund the branch.',
    ]);
  });

  it('two items, or single words, are left to the other rules', () => {
    expect(texts('Ana Ruiz said the plan was “rushed,” “unfair” and “cruel.”')).toEqual(['rushed,', 'unfair', 'cruel.']);
  });
});
