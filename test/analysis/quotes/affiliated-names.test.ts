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

describe('a capitalised job title at an employer before the name', () => {
  it('"Brand Manager at Acme Nadia Pell said" and "said Head of Sales at Varden Ltd Omar Ruiz" are the person', () => {
    expect(quoteSpeakers('Brand Manager at Acme Nadia Pell said the cups were "a test."')).toEqual(['Nadia Pell']);
    expect(quoteSpeakers('"It is a test," said Head of Sales at Varden Ltd Omar Ruiz.')).toEqual(['Omar Ruiz']);
  });

  it('a place after "at" with no title before is not taken apart', () => {
    expect(quoteSpeakers('"It is a test," said Nadia Pell at Varden.')).toEqual(['Nadia Pell']);
  });
});
