import { describe, expect, it } from 'vitest';
import { speakersEarlierInSentence } from '../../../src/analysis/quotes/sentence-speaker.js';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });
const lead =
  'Brand consultant Mara Lindgren studied the campaign. “It is clever,” she said.\n\n' +
  'Waste researcher Joan Petrakis of the Green Ledger Institute was less sure. “It is a gimmick,” she said.\n\n';

describe('a he/she tag after its own sentence named a speaker', () => {
  it('is that speaker, not the one quoted last', () => {
    for (const para of [
      'The cup is not a perfect fit for the chain, says Lindgren, but, she adds, “it is not off-brand either.”',
      'The cup is not a perfect fit for the chain, Lindgren says, but she adds that it is “not off-brand either”.',
      'Lindgren said the cup was not a perfect fit, and, she added, “it is not off-brand either.”',
    ]) {
      expect(speakers(`${lead}${para}`), para).toEqual(['Mara Lindgren', 'Joan Petrakis', 'Mara Lindgren']);
    }
  });

  it('is not a speaker of the other gender', () => {
    const body =
      `${lead}The cup is a fad, says analyst Tom Brandt, but, she adds, “it will sell for a month.”`;
    expect(speakers(body)).toEqual(['Mara Lindgren', 'Joan Petrakis', 'Joan Petrakis']);
  });

  it('reads names from the narrative of the sentence only, latest first', () => {
    const body = 'Roe said so, and Lee says more, but “Kim says nothing,” she adds.';
    expect(speakersEarlierInSentence(body, body.indexOf('she adds'))).toEqual(['Lee', 'Roe']);
    expect(speakersEarlierInSentence('Earlier, Roe said no. Then she added more.', 'Earlier, Roe said no. Then '.length)).toEqual([]);
  });
});

describe('a listener named after "told"', () => {
  it('is not taken for the speaker', () => {
    expect(speakersEarlierInSentence('The plan is late, Hale told Lindgren, but', 40)).toEqual(['Hale']);
  });
});
