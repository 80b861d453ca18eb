import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle } from '../helpers.js';

function texts(body: string): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.text);
}

describe('a bracketed promo line with editorial brackets inside', () => {
  it('is page furniture even when the quote inside holds [expletive] or [sic]', () => {
    expect(texts('The team left the field.\n\n[Captain responds after the match: ‘It’s [expletive] unreal. Gutted.’]\n\nThey lost.')).toEqual([]);
    expect(texts('[Watch: Mayor says “we [sic] will rebuild”]\n\nThe flood hit at dawn.')).toEqual([]);
  });

  it('a paragraph that only starts with a bracket is prose', () => {
    expect(texts('[The mayor] “will not resign,” Ana Ruiz said on Friday.')).toEqual(['will not resign,']);
  });
});

describe('a category a storm or dispute grows into', () => {
  it('is a named level, not anyone’s words, when nothing attributes it', () => {
    expect(texts('Thousands fled as the storm intensified into a “severe tropical cyclone” overnight.')).toEqual([]);
    expect(texts('By Tuesday it had weakened to a "tropical depression" and moved north.')).toEqual([]);
    expect(texts('The system was upgraded to “major hurricane” status.')).toEqual([]);
  });

  it('keeps the words when a speaker is named', () => {
    expect(texts('The dispute escalated into “open warfare,” Ana Ruiz said.')).toEqual(['open warfare,']);
  });
});

describe('media promo lines', () => {
  it('a WATCH:/VIDEO |/PHOTOS: line quotes another story', () => {
    expect(texts('The mayor spoke.\n\nWATCH: Mayor says ‘we will rebuild every home’\n\nVIDEO | Residents: “We lost everything”\n\nThe flood hit.')).toEqual([]);
  });

  it('prose that merely starts with the word is not a promo', () => {
    expect(texts('Watch closely, Ana Ruiz said: “The river rises fast.”')).toEqual(['The river rises fast.']);
  });
});
