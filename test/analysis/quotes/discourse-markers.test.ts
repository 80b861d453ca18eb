import { describe, expect, it } from 'vitest';
import { parseSpeakerPhrase } from '../../../src/analysis/quotes/phrase.js';
import { quoteSpeakers } from '../helpers.js';

const intro = 'Critics say the video of the match was edited.\n\n';
const speakers = (body: string): string[] => quoteSpeakers(`${intro}${body}`, { withMentions: true });

describe('point markers opening a sentence ("Third,", "Lastly,")', () => {
  it('are never the speaker of a quote in their sentence', () => {
    for (const marker of ['First', 'Second', 'Third', 'Fourth', 'Finally', 'Lastly', 'Next', 'However']) {
      expect(speakers(`${marker}, nobody is saying they "moved the arm" in the clip.`)).not.toContain(marker);
    }
  });

  it('give way to the subject after them', () => {
    expect(speakers('First, the ministry said the clip was "plainly doctored".')).toEqual(['the ministry']);
    expect(speakers('Third, Dana Voss hit back on Tuesday, saying the clip was "plainly doctored".')).toEqual(['Dana Voss']);
  });

  it('do not parse as names alone, while titles that open with an ordinal still do', () => {
    expect(parseSpeakerPhrase('Third')).toBeNull();
    expect(parseSpeakerPhrase('Lastly')).toBeNull();
    expect(parseSpeakerPhrase('Second Lady Ann Roe')).toMatchObject({ kind: 'person', name: 'Ann Roe', role: 'Second Lady' });
  });
});
