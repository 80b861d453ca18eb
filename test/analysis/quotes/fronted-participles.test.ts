import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const intro = 'Prime Minister Alan Mercer faces a confidence vote next week.\n\n';
const speakers = (body: string): string[] => quoteSpeakers(`${intro}${body}`, { withMentions: true });

describe('an opening participial phrase before the subject', () => {
  it('is never the speaker; the subject after it is, resolved through its role', () => {
    expect(speakers('Addressing lawmakers on Thursday, the prime minister said he was the only "credible choice" left.')).toEqual(['Alan Mercer']);
    expect(speakers('Appearing on television, the prime minister said he was the only "credible choice" left.')).toEqual(['Alan Mercer']);
  });

  it('covers fronted past participles followed by a preposition', () => {
    expect(speakers('Pressed on the cuts, the prime minister said he was the only "credible choice" left.')).toEqual(['Alan Mercer']);
  });

  it('keeps a name or pronoun subject after the phrase', () => {
    expect(speakers('Addressing lawmakers on Thursday, Mercer said he was the only "credible choice" left.')).toEqual(['Alan Mercer']);
    expect(speakers('Addressing lawmakers on Thursday, he said he was the only "credible choice" left.')).toEqual(['Alan Mercer']);
  });

  it('leaves adjectival -ing modifiers of a speaker noun alone', () => {
    expect(quoteSpeakers('Pay talks collapsed.\n\n"We will not go back," striking workers said outside the plant.', { withMentions: true })).toEqual(['striking workers']);
    expect(quoteSpeakers('Pay talks collapsed.\n\nLeading economists, including Dana Voss, said the cuts were "reckless".', { withMentions: true })).toEqual(['leading economists']);
  });
});
