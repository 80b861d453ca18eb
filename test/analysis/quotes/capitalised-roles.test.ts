import { describe, expect, it } from 'vitest';
import { isCapitalisedRole } from '../../../src/analysis/quotes/role-titles.js';
import { parseSpeakerPhrase, type SpeakerPhrase } from '../../../src/analysis/quotes/phrase.js';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });
const parsed = (text: string): SpeakerPhrase => {
  const p = parseSpeakerPhrase(text);
  if (!p) throw new Error(`no phrase for ${text}`);
  return p;
};

describe('a capitalised office after "the" refers back to its named holder', () => {
  it('"The Premier said" after "Premier Lorna Quayle told reporters"', () => {
    const body = '“We are ready,” Premier Lorna Quayle told reporters.\n\nThe Premier said shelters were open and promised “no delays”.';
    expect(speakers(body)).toEqual(['Lorna Quayle', 'Lorna Quayle']);
  });

  it('with a title word before the head, and with another holder named in between', () => {
    for (const [title, head] of [
      ['Defence Minister', 'the Defence Minister'],
      ['Chief Minister', 'the Chief Minister'],
      ['Home Secretary', 'the Home Secretary'],
      ['Governor', 'the Governor'],
    ] as const) {
      const body =
        `${title} Tobias Grell spoke to reporters. “The army stands ready,” Mr. Grell said.\n\n` +
        `Mayor Ines Falk joined him. “We need buses,” Ms. Falk said.\n\n` +
        `${head[0]?.toUpperCase()}${head.slice(1)}, who visits on Friday, announced funds. “Money is no problem,” ${head} said.`;
      expect(speakers(body)).toEqual(['Tobias Grell', 'Ines Falk', 'Tobias Grell']);
    }
  });

  it('stays a new description when nobody holds the office', () => {
    expect(speakers('Floods hit the city.\n\n“Help is coming,” the Prime Minister said.')).toEqual(['the Prime Minister']);
  });

  it('is only a role: institutions, names and plain nouns are not', () => {
    expect(isCapitalisedRole(parsed('the Prime Minister'))).toBe(true);
    expect(isCapitalisedRole(parsed('the Judge'))).toBe(true);
    expect(isCapitalisedRole(parsed('the Harbour Trust'))).toBe(false);
    expect(isCapitalisedRole(parsed('a Minister'))).toBe(false);
    expect(isCapitalisedRole(parsed('the prime minister'))).toBe(false);
    expect(isCapitalisedRole(parsed('the Ministry'))).toBe(false);
  });
});
