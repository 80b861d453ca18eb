import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('two people joined by "and" in a subject with appositives', () => {
  it('"X, 41, and her husband, Y, said" credits both', () => {
    expect(quoteSpeakers('Nora Vick, 41, and her husband, Emil Vick, said the barn was "beyond saving."')).toEqual(['Nora Vick and Emil Vick']);
    expect(quoteSpeakers('"It was beyond saving," Nora Vick, 41, and her husband, Emil Vick, said.')).toEqual(['Nora Vick and Emil Vick']);
    expect(quoteSpeakers('Nora Vick and her husband, Emil Vick, said the barn was "beyond saving."')).toEqual(['Nora Vick and Emil Vick']);
  });

  it('"X, 38, and another man charged in the case, Y, told" credits both, not "another man"', () => {
    const body = 'On a recorded call, Pavel Orr, 38, and another man charged in the case, Luis Brand, told the witness about the "new climate for migrants."';
    expect(quoteSpeakers(body)).toEqual(['Pavel Orr and Luis Brand']);
  });

  it('a person and an unnamed group is no pair', () => {
    expect(quoteSpeakers('Nora Vick and others said the barn was "beyond saving."')).not.toContain('Nora Vick and others');
  });

  it('a participial aside about the subject ("charged with fraud") is neither the speaker nor a speech verb', () => {
    expect(quoteSpeakers('The driver, charged with fraud, said the case was "a setup."')).toEqual(['the driver']);
  });

  it('"insists on doing" reports no words', () => {
    const body = 'While the ministry insists on finishing the dam, the "remaining concerns" must be met, the envoy was quoted as saying.';
    expect(quoteSpeakers(body)).not.toContain('the ministry');
  });
});

describe('two described or named speakers joined by "and"', () => {
  it('"both the mayor and the governor", "the mayor and police" speak together', () => {
    expect(quoteSpeakers('Both the mayor and the governor said the response was "too slow."')).toEqual(['the mayor and the governor']);
    expect(quoteSpeakers('The mayor and police said the bridge was "unsafe."')).toEqual(['the mayor and police']);
  });

  it('"Ida and Tom’s family" keeps the first name with the family', () => {
    expect(quoteSpeakers('In a statement, Ida and Tom’s family said he "loved the sea."')).toEqual(['Ida and Tom’s family']);
  });

  it('an appositive after a named pair describes its last member; both still speak', () => {
    expect(quoteSpeakers('Nora Vick and Emil Brandt, her partner, said the barn was "beyond saving."')).toEqual(['Nora Vick and Emil Brandt']);
  });
});

describe('a group of titled people', () => {
  it('"Senator X and Representative Y" speak as "X and Y", as a person speaker carries no title', () => {
    const body = 'Senator Lena Voss and Representative Omar Ruiz backed the bill. "It is vital," the two senators said in a joint statement.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Lena Voss and Omar Ruiz']);
  });
});

describe('"the two" with no noun', () => {
  it('is the two people just named together', () => {
    expect(quoteSpeakers('Lena Voss and Omar Ruiz signed the deal. "We are done," the two said.', { withMentions: true })).toEqual(['Lena Voss and Omar Ruiz']);
  });

  it('stays as written when no pair was named', () => {
    expect(quoteSpeakers('"We are done," the two said.')).toEqual(['the two']);
  });
});
