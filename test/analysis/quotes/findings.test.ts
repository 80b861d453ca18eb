import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('"found" reports the findings of researchers and reports', () => {
  it.each([
    ['"Sleep loss doubled the errors," the researchers found.', 'the researchers'],
    ['The report\'s authors found: "Sleep loss doubled the errors."', "the report's authors"],
    ['"Sleep loss doubled the errors," the report also found.', 'the report'],
  ])('%s', (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });

  it('finding a thing is no speech', () => {
    expect(quoteSpeakers('Officers found a note. "Sleep loss doubled the errors," Ada Voss said.')).toEqual(['Ada Voss']);
    expect(quoteSpeakers('Ada Voss said the crew found "nothing at all" in the hold.')).toEqual(['Ada Voss']);
  });
});
