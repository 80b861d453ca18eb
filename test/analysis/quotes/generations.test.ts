import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('"the younger X" / "the elder X" when a parent and child share a surname', () => {
  it('the younger is the one introduced as a son or daughter, the elder the other', () => {
    const body =
      'Rep. Tom Vance is retiring. His son Kyle Vance is a designer. “I am embarrassed,” the younger Vance wrote on Monday. “It was wrong,” the elder Vance said.';
    expect(quoteSpeakers(body)).toEqual(['Kyle Vance', 'Tom Vance']);
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Kyle Vance', 'Tom Vance']);
  });

  it('"the daughter of X" makes X the elder', () => {
    const a = 'Ana Roth, the daughter of Judge Lev Roth, spoke first. “We disagree,” the elder Roth said.';
    expect(quoteSpeakers(a)).toEqual(['Lev Roth']);
  });

  it('without a relation to go on, a bare surname keeps its usual reading', () => {
    const body = 'Tom Vance and Kyle Vance spoke. “I am embarrassed,” the younger Vance wrote.';
    expect(quoteSpeakers(body)).toEqual(['Tom Vance']);
  });
});
