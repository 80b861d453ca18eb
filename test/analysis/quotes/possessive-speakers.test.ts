import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('no speaker is a possessive or a contraction', () => {
  it('"verify Veld’s claims that “...”" and a later "she wrote" are Ann Veld, not "Veld’s"', () => {
    const body = 'Ann Veld built it herself. Scholars tried to verify Veld’s claims that unseen "beasties" lived in water. "Sometimes a thousand," she wrote.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Ann Veld', 'Ann Veld']);
  });

  it('a name only ever written with ’s is a brand and stays whole', () => {
    expect(quoteSpeakers('Ribbo’s describes its sandwich as "juicy and bold."', { withMentions: true })).not.toContain('Ribbo');
  });

  it('"That’s when X shouted" is X', () => {
    expect(quoteSpeakers('That’s when Jon Elder, a council member, shouted: "Get down!"', { withMentions: true })).toEqual(['Jon Elder']);
  });
});
