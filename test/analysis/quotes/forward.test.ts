import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle } from '../helpers.js';

function speakers(body: string): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.speaker.name);
}

describe('attribution given after the quotation', () => {
  it('an opening quote whose speaker the next paragraph points back to', () => {
    const body = '“Bread is the easy part. People are the hard part.”\n\nThat is how Ottilie Brandt describes 30 years of baking in Oban.';
    expect(speakers(body)).toEqual(['Ottilie Brandt']);
  });

  it('in the same paragraph: “...” That was what X told the board.', () => {
    expect(speakers('“We ran out of road.” That was what Idris Kellan told the board on Friday.')).toEqual(['Idris Kellan']);
  });

  it('a bare quote paragraph followed by a paragraph opening with its speaker’s speech verb', () => {
    const body = '“Nobody warned us.”\n\nMarta Olsen, 41, said the river rose in under an hour.';
    expect(speakers(body)).toEqual(['Marta Olsen']);
  });

  it('a narrative sentence that merely mentions someone does not claim the quote', () => {
    const body = '“Nobody warned us.”\n\nThe river rose in under an hour near the farm of Marta Olsen.';
    expect(speakers(body)).toEqual(['unknown']);
  });
});
