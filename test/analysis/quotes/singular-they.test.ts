import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('singular "they" for a person who uses they/them pronouns', () => {
  it('resolves "they asked" to that person', () => {
    const body = [
      'The firm said the recall was voluntary. One buyer, a Leeds teacher named Alex Morrow who uses they/them pronouns, returned the bike in May.',
      'Morrow has not ridden since. “Who is going to pay for the taxis?” they asked.',
    ].join('\n\n');
    expect(quoteSpeakers(body)).toEqual(['Alex Morrow']);
  });

  it('leaves plural "they" to the group when nobody uses they/them', () => {
    const body = [
      'Residents of Elm Row met on Monday. Alex Morrow, a teacher, chaired the meeting.',
      '“We want answers,” they said.',
    ].join('\n\n');
    expect(quoteSpeakers(body)).not.toEqual(['Alex Morrow']);
  });
});
