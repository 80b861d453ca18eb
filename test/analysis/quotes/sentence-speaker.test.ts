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

describe('a he/she tag after a quotation its sentence introduces with a colon', () => {
  const before = 'Ivo Marsh spoke first. "Hello," he said.\n\n';
  it('is the subject of the lead-in, named there for the first time, past a clause and a title', () => {
    expect(speakers(`${before}Filmmaker Tom Reyes, who won a writing award for "Rain Song," joked backstage: "We actually won," he said.`)).toEqual(['Ivo Marsh', 'Tom Reyes']);
    expect(speakers(`${before}Sculptor Dana Okafor, 52, who carved the gates, was blunt: “Nobody asked us,” she told reporters.`)).toEqual(['Ivo Marsh', 'Dana Okafor']);
    expect(speakers(`${before}Veteran pilot Ken Abe, who landed the plane on the river, put it simply: "I did my job," he added.`)).toEqual(['Ivo Marsh', 'Ken Abe']);
  });

  it('offers the opening run and its endings, for the discourse to match a person', () => {
    const text = 'Tom Reyes had a message for Ann Lee: "Go home," she said.';
    expect(speakersEarlierInSentence(text, text.indexOf('she said'))).toEqual(['Tom Reyes', 'Reyes']);
  });

  it('names nobody without the colon', () => {
    const text = 'Tom Reyes waved. "Go home," he said.';
    expect(speakersEarlierInSentence(text, text.indexOf('he said'))).toEqual([]);
  });
});
