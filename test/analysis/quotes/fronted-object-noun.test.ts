import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('"a decision farmers called ...": the noun after "a" is the object, the plural after it the speaker', () => {
  it('drops the fronted object noun from the speaker', () => {
    expect(quoteSpeakers('The council approved the plan, a decision local farmers have called "a betrayal of every family".')).toEqual([
      'local farmers',
    ]);
    expect(quoteSpeakers('The council approved the plan, a move residents described as "reckless and cruel".')).toEqual(['residents']);
    expect(quoteSpeakers('The agency cut the budget, a cut critics have branded "short-sighted and petty".')).toEqual(['critics']);
  });

  it('keeps quantities that let "a" stand before a plural', () => {
    expect(quoteSpeakers('A few farmers called the plan "a betrayal of the valley".')).toEqual(['a few farmers']);
    expect(quoteSpeakers('A dozen residents said the plan was "a betrayal of the valley".')).toEqual(['a dozen residents']);
    expect(quoteSpeakers('An estimated 200 protesters chanted "no more mines" outside.')).toEqual(['an estimated 200 protesters']);
    expect(quoteSpeakers('A group of farmers called the plan "a betrayal of the valley".')).toEqual(['a group of farmers']);
  });
});
