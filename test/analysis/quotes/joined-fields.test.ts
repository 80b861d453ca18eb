import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('an institution named for two fields joined by "and"', () => {
  it('"the ministry" refers back to the whole name', () => {
    const body = 'The Ministry of Fisheries and Oceans said stocks were low. "We have shown restraint," the ministry said.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Ministry of Fisheries and Oceans']);
    const owned = "Chile's Ministry of Mining and Energy said output fell. \"Prices will recover,\" the ministry said.";
    expect(quoteSpeakers(owned, { withMentions: true })).toEqual(['Ministry of Mining and Energy']);
  });

  it('a person named after "and" is not taken into the institution', () => {
    const body = 'The Ministry of Health and Tom Reyes said it was fine. "We have shown restraint," the ministry said.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Ministry of Health']);
  });
});
