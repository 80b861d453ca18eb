import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import type { Quote } from '../../../src/analysis/types.js';
import { makeArticle } from '../helpers.js';

function kinds(body: string): Array<[string, Quote['kind']]> {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => [q.text, q.kind]);
}

describe('direct or partial', () => {
  it('a capitalised quote after a colon is the speaker’s whole utterance', () => {
    expect(kinds('Later, Oda Brun told reporters at the depot: “Every bus was checked twice.”')).toEqual([
      ['Every bus was checked twice.', 'direct'],
    ]);
  });

  it('a capitalised quote right after a speech verb and a comma is direct', () => {
    expect(kinds('Asked about the strike, Oda Brun said again, “We are not leaving.”')).toEqual([['We are not leaving.', 'direct']]);
    expect(kinds('In a call, Brun’s father told him of the verdict, “This is everywhere now.”')).toEqual([
      ['This is everywhere now.', 'direct'],
    ]);
    expect(kinds('Mayor Ivo Tamm told the Courier, “The money is already spent.”')).toEqual([
      ['The money is already spent.', 'direct'],
    ]);
  });

  it('words that characterise something after "as" stay partial, even with a capital or a number', () => {
    expect(kinds('Ivo Tamm described the week as “80 percent meetings, 20 percent panic.”')).toEqual([
      ['80 percent meetings, 20 percent panic.', 'partial'],
    ]);
  });

  it('a crosshead made of a quoted phrase is a fragment', () => {
    const body = 'The dam held overnight, officials said.\n\nHarbour office: ‘We cannot do this every winter’\n\nCrews returned at dawn.';
    expect(kinds(body)).toEqual([['We cannot do this every winter', 'partial']]);
  });

  it('a quoted line the sentence runs on from is its subject, a fragment', () => {
    expect(kinds('“Steel in my veins, salt in my lungs” became the chorus every fan knew.')).toEqual([
      ['Steel in my veins, salt in my lungs', 'partial'],
    ]);
  });

  it('a quote glued to the previous sentence (space lost in scraping) opens its own sentence', () => {
    expect(kinds('He was hit on May 2, 1991."It was a sad case," Ada Lenz said.')).toEqual([['It was a sad case,', 'direct']]);
  });

  it('a quote that opens its sentence with a tag stays direct', () => {
    expect(kinds('“We are ready,” Oda Brun said.')).toEqual([['We are ready,', 'direct']]);
  });
});
