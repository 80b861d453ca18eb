import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle } from '../helpers.js';

function texts(body: string): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.text);
}

describe('a defining appositive after a term', () => {
  it('a dash and a noun with a relative clause gloss the term', () => {
    expect(texts('The site was slow to act on "deep fakes" - doctored clips which spread fast.')).toEqual([]);
    expect(texts('Few firms track "ghost jobs" - postings which are never filled.')).toEqual([]);
    expect(texts('Parents worry about "sharenting", parents who post every photo of a child.')).toEqual([]);
  });

  it('a list that runs on into a verb is no appositive: the phrases stay quotes', () => {
    expect(texts('In the letter she talks about "shared duties", public service and says that voters "feel unheard".')).toEqual([
      'shared duties',
      'feel unheard',
    ]);
    expect(texts('He stresses “fair pay”, safer roads or warns that towns are “left behind”.')).toEqual(['fair pay', 'left behind']);
  });
});
