import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('an office introduced with "a" in the opening paragraph', () => {
  it('is the one holder of that office the body names', () => {
    for (const [lead, titled] of [
      ['with a judge calling the scheme “greedy and deliberate”', 'County Court Judge Miriam Okafor'],
      ['after a coroner described the deaths as “entirely avoidable”', 'Coroner Miriam Okafor'],
      ['and a mayor called the cuts “a betrayal”', 'Mayor Miriam Okafor'],
    ] as const) {
      const body = `A former bank manager was jailed on Friday, ${lead}.\n\n${titled} said the harm was lasting.`;
      expect(speakers(body), lead).toEqual(['Miriam Okafor']);
    }
  });

  it('stays a new source outside the opening paragraph, for two holders, and for roles many people hold', () => {
    const later = 'A bank manager was jailed on Friday.\n\nLater a judge called it “cynical”.\n\nJudge Miriam Okafor said more.';
    expect(speakers(later)).toEqual(['a judge']);
    const two = 'A bank manager was jailed, with a judge calling it “cynical”.\n\nJudge Miriam Okafor and Judge Tom Hale agreed.';
    expect(speakers(two)).toEqual(['a judge']);
    const many = 'A bank manager was jailed, with a resident calling it “overdue”.\n\nResident Miriam Okafor said more.';
    expect(speakers(many)).toEqual(['a resident']);
  });
});
