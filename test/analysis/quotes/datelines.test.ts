import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('a dateline opening a story is never the speaker', () => {
  it('"CITY —" and "CITY (Agency) —" before the subject', () => {
    expect(quoteSpeakers('LONDON — The chief executive of Brightwater conceded on Tuesday that the firm had "lost the trust of customers."')).toEqual([
      'the chief executive of Brightwater',
    ]);
    expect(quoteSpeakers('NAIROBI (Reuters) — The union warned on Monday that the strike would "spread to every port."')).toEqual(['the union']);
  });

  it('"CITY, Region —" and "CITY, Month day (Agency) -"', () => {
    expect(quoteSpeakers('CHENNAI, Tamil Nadu — Officials warned that the river was "rising by the hour."')).toEqual(['officials']);
    expect(quoteSpeakers('OSLO, March 3 (AP) - Police said the catch was "the worst in living memory."')).toEqual(['police']);
  });

  it('"CITY:" in the Indian and Pakistani style', () => {
    const speakers = quoteSpeakers('LAHORE: The district police chief said the roads would stay "closed until further notice."');
    expect(speakers).toEqual(['the district police chief']);
  });

  it('a capitalised acronym subject followed by a verb is no dateline', () => {
    expect(quoteSpeakers('NATO said the drills were "purely defensive."')).toEqual(['NATO']);
  });
});
