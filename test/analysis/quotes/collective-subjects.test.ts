import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('collective and institutional subjects of a speech tag', () => {
  it('"the couple said", "the pair told": a collective noun heads a description', () => {
    expect(quoteSpeakers('"We never expected this," the couple said.')).toEqual(['the couple']);
    expect(quoteSpeakers('"It felt like a dream," the pair told a local radio station.')).toEqual(['the pair']);
  });

  it('a collective subject is plural, so a later "they said" refers back to it', () => {
    const body = 'Ann Voss and her husband Per found the box.\n\n"We never expected this," the couple said.\n\n"We opened it at once," they said.';
    expect(quoteSpeakers(body)).toEqual(['the couple', 'the couple']);
  });

  it('"a couple of witnesses" is a quantity, not a couple speaking', () => {
    expect(quoteSpeakers('"It was loud," a couple of witnesses said.')).not.toContain('a couple of witnesses');
  });

  it('"the weather service", "club management", "the paper" speak for their institution', () => {
    expect(quoteSpeakers('"Travel will be dangerous," the weather service said.')).toEqual(['the weather service']);
    expect(quoteSpeakers('In a statement on Friday, club management said: "We will keep supporting our players."')).toEqual(['club management']);
    expect(quoteSpeakers('"The figures do not add up," the paper reported.')).toEqual(['the paper']);
  });

  it('a possessive inside the subject is not its verb: "the state’s attorney’s office declined ... but said"', () => {
    expect(quoteSpeakers('The state\'s attorney\'s office declined to comment but said it "will keep working with police."')).toEqual([
      "the state's attorney's office",
    ]);
  });
});
