import { describe, expect, it } from 'vitest';
import { roleWordsWithImplied } from '../../../src/analysis/quotes/role-synonyms.js';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('the everyday noun for a formal title refers back to its holder', () => {
  it('"the judge" after "Mr Justice", "the prosecutor" after "District Attorney", "the lawmaker" after "Sen."', () => {
    const cases: Array<[string, string]> = [
      ['Mr Justice Colm Darragh', 'the judge'],
      ['District Attorney Wendy Saltash', 'the prosecutor'],
      ['Sen. Ruth Calloway', 'the lawmaker'],
      ['Ambassador Ruth Calloway', 'the diplomat'],
    ];
    for (const [titled, noun] of cases) {
      const name = titled.split(' ').slice(-2).join(' ');
      const body = `The hearing opened on Monday.\n\n${titled} said the law was unclear. “It cannot stand as written,” ${noun} said.`;
      expect(speakers(body), noun).toEqual([name]);
    }
  });

  it('a title implies no unrelated role', () => {
    const body = 'District Attorney Wendy Saltash filed charges.\n\n“We will appeal,” the judge said.';
    expect(speakers(body)).toEqual(['the judge']);
  });

  it('lists the implied nouns beside the written words', () => {
    expect(roleWordsWithImplied('Mr Justice')).toEqual(expect.arrayContaining(['mr', 'justice', 'judge']));
    expect(roleWordsWithImplied("Cook County State's Attorney")).toContain('prosecutor');
    expect(roleWordsWithImplied('Transport Minister')).toEqual(['transport', 'minister']);
  });
});
