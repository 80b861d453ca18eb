import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { endBeforeTag } from '../../../src/analysis/quotes/broken-marks.js';
import { makeArticle } from '../helpers.js';

function texts(body: string): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.text);
}

describe('a closing mark dropped before the speech tag', () => {
  it('ends the quotation at the punctuation before an inverted or normal tag', () => {
    expect(texts('"If riders like a shortcut, why not a faster one? asks transit spokeswoman Ana Ruiz. She says it opens soon.')).toEqual([
      "If riders like a shortcut, why not a faster one?",
    ]);
    expect(texts('"We have done everything we can for this town, said Mayor Ivo Tamm. The council meets Monday.')).toEqual([
      'We have done everything we can for this town,',
    ]);
    expect(texts('"We did what we could, and the town knows it, Tamm said on Friday. Others disagree.')).toEqual([
      'We did what we could, and the town knows it,',
    ]);
    expect(texts('"Enough is enough! she said. Then she left.')).toEqual(['Enough is enough!']);
  });

  it('leaves an unclosed quotation with no tag inside running to the paragraph end', () => {
    expect(texts('"The first paragraph of a long statement, with commas, runs on.\n\n"And the second ends it," she said.')).toEqual([
      'The first paragraph of a long statement, with commas, runs on.',
      'And the second ends it,',
    ]);
    const text = 'x "We went, and Ana Ruiz was there with us, in the rain';
    expect(endBeforeTag(text, 3, text.length)).toBe(text.length);
  });
});

describe('a straight mark glued to a full stop before a title in single marks', () => {
  it('opens the quotation that starts with the title', () => {
    const body = "Ana Ruiz is back in prime time.\"'Night Dancers' would love to have her next season,\" an insider tells me.";
    expect(texts(body)).toEqual(["'Night Dancers' would love to have her next season,"]);
  });

  it('a possessive after the glued mark is no opening', () => {
    expect(texts('He left at 9 p.m."\'s what they said" is not a sentence.')).not.toContain("'s what they said");
  });
});

describe('an unclosed quotation running into a flattened list', () => {
  it('ends at the sentence before the next bullet', () => {
    const body = 'An aide said “he was going to push the chair hard on this. * There is also a claim about the budget. * More follows.';
    expect(texts(body)).toEqual(['he was going to push the chair hard on this.']);
  });

  it('a closed quotation with a bullet after it is untouched', () => {
    expect(texts('An aide said “we will push hard. * That is all.” Then he left.')).toEqual(['we will push hard. * That is all.']);
  });
});
