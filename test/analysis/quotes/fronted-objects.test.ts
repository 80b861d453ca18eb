import { describe, expect, it } from 'vitest';
import { parseSpeakerPhrase } from '../../../src/analysis/quotes/phrase.js';
import { parseSubjectRegion } from '../../../src/analysis/quotes/subject.js';
import { quoteSpeakers } from '../helpers.js';

const intro = 'A wing flap washed ashore on a remote beach.\n\n';
const speakers = (body: string): string[] => quoteSpeakers(`${intro}${body}`, { withMentions: true });

describe('a speaker after a comma-less fronted phrase', () => {
  it('does not absorb the object of a preposition or an article', () => {
    expect(speakers('In the footage experts have confirmed the flap is "almost certainly" from the jet.')).toEqual(['experts']);
    expect(speakers('Across the Southern Ocean experts said the flap was "almost certainly" from the jet.')).toEqual(['experts']);
    expect(parseSubjectRegion('At the Pentagon officials', 0, false)?.name).toBe('officials');
    expect(parseSubjectRegion('In a statement the ministry', 0, false)?.name).toBe('the ministry');
  });

  it('does not absorb a verb form after an auxiliary', () => {
    expect(speakers('After the flap was discovered experts said it was "almost certainly" from the jet.')).toEqual(['experts']);
  });

  it('does not read a clause verb as an adjective of the speaker', () => {
    expect(parseSubjectRegion('The part the fishermen discovered experts', 0, false)?.name).toBe('experts');
    expect(parseSubjectRegion('The debris washed ashore and trained investigators', 0, false)?.name).toBe('investigators');
    expect(parseSpeakerPhrase('the fishermen discovered experts')).toBeNull();
  });

  it('keeps adjectival participles', () => {
    expect(parseSpeakerPhrase('the two retired officers')).toMatchObject({ head: 'officer', modifiers: ['two', 'retired'] });
    expect(parseSpeakerPhrase('senior retired officers')).toMatchObject({ head: 'officer' });
    expect(parseSpeakerPhrase('the highly trained experts')).toMatchObject({ head: 'expert' });
  });

  it('keeps adjectives of the speaker and partitives', () => {
    expect(parseSubjectRegion('Throughout the day senior officials', 0, false)?.name).toBe('senior officials');
    expect(parseSpeakerPhrase('one of the sources')).toMatchObject({ kind: 'description', head: 'source' });
    expect(parseSpeakerPhrase('in the footage experts')).toBeNull();
  });
});
