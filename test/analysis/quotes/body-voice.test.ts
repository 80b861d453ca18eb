import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('a body\'s statement keeps its "we" words after a paragraph about someone it concerns', () => {
  it('continuation paragraphs after "X said in a statement" stay with X, not the person the statement is about', () => {
    const body =
      '"We are deeply saddened," Larkfield Rovers said in a statement.\n\n' +
      'Goalkeeper Tomas Brill, 29, was injured in a crash on the ring road on Saturday.\n\n' +
      '"Our thoughts are with his family and we ask for their privacy."';
    expect(speakers(body)).toEqual(['Larkfield Rovers', 'Larkfield Rovers']);
  });

  it('also when the person is then referred to as "he"', () => {
    const body =
      '"We are deeply saddened," the club said in a statement.\n\n' +
      'Tomas Brill, 29, was injured on Saturday. He was taken to hospital.\n\n' +
      '"We will support him in every way we can."';
    expect(speakers(body)).toEqual(['the club', 'the club']);
  });

  it('first-person singular words stay with the person in focus', () => {
    const body =
      '"We are deeply saddened," the club said in a statement.\n\n' +
      'Tomas Brill, 29, spoke to reporters outside the hospital on Monday.\n\n' +
      '"I am lucky to be alive."';
    expect(speakers(body)).toEqual(['the club', 'Tomas Brill']);
  });
});

describe('"we" words after a newly introduced person who acts stay with that person', () => {
  it('"Ann Roe, 34, runs a bakery." then “We lost everything.”', () => {
    const body =
      '"The square will reopen in spring," the council said in a statement.\n\n' +
      'Hana Kurt, 34, runs a bakery on the square.\n\n' +
      '"We lost everything in the flood."';
    expect(speakers(body)).toEqual(['the council', 'Hana Kurt']);
  });
});
