import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('an owner written as a possessive is the same qualifier', () => {
  it('"the board\'s spokeswoman" refers back to "a board spokeswoman"', () => {
    for (const [first, later] of [
      ['a board spokeswoman', "The board's spokeswoman"],
      ['a union official', "The union's official"],
      ['a club spokesman', "The club’s spokesman"],
    ] as const) {
      const body = `Prices rose on Monday.\n\n“It was unavoidable,” ${first} said.\n\nA rival group objected.\n\n${later} said help was available. “Nobody will be cut off,” ${later.endsWith('spokesman') ? 'he' : 'she'} said.`;
      expect(quoteSpeakers(body), later).toEqual([first, first]);
    }
  });

  it('a different owner is a different source', () => {
    const body = 'Prices rose.\n\n“It was unavoidable,” a board spokeswoman said.\n\n“It was greed,” the union’s spokeswoman said.';
    expect(quoteSpeakers(body)).toEqual(['a board spokeswoman', 'the union’s spokeswoman']);
  });
});
