import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('reported speech inside reported speech: the inner speaker said the quoted words', () => {
  it('"X said Y had called it “...”" and "X said that Y described it as “...”" credit Y', () => {
    expect(speakers('Omar Ruiz said Lena Voss had called the deal "a betrayal."')).toEqual(['Lena Voss']);
    expect(speakers('Omar Ruiz said that Lena Voss described the deal as "a betrayal."')).toEqual(['Lena Voss']);
    expect(speakers('Police said the driver told officers he was "deeply sorry."')).toEqual(['the driver']);
  });

  it('without an inner verb of saying the tag’s subject keeps the words', () => {
    expect(speakers('Omar Ruiz said Lena Voss was "a fraud."')).toEqual(['Omar Ruiz']);
    expect(speakers('Omar Ruiz said on Monday that the deal was "a betrayal."')).toEqual(['Omar Ruiz']);
  });

  it('an inner pronoun is not taken for someone new', () => {
    expect(speakers('Omar Ruiz said he had called the deal "a betrayal."')).toEqual(['Omar Ruiz']);
  });
});

describe('a relative clause naming who chose the words', () => {
  it('"the plan, which X called “...”" and "a deal that X described as “...”" credit X', () => {
    expect(speakers('The levy, which Lena Voss called "daylight robbery," passed anyway.')).toEqual(['Lena Voss']);
    expect(speakers('It was a deal that the union described as "a betrayal."')).toEqual(['the union']);
  });
});

describe('a fronted "as X notes" cites who reported the words, not who said them', () => {
  it('"As Ann Lee notes, Roe complained that ... “...”" is Roe', () => {
    expect(speakers('As Nina Holt at the Ledger notes, Dan Reyes later complained that the cell was "like an oven."')).toEqual(['Dan Reyes']);
  });

  it('with no other speech verb, X’s own words stay X’s', () => {
    expect(speakers('As Nina Holt put it, "the cell was like an oven."')).toEqual(['Nina Holt']);
  });
});
