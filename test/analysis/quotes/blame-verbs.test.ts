import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('verbs of blaming, ruling and plural present forms attribute quoted words', () => {
  it('"X blamed A on “...”" and "X blames “...” for A" credit X', () => {
    expect(quoteSpeakers('In May, Velonet Corp. blamed the loss on "brutal competition."')).toEqual(['Velonet Corp.']);
    expect(quoteSpeakers('The ministry blames "foreign agitators" for the unrest.')).toEqual(['the ministry']);
  });

  it('"the court ruled that ... “...”" credits the court', () => {
    expect(quoteSpeakers('The court ruled that the defendant’s "real motive" was greed.')).toEqual(['the court']);
  });

  it('a plural subject takes the bare form: "critics argue", "residents complain"', () => {
    expect(quoteSpeakers('Residents complain that the buses are "never on time."')).toEqual(['residents']);
  });
});
