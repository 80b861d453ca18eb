import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('a speaker phrase is a person, a body, a group or a described source, never a clause fragment', () => {
  it('the object of a verb before a coordinated tag verb is not the speaker ("X reached Y and told")', () => {
    for (const verb of ['reached', 'visited', 'met', 'phoned', 'joined']) {
      const body = `Hanna Berg, 41, lives in Dunmore. Berg ${verb} Kestrel and told a race official she was shaken. "I was really scared," she said.`;
      expect(quoteSpeakers(body)).toEqual(['Hanna Berg']);
    }
  });

  it('a lowercase role before a name still reads as a role', () => {
    expect(quoteSpeakers('Acme chief executive Tom Lee said: "We are fine."')).toEqual(['Tom Lee']);
    expect(quoteSpeakers('Retired teacher Tom Lee said: "We are fine."')).toEqual(['Tom Lee']);
    expect(quoteSpeakers('"We are fine," said celebrated chef Ann Roe.')).toEqual(['Ann Roe']);
  });

  it('a sentence whose "subject" holds a finite verb names nobody the next quotation continues', () => {
    const body =
      'Ann Roe runs a bakery in Dunmore.\n\nThat the town may need more stalls for vendors to sell their wares is clear from reports of long queues.\n\n"Prices will fall," the Harbour Institute\'s Tom Lee and Ivo Marsh wrote.';
    expect(quoteSpeakers(body)).toEqual(['Tom Lee and Ivo Marsh']);
    for (const fragment of [
      'That the town may need more stalls for vendors to sell their wares is clear from reports of long queues.',
      'That more shops for traders to open their doors were needed was plain from reports of crowds.',
    ]) {
      const [speaker] = quoteSpeakers(`${fragment} "Prices will fall."`);
      expect(speaker).not.toMatch(/vendors|traders/);
    }
  });

  it('an employer possessive before two named people is shared context, not part of the pair\'s name', () => {
    for (const tag of [
      "the Tax Institute's Ann Roe and Tom Lee recently noted",
      "Acme's Ann Roe and Tom Lee said",
      "the Herald's Ann Roe and Tom Lee wrote",
    ]) {
      expect(quoteSpeakers(`"Prices will fall," ${tag}.`)).toEqual(['Ann Roe and Tom Lee']);
    }
    expect(quoteSpeakers(`"Prices will fall," said the Tax Institute's Ann Roe and Tom Lee.`)).toEqual(['Ann Roe and Tom Lee']);
  });

  it('"both" before a singular word joins adjectives; an interjected aside leaves the inverted name as speaker', () => {
    for (const aside of ['both Democratic and Republican', 'both urban and rural', 'both left and right']) {
      expect(quoteSpeakers(`"He would have had a tough road in the primaries," ${aside}, says Ann Roe at the Courier.`)).toEqual(['Ann Roe']);
    }
    expect(quoteSpeakers('"We agree," both unions said.')).toEqual(['both unions']);
  });
});
