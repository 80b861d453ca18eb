import { describe, expect, it } from 'vitest';
import { countedPeople } from '../../../src/analysis/quotes/counted-people.js';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('a counted plural of people opening a sentence', () => {
  it('is the group a later "they" refers to, whatever compound names them', () => {
    expect(speakers('Galle won the cup.\n\nThree trawlermen from Galle waited at the dock. "We lost the nets," they said.')).toEqual([
      'three trawlermen from Galle',
    ]);
    expect(speakers('The council approved the plan.\n\nSeveral smokejumpers stood by the engine. "It spread fast," they told reporters.')).toEqual([
      'several smokejumpers',
    ]);
  });

  it('parses the count, the noun and a place complement', () => {
    expect(countedPeople('Two netballers from Perth waited.', 0)).toMatchObject({ name: 'two netballers from Perth', head: 'netballer', plural: true });
    expect(countedPeople('A group of linesmen gathered.', 0)).toMatchObject({ name: 'a group of linesmen', head: 'linesman' });
  });

  it('is not a counted plural of things', () => {
    expect(countedPeople('Two containers fell off the ship.', 0)).toBeNull();
    expect(countedPeople('Three bridges closed.', 0)).toBeNull();
    expect(speakers('The council approved the plan.\n\nTwo containers fell off the ship. "It was a storm," they said.')).toEqual(['the council']);
  });
});
