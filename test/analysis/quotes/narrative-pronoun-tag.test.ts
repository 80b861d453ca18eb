import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('pronoun tag closing a narrative sentence', () => {
  it('reads "X, a baker, was at home when ..., she said." as X speaking, so the next "she said" is X', () => {
    const body =
      'Lena Ortiz said she saw the flood. "It was fast," she said.\n\n' +
      'Paul Grant said he had gone to work. "We had no warning," Grant said.\n\n' +
      'Maya Berg, a baker, was at home when firefighters told everyone to go, she said.\n\n' +
      '"The water came to the second step," she said. "Then it stopped."';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Lena Ortiz', 'Paul Grant', 'Maya Berg', 'Maya Berg']);
  });

  it('keeps the earlier speaker when the sentence subject does not fit the pronoun', () => {
    const body =
      'Lena Ortiz said she saw the flood. "It was fast," she said.\n\n' +
      'Paul Grant, a driver, was stuck on the bridge for an hour, she said.\n\n' +
      '"Nobody could reach him," she said.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Lena Ortiz', 'Lena Ortiz']);
  });
});
