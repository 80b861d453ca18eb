import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('a quotation right after a company suffix opens a new sentence', () => {
  it('"said X, an analyst at Acme Corp. “...”" carries X on to the next quotation', () => {
    expect(quoteSpeakers('"Rates will rise," said Mia Holt, an economist at Varden Capital Inc. "I expect two hikes."')).toEqual(['Mia Holt', 'Mia Holt']);
    expect(quoteSpeakers('"Rates will rise," said Mia Holt of Varden Ltd. "I expect two hikes."')).toEqual(['Mia Holt', 'Mia Holt']);
  });

  it('after a title abbreviation a quoted nickname stays inside the name', () => {
    expect(quoteSpeakers('Mia Holt thanked Dr. "Doc" Varden.')).toEqual([]);
  });
});

describe('a closing mark glued to the next sentence', () => {
  it('`..."Through X, Ann Roe met ...` still starts a new sentence, so a later "she" can be Ann Roe', () => {
    const body = 'Mia Holt is a patient. She said, "The pain went away."Through her doctor, Nora Vance met other women. They formed a group. She said, "I willed myself to live."';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Mia Holt', 'Nora Vance']);
  });
});
