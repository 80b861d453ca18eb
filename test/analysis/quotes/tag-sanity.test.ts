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

describe('time openers and free relatives', () => {
  it('a plural time noun opening the sentence ("Moments later") is never a person', () => {
    for (const opener of ['Moments later', 'Minutes later', 'Hours later', 'Days after the vote']) {
      const body = `${opener} the film's producer Ann Roe returned to the stage and said "We won" and insisting that "this is no joke."`;
      expect(quoteSpeakers(body)).toEqual(['Ann Roe', 'Ann Roe']);
    }
  });

  it('"on/in/for what X said/called" has X as the speaker, not the place or object before it', () => {
    const cases: Array<[string, string]> = [
      ['The envoy flew to Varno last week on what the State Department said was a "humanitarian mission" to free him.', 'State Department'],
      ['The council voted for the plan in what one resident called "a betrayal" of the village.', 'one resident'],
      ['Ann Roe flew to Oslo on Monday for what officials described as "urgent talks."', 'officials'],
      ['The team lost to Leeds in what coach Tom Lee called "a shambles."', 'Tom Lee'],
    ];
    for (const [body, speaker] of cases) expect(quoteSpeakers(body)).toEqual([speaker]);
  });

  it('a quotation before "and praised what he called" stays with the sentence subject', () => {
    const body = "Local MP Dan Whitby said residents were 'anxious but calm' and praised what he called the 'extraordinary' response.";
    expect(quoteSpeakers(body)).toEqual(['Dan Whitby', 'Dan Whitby']);
  });
});

describe('a capitalised word modifying a described person', () => {
  it('"Labor union official said" is the described official, not a person "Labor"', () => {
    for (const subject of ['Labor union official', 'Police union spokesman', 'Harbour campaign aide']) {
      const body = `${subject} said he would meet the senator and said "he was going to push him hard on this."`;
      expect(quoteSpeakers(body)).toEqual([subject]);
      expect(quoteSpeakers(`"We will push," ${subject} said.`)).toEqual([subject]);
    }
  });

  it('a possessive pronoun or a name followed by its verb opens no such description', () => {
    expect(quoteSpeakers('Ann Roe runs the shop. Our camera assistant said "the dust is the real director."')).not.toContain('Our camera assistant');
    const [speaker] = quoteSpeakers('Roe gave union officials a list and said: "We want answers."');
    expect(speaker).toBe('Roe');
  });
});

describe('a clause opening the sentence is no description', () => {
  it('"It also wants players to ..., which it says is ..." credits the body "it" refers to, not the clause', () => {
    const body =
      'The Harbour Players Union filed its demands on Monday. It also wants players to receive pay for sponsorships, which it says is consistent with "evolving" league rules.';
    expect(quoteSpeakers(body)).toEqual(['Harbour Players Union']);
    for (const opener of ['It also wants players to receive pay', 'It still expects members to accept cuts', 'It now asks drivers to pay fees']) {
      const [speaker] = quoteSpeakers(`${opener} for the season, which it says is "fair."`);
      expect(speaker).not.toMatch(/players|members|drivers/);
    }
  });

  it('a pronoun after a relative word is the subject of the tag verb', () => {
    expect(quoteSpeakers('Ann Roe spoke on Monday. She backed the new rules, which she said were "long overdue."')).toEqual(['Ann Roe']);
  });
});

describe('an adjective of position before a country', () => {
  it('"Neighbouring Ukraine criticised", "Nearby Lebanon said": the country speaks, not a person "Neighboring Ukraine"', () => {
    expect(quoteSpeakers('Neighboring Ukraine also criticized the law, calling it "dangerous."')).toEqual(['Ukraine']);
    expect(quoteSpeakers('Neighbouring Lebanon said the plan was "unworkable."')).toEqual(['Lebanon']);
    expect(quoteSpeakers('Nearby Austria warned the rules were "a mistake."')).toEqual(['Austria']);
  });
});

describe('page labels are no speakers', () => {
  it('"Note:", "Update:", "Correction:" before a tag leave the real subject', () => {
    const cases: Array<[string, string]> = [
      ['Note: as some people have pointed out, "the paper pulled it."', 'some people'],
      ['Update: as readers have noted, "the paper pulled it."', 'readers'],
      ['Correction: Ann Roe said "the paper pulled it."', 'Ann Roe'],
    ];
    for (const [body, speaker] of cases) expect(quoteSpeakers(body)).toEqual([speaker]);
  });
});
