import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('the subject of a sentence whose quotation has no tag', () => {
  it('stays in focus for the next "he said"', () => {
    const body = [
      'Governor Alan Pryce spoke first. “We will rebuild,” Pryce said.',
      '“The budget is not enough,” Senator Carl Ames told reporters later.',
      'But in a letter to voters, the governor closed with the hope that the state would “stand together”.',
      '“I trust the people of this state,” he said.',
    ].join('\n\n');
    // The untagged words are the subject's, inferred from the sentence; the next "he said" is still Pryce.
    expect(quoteSpeakers(body)).toEqual(['Alan Pryce', 'Carl Ames', 'Alan Pryce', 'Alan Pryce']);
  });

  it('does not turn the untagged quotation into its subject’s words', () => {
    const body = 'Nora Vick, a teacher, walked past the school. Vick stopped at a banner that read “we will not be moved by fear”.';
    expect(quoteSpeakers(body)).toEqual(['unknown']);
  });
});

describe('a sentence ending in a colon announces the next paragraph’s quotation', () => {
  it('its subject takes over from the speaker before it', () => {
    const body = '“We will win,” Mayor Tom Vale said. Council member Ann Price had a different view:\n\n“This plan is a disaster.”';
    expect(quoteSpeakers(body)).toEqual(['Tom Vale', 'Ann Price']);
  });

  it('a sentence without the colon leaves the earlier speaker in place', () => {
    const body = '“We will win,” Mayor Tom Vale said. Council member Ann Price sat nearby.\n\n“The vote is on Monday.”';
    expect(quoteSpeakers(body)).toEqual(['Tom Vale', 'Tom Vale']);
  });
});
