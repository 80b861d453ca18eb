import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle, quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body);

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

describe('passive reports and sourced facts', () => {
  it('"X was recorded as saying" attributes like "was quoted as saying"', () => {
    const body = '“It was like hitting a wall,” one sailor, Ray Okoro, was recorded as saying after the storm.';
    expect(extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.speaker.name)).toEqual([
      'Ray Okoro',
    ]);
  });

  it('a paragraph sourced "according to X" does not name the speaker of the bare quote before it', () => {
    const body = '“We never saw it coming.”\n\nThe storm passed by noon, according to the National Weather Service.';
    expect(extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.speaker.name)).toEqual([
      'unknown',
    ]);
  });
});

describe('a quote that names a document as its source', () => {
  it('“...,” according to the study, is not the previous speaker’s continuation', () => {
    const body = '“It was a surprise,” said Dr Lena Ortiz.\n\n“The overlap suggests continuity,” according to the study.';
    // The study it cites is its (inferred) source, never the previous speaker.
    expect(speakers(body)).toEqual(['Lena Ortiz', 'the study']);
  });
});

describe('phrasal speech verbs', () => {
  it('"She pointed out that ... “...”" attributes to her', () => {
    const body = 'Dr Mira Sol wrote the editorial. She pointed out that most were women and that “we know little about men”.';
    expect(speakers(body)).toEqual(['Mira Sol']);
  });
});
