import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('a named person with an affiliation before the verb', () => {
  it('"X of the campaign said", "X with the No on 12 campaign told us" are X', () => {
    expect(quoteSpeakers('"We warned them," Dana Ferro of the No campaign said.')).toEqual(['Dana Ferro']);
    expect(quoteSpeakers('"We warned them," Dana Ferro with the No on 12 campaign, which held no party, told us.')).toEqual(['Dana Ferro']);
  });

  it('a surname that is also a plural noun stays a name before its affiliation', () => {
    expect(quoteSpeakers('"We warned them," Dana Banks of the union said.')).toEqual(['Dana Banks']);
  });
});
