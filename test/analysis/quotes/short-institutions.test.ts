import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('"the" before a short institutional name', () => {
  it.each([
    ['"Fees will rise," the DfT said.', 'DfT'],
    ['"Fees will rise," the DoE said in a statement.', 'DoE'],
    ['"Rates will hold," said the Fed.', 'Fed'],
    ['"Rates will hold," the Treasury said.', 'Treasury'],
    ['"Rain is coming," the Met Office said.', 'Met Office'],
  ])('%s', (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });

  it('a capitalised word with more lowercase than capitals is no initialism', () => {
    expect(quoteSpeakers('"Fees will rise," the LaRue said.')).toEqual(['unknown']);
  });
});
