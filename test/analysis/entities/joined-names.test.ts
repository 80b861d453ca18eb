import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/analysis/entities/index.js';
import { splitSentences } from '../../../src/analysis/sentences.js';
import { makeArticle, quoteSpeakers } from '../helpers.js';

function orgs(body: string): string[] {
  const article = makeArticle(body);
  return extractMentions(article, splitSentences(article))
    .filter((m) => m.type === 'organization')
    .map((m) => m.text);
}

describe('institution names with "and" inside', () => {
  it('field and field + institution word is one body', () => {
    expect(orgs('The Forest and Rangeland Service closed the trail on Monday.')).toEqual(['Forest and Rangeland Service']);
    expect(orgs('A ruling by the Seed and Fertiliser Authority came late.')).toEqual(['Seed and Fertiliser Authority']);
    expect(orgs('The Senate Tariffs and Levies Committee met.')).toContain('Senate Tariffs and Levies Committee');
    expect(orgs('The U.S. Mines and Quarries Administration said so.')).toEqual(['U.S. Mines and Quarries Administration']);
  });

  it('institution of field and field is one body', () => {
    expect(orgs('The Department of Fisheries and Coastal Affairs said it would act.')).toEqual(['Department of Fisheries and Coastal Affairs']);
    expect(orgs('A letter from the Centers for Water Safety and Prevention arrived.')).toEqual(['Centers for Water Safety and Prevention']);
    expect(orgs('The Committee on Transport and Commerce held a hearing.')).toEqual(['Committee on Transport and Commerce']);
  });

  it('two names joined by "and" stay two', () => {
    expect(orgs('Talks between Harbour Bank and Corvane Group ended.')).toEqual(['Harbour Bank', 'Corvane Group']);
    const article = makeArticle('Ann Roe and Tom Lee founded the club.');
    const people = extractMentions(article, splitSentences(article)).filter((m) => m.type === 'person').map((m) => m.text);
    expect(people).toEqual(['Ann Roe', 'Tom Lee']);
    // A title after "and" starts a person: "... Ministry of Health and Health Secretary Ann Roe".
    expect(orgs('The Ministry of Ports and Shipping Secretary Dana Voss disagreed.')).not.toContain('Ministry of Ports and Shipping Secretary Dana Voss');
    expect(orgs('The Ministry of Defence and Treasury Office staff met.')).not.toContain('Ministry of Defence and Treasury Office');
  });

  it('"the agency" then refers back to the whole body, named in passing', () => {
    for (const [name, verb] of [
      ['Forest and Rangeland Service', 'told'],
      ['Seed and Fertiliser Administration', 'warned'],
      ['Coast and Harbour Safety Bureau', 'informed'],
    ] as const) {
      const body = `The mayor spoke first. The ${name} ${verb} a judge on Monday that the rule would stay.\n\n“The review is complete,” the agency said in a statement.`;
      expect(quoteSpeakers(body, { withMentions: true }), name).toEqual([name]);
    }
  });
});
