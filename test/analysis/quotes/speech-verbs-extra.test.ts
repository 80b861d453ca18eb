import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('more ways news writing tags speech', () => {
  it('manner verbs after the quotation ("griped", "scoffed", "confided") tag it', () => {
    expect(quoteSpeakers('"The buses never come," Ida Fenn griped.')).toEqual(['Ida Fenn']);
    expect(quoteSpeakers('"Not a chance," the coach scoffed.')).toEqual(['the coach']);
    expect(quoteSpeakers('"I was terrified," she confided. ')).toHaveLength(1);
  });

  it('"the band said" speaks for the band', () => {
    expect(quoteSpeakers('"We are taking a break," the band said in a statement.')).toEqual(['the band']);
  });

  it('"X took to Twitter on Monday:" introduces X\'s words', () => {
    expect(quoteSpeakers('Ida Fenn took to Twitter on Monday: "The buses never come."')).toEqual(['Ida Fenn']);
  });
});
