import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('a quotation inside someone’s words that another reports', () => {
  it('"A said B told C that “...”" gives the words to B, who told them', () => {
    expect(quoteSpeakers('Ruiz said the pilot told investigators that the door had been "rattling for weeks."')).toEqual([
      'the pilot',
    ]);
  });

  it('a full name after descriptor words is the teller', () => {
    const body = 'Ward said flight instructor Ilona Varga told the panel that the cadets were "not ready."';
    expect(quoteSpeakers(body)).toEqual(['Ilona Varga']);
  });

  it('a pronoun teller stays with the first speaker; a named one who warned takes the words (nested-speaker.ts)', () => {
    expect(quoteSpeakers('Oduya said she told them that the deal was "finished."')).toEqual(['Oduya']);
    expect(quoteSpeakers('Oduya said allies had warned of "grave consequences."')).toEqual(['allies']);
  });
});

describe('a pronoun subject after a fronted phrase that names someone else', () => {
  it('"In a call with his sister, Anna Dale, he added: “...”" is he, not the sister', () => {
    const body = 'Michael Tarrant spoke to reporters on Monday.\n\nIn a call with his sister, Anna Dale, he complained about the food but added: "It is better than the cell."';
    expect(quoteSpeakers(body)).toEqual(['Michael Tarrant']);
  });
});
