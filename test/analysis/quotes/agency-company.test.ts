import { describe, expect, it } from 'vitest';
import { isTradeName, nameFitsHead, namedWithNoun, paperNamedBefore } from '../../../src/analysis/quotes/org-nouns.js';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('"the agency" refers back to a public body whatever its name calls it', () => {
  it('an Administration, an Authority, a Bureau, a Commission', () => {
    for (const body of [
      'The Federal Railroad Administration on Monday ordered new brake checks.\n\n“Safety comes before schedules,” the agency said.',
      'The Food Standards Authority recalled the cheese on Monday.\n\n“Do not eat it,” the agency said in a notice.',
      'The Census Bureau published new figures on Monday.\n\n“The count was complete,” the agency said.',
      'The Maritime Safety Commission opened an inquiry on Monday.\n\n“We will find the cause,” the agency said.',
    ]) {
      const name = /The ([A-Z][\w ]+?) (?:on|recalled|published|opened)/.exec(body)?.[1];
      expect(speakers(body)).toEqual([name]);
    }
  });

  it('is not a company', () => {
    const body = 'Lumen Technologies cut 300 jobs on Monday.\n\n“We expect more cuts,” the agency said.';
    expect(speakers(body)).toEqual(['the agency']);
  });

  it('the name words fit only the nouns they stand for', () => {
    expect(nameFitsHead('Federal Aviation Administration', 'agency')).toBe(true);
    expect(nameFitsHead('Harbour Pilots Union', 'union')).toBe(true);
    expect(nameFitsHead('Federal Aviation Administration', 'union')).toBe(false);
    expect(nameFitsHead('Lumen Technologies', 'agency')).toBe(false);
  });
});

describe('a company named by its trade is a company, not a person', () => {
  it('"the company said" after the company spoke, with a public body named in between', () => {
    const body =
      'The Civil Aviation Authority grounded the jets on Friday.\n\n' +
      'Corvane Aerospace said in a statement that it “fully backs” the order. “We are working around the clock,” the company said.';
    expect(speakers(body)).toEqual(['Corvane Aerospace', 'Corvane Aerospace']);
  });

  it('other trades too', () => {
    expect(isTradeName('Delta Pharmaceuticals')).toBe(true);
    expect(isTradeName('Northgate Logistics')).toBe(true);
    expect(isTradeName('Ann Roe')).toBe(false);
    expect(isTradeName('Energy')).toBe(false);
  });
});

describe('"the newspaper" refers back to a paper the article named', () => {
  it('by the paper word ending its name, even when only its website or reporter was the subject', () => {
    for (const paper of ['Harbour City Chronicle', 'Northfield Gazette', 'Daily Ledger']) {
      const body = `The ${paper}'s website reported the find on Monday.\n\n“The coins match the 1901 theft,” the newspaper reported.`;
      // The entity pass may keep the article on the name ("The Harbour City Chronicle"); the eval drops it too.
      expect(speakers(body).map((n) => n.replace(/^The /, '')), paper).toEqual([paper]);
    }
  });

  it('not a body whose name ends otherwise', () => {
    expect(paperNamedBefore('The Harbour Trust said so. Then', 30)).toBeUndefined();
    expect(paperNamedBefore('In Post Office queues, the Westbrook Herald found anger.', 55)).toBe('Westbrook Herald');
  });
});

describe('an organisation introduced with its noun that the entity pass missed', () => {
  it('"the operator" after "The rail operator, Westline," with another body named before', () => {
    for (const [intro, noun] of [
      ['The rail operator, Westline, said it would run fewer trains.', 'the operator'],
      ['Budget carrier Skyvale cancelled 40 flights.', 'the carrier'],
      ['The charity, Hopeway, said demand had doubled.', 'the charity'],
    ] as const) {
      const body = `The National Union of Rail Workers (NURW) called a strike.\n\n${intro} “We apologise,” ${noun} said.`;
      const name = /(Westline|Skyvale|Hopeway)/.exec(intro)?.[1];
      expect(speakers(body), noun).toEqual([name]);
    }
  });

  it('not a person introduced the same way', () => {
    expect(namedWithNoun('The operator, Westline, said so.', 'operator', 40)).toEqual({ name: 'Westline', at: 14 });
    const body = 'Harbour Trust said it was ready.\n\nThe crane operator, Ann Roe, said she was not. “We apologise,” the operator said.';
    expect(speakers(body)).not.toContain('Ann Roe');
  });
});

describe('"the Westline boss" is the chief executive of that company', () => {
  it('by the implied role noun', () => {
    const body = "Westline's chief executive, Omar Fadel, defended the offer. “It is a good deal,” the Westline boss said.";
    expect(speakers(body)).toEqual(['Omar Fadel']);
  });
});

describe('"the department" after a government department named otherwise', () => {
  it('is the Office or Ministry named before', () => {
    for (const body of [
      'The Home Office defended the rules.\n\nCharities objected.\n\n“Nobody will be deported without due process,” the department said.',
      'The Ministry of Justice published its figures.\n\nLawyers were split.\n\n“Prisons are not full,” the department said.',
    ]) {
      expect(speakers(body)).toEqual([/The (Home Office|Ministry of Justice)/.exec(body)?.[1]]);
    }
  });
});
