import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('the agent of a passive predicate said the quoted words', () => {
  it('"was described by X as “...”" credits X, whatever the verb of judging', () => {
    expect(quoteSpeakers('The budget was described by one economist as "a fantasy."', { withMentions: true })).toEqual(['one economist']);
    expect(quoteSpeakers('The reform was welcomed by the unions as "a first step".', { withMentions: true })).toEqual(['the unions']);
    expect(quoteSpeakers('The scheme was criticised by Mara Steen as "unfair".', { withMentions: true })).toEqual(['Mara Steen']);
  });

  it('still credits an agent written after the quotation', () => {
    expect(quoteSpeakers('The deal was called "historic" by the minister.', { withMentions: true })).toEqual(['the minister']);
  });

  it('a passive with no agent stays without a speaker', () => {
    expect(quoteSpeakers('The bridge was described as "unsafe" in May.', { withMentions: true })).toEqual(['unknown']);
  });
});

describe('a possessive owner of quoted words followed by a noun of speech said them', () => {
  it('"X’s “...” remark", "the mayor’s “...” speech" credit the owner, not "X’s"', () => {
    expect(quoteSpeakers('Lena Voss’s "open door" remark drew protests.', { withMentions: true })).toEqual(['Lena Voss']);
    expect(quoteSpeakers('The mayor’s "war on drivers" speech drew protests.', { withMentions: true })).toEqual(['the mayor']);
  });

  it('a place’s quoted thing is no speech of the place', () => {
    expect(quoteSpeakers('Lena Voss spoke. Ardenne’s "ring of fire" defences cost $2 billion.', { withMentions: true })).not.toContain('Ardenne');
  });
});
