import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('latest clause subject in a coordinated sentence', () => {
  it('prefers the named subject of ", and Hale walks" over a description of unknown gender', () => {
    const body =
      'Owen Hale drove back to the valley last autumn. A neighbour invites him to stay for dinner, and Hale walks up the hill.\n\n' +
      '"I keep coming back," he says.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Owen Hale']);
  });

  it('lets the pronoun skip a later clause subject of the other gender', () => {
    const body =
      'Owen Hale drove back to the valley last autumn. He meets Ruth Lane at the farm, and Lane shows him the barn.\n\n' +
      '"It looks smaller now," he says.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Owen Hale']);
  });
});
