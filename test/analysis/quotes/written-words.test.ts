import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { readsAsStatement, writtenStatement } from '../../../src/analysis/quotes/written.js';
import { makeArticle } from '../helpers.js';

function texts(body: string): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.text);
}

describe('words written on things', () => {
  it('a banner, note or file whose label says something reports its writer’s words', () => {
    expect(texts('Outside the court, dozens of tenants held a banner reading "We pay rent. We have rights."')).toEqual([
      'We pay rent. We have rights.',
    ]);
    expect(texts('The box was stamped “Do not open until you are told.” It sat there for weeks.')).toEqual([
      'Do not open until you are told.',
    ]);
    expect(texts('Police found a page in her diary labelled “What we will do next” under the bed.')).toEqual([
      'What we will do next',
    ]);
  });

  it('a label that only names or classifies its thing is still a name', () => {
    expect(texts('She found a folder labeled "Plans for June" in the desk.')).toEqual([]);
    expect(texts('A crate on the dock was stamped “Handle with care” in red paint.')).toEqual([]);
  });

  it('"the words" sprayed or painted on a surface are written words, not a mentioned term', () => {
    expect(texts('Vandals sprayed the shop front with markings that included the words “liar” and “thief” overnight.')).toEqual([
      'liar',
      'thief',
    ]);
    expect(texts('The mural was daubed with the words “shame” in black paint.')).toEqual(['shame']);
    expect(texts('The door had been painted with the word “traitor” overnight.')).toEqual(['traitor']);
    expect(texts('Someone scrawled the word "liar" across his poster.')).toEqual(['liar']);
    // No writing on anything: the word is only mentioned.
    expect(texts('The report uses the word “crisis” eleven times.')).toEqual([]);
  });

  it('classifies the shape of the quoted words', () => {
    expect(readsAsStatement('Keep out.')).toBe(true);
    expect(readsAsStatement('Things you forgot')).toBe(true);
    expect(readsAsStatement('Plans for June')).toBe(false);
    expect(readsAsStatement('closed')).toBe(false);
    expect(writtenStatement('a sign reading ', 'We are open.')).toBe(true);
    expect(writtenStatement('a sign near ', 'We are open.')).toBe(false);
  });
});
