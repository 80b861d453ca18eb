import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import type { EntityMention } from '../../../src/analysis/types.js';
import { makeArticle } from '../helpers.js';

function speakers(body: string, mentions: EntityMention[] = []): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions, dates: [] }).map((q) => q.speaker.name);
}

describe('a description introduced with a name refers to the named person', () => {
  it('"said his son, First Last" makes a later "his son said" that person', () => {
    const body =
      'The mill closed in 1990, said his son, Tobias Wren-Hale.\n\nHis son said the family kept the keys. “We never sold the place,” he said.';
    expect(speakers(body)).toEqual(['Tobias Wren-Hale']);
  });

  it('a description followed by a lone word is not a name appositive', () => {
    const body = 'The fire started at noon, said a neighbour, Saturday.\n\n“It was loud,” the neighbour said.';
    expect(speakers(body)).toEqual(['a neighbour']);
  });
});
