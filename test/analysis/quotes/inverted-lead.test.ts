import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('a verb-first tag right before the quotation', () => {
  it('"And, said X, “...”" and "..., offers X, “...”" credit X', () => {
    expect(quoteSpeakers('Nadia Pell ran the campaign. And, said Pell, "We nearly won."')).toEqual(['Nadia Pell']);
    expect(quoteSpeakers('Omar Ruiz has seen both bands. But on the music, offers Ruiz, "They are apples and oranges."')).toEqual(['Omar Ruiz']);
  });

  it('a verb inside another clause is no inverted tag', () => {
    expect(quoteSpeakers('Nadia Pell wrote the memo that Ruiz said Lee had seen: "Stop now."')).not.toContain('Lee');
  });
});

describe('an inverted speech verb opening the sentence is no given name', () => {
  it('"Adds Ruiz: “...”" with no full name anywhere is Ruiz, not "Adds Ruiz"', () => {
    expect(quoteSpeakers('Adds Ruiz: "They are apples and oranges."')).toEqual(['Ruiz']);
    expect(quoteSpeakers('Says Ruiz, "They are apples and oranges."')).toEqual(['Ruiz']);
  });
});
