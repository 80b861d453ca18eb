import { describe, expect, it } from 'vitest';
import { nameFitsHead } from '../../../src/analysis/quotes/org-nouns.js';
import { quoteSpeakers } from '../helpers.js';

describe('"the company" / "the firm" refers back to a company named with its legal suffix', () => {
  it('named in passing, never quoted before', () => {
    for (const [name, noun] of [
      ['Kanto Steel Corp.', 'company'],
      ['Lumen Holdings', 'firm'],
      ['Brightwater Foods Inc.', 'company'],
      ['Harlow Group', 'firm'],
    ] as const) {
      const body = `Investors sold shares of ${name} on Monday.\n\n“We expect a recovery,” the ${noun} said.`;
      expect(quoteSpeakers(body, { withMentions: true }), name).toEqual([name]);
    }
  });

  it('the suffixes fit company nouns only', () => {
    expect(nameFitsHead('Kanto Steel Corp.', 'company')).toBe(true);
    expect(nameFitsHead('Kanto Steel Corp.', 'agency')).toBe(false);
    expect(nameFitsHead('Harbour Safety Board', 'company')).toBe(false);
  });
});

describe('a short acronym with a lowercase joining letter', () => {
  it('"the MoD", "the DfE", "the DoJ" are the bodies whose initials they spell', () => {
    for (const [full, short] of [
      ['Ministry of Defence', 'MoD'],
      ['Department for Education', 'DfE'],
      ['Department of Justice', 'DoJ'],
    ] as const) {
      const body = `The ${full} published the figures on Monday.\n\n“The figures are clear,” the ${short} said.`;
      expect(quoteSpeakers(body, { withMentions: true }), short).toEqual([full]);
    }
  });

  it('stays as written when no body in the article fits it', () => {
    const body = 'The figures came out on Monday.\n\n“The figures are clear,” the MoD said.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['MoD']);
  });
});

describe('other nouns for a kind of body', () => {
  it('"the school" is a university or college named before; "the hospital" a medical center or infirmary', () => {
    for (const [name, noun] of [
      ['Westbrook University', 'school'],
      ['Dunmore College', 'school'],
      ['Kelso Medical Center', 'hospital'],
      ['Harbour Royal Infirmary', 'hospital'],
    ] as const) {
      const body = `${name} suspended the program on Monday.\n\n“We take this seriously,” the ${noun} said in a statement.`;
      expect(quoteSpeakers(body, { withMentions: true }), name).toEqual([name]);
    }
  });

  it('not a body of another kind', () => {
    const body = 'The Pew Research Center published the survey.\n\n“We take this seriously,” the hospital said.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['the hospital']);
  });
});

describe('a football club named with FC', () => {
  it('is a body, and "the club" refers back to it', () => {
    const body = 'Harbour Rovers FC sacked the manager on Monday.\n\n“We thank him for his work,” the club said.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Harbour Rovers FC']);
  });
});
