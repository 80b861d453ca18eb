import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('appositives set off by typed dashes and in pairs', () => {
  it('a spaced hyphen sets off an appositive like a dash', () => {
    expect(quoteSpeakers('Ivo Marsh - Corvane\'s finance chief - said: "The money is there."')).toEqual(['Ivo Marsh']);
    expect(quoteSpeakers('"The money is there," Ivo Marsh - the finance chief - told the board.')).toEqual(['Ivo Marsh']);
  });

  it('two people, each with a role, speak together', () => {
    expect(quoteSpeakers('"The money is there," Ivo Marsh, the treasurer, and Ada Voss, his deputy, said in a joint statement.')).toEqual([
      'Ivo Marsh and Ada Voss',
    ]);
    expect(quoteSpeakers('"The money is there," Ivo Marsh and Ada Voss, his deputy, said.')).toEqual(['Ivo Marsh and Ada Voss']);
  });

  it('after an inverted verb too, but not when a clause follows "and"', () => {
    expect(quoteSpeakers('"The money is there," said Ivo Marsh, the treasurer, and Ada Voss, his deputy.')).toEqual(['Ivo Marsh and Ada Voss']);
    expect(quoteSpeakers('"The money is there," said Ivo Marsh, the treasurer, and the board agreed.')).toEqual(['Ivo Marsh']);
  });

  it('a hyphenated word is no dash', () => {
    expect(quoteSpeakers('"The money is there," Ivo Marsh-Voss said.')).toEqual(['Ivo Marsh-Voss']);
  });
});
