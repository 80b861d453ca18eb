import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('a place is never inferred as a person speaking', () => {
  it('a headline about something in a region the story keeps naming credits nobody in the region', () => {
    for (const place of ['Saxony', 'Bavaria', 'Ohio']) {
      const body = [
        `Watchdog: Police facial recognition in ${place} 'out of control'`,
        `Rights group Harbour Watch has accused police of running searches. Police in the state of ${place} ran searches.`,
        `The report said ${place} had no rules. ${place} rejected it.`,
      ].join('\n\n');
      expect(quoteSpeakers(body)[0]).not.toBe(place);
    }
  });
});
