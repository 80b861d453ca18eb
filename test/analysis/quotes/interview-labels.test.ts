import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('labelled interview answers: "I" is the person the label names', () => {
  it('bold labels', () => {
    const body = [
      'Nkem Adeyemi-Cole has a new album out.',
      '**Arts Weekly:** How was the tour?',
      '**Adeyemi-Cole:** Brutal. "Every night was a fight," I told the band.',
      '**Adeyemi-Cole:** Never. I said to my manager: "Never again."',
    ].join('\n\n');
    expect(quoteSpeakers(body)).toEqual(['Nkem Adeyemi-Cole', 'Nkem Adeyemi-Cole']);
  });

  it('a plain "Name:" label, but not "Q:"', () => {
    expect(quoteSpeakers('Tom Reyes: "Every night was a fight," I told the band.')).toEqual(['Tom Reyes']);
    expect(quoteSpeakers('Q: "Every night was a fight," I told the band.')).toEqual(['unknown']);
  });
});
