import { describe, expect, it } from 'vitest';
import { DocumentAuthors } from '../../../src/analysis/quotes/document-authors.js';
import type { SpeakerPhrase } from '../../../src/analysis/quotes/phrase.js';
import { quoteSpeakers } from '../helpers.js';

const bare = (head: string, start: number): SpeakerPhrase => ({
  kind: 'description',
  start,
  end: start + head.length + 4,
  text: `the ${head}`,
  name: `the ${head}`,
  head,
  determiner: 'the',
});
const authorAtEnd = (body: string, head: string): string | undefined => new DocumentAuthors(body).authorOf(bare(head, body.length), 0)?.name;

describe('a text introduced with its author after "by"', () => {
  it('a plain "by": "a report by X", "an audit by X", "a letter by X"', () => {
    expect(authorAtEnd('It follows a preliminary report by the Marine Accident Board into the sinking.', 'report')).toBe('Marine Accident Board');
    expect(authorAtEnd('An audit by the Office of the Comptroller found gaps.', 'audit')).toBe('Office of the Comptroller');
    expect(authorAtEnd('A letter by Councillor Ines Falk was read out.', 'letter')).toBe('Ines Falk');
  });

  it('a participle set off by commas, with a place in between: "The suit, filed in a Denver court by X"', () => {
    expect(authorAtEnd('The suit, filed in federal court in Denver by Mara Lind and two neighbours, seeks damages.', 'lawsuit')).toBe(
      'Mara Lind and two neighbours',
    );
    expect(authorAtEnd('The complaint, lodged last week with the regulator by the Harbour Tenants Union, is public.', 'suit')).toBe(
      'Harbour Tenants Union',
    );
  });

  it('the author speaks when the text is quoted later', () => {
    const body =
      'The recall follows a report by the Consumer Safety Commission into the heaters.\n\n“The fault was known for years,” the report said.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Consumer Safety Commission']);
  });

  it('a time after "by" is no author', () => {
    expect(authorAtEnd('A response is due by Friday.', 'response')).toBeUndefined();
    expect(authorAtEnd('They want a report by the end of June.', 'report')).toBeUndefined();
  });
});
