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

describe('quotations that share a tag in their sentence', () => {
  it('a passive verb of address credits the agent after "by", never its subject', () => {
    expect(quoteSpeakers('"The dam will hold," the council was told by Ida Fenn.')).toEqual(['Ida Fenn']);
    expect(quoteSpeakers('"The dam will hold," the council was told.')).toEqual(['unknown']);
  });

  it('a fragment joined by "and" to the next one shares the tag after it', () => {
    expect(quoteSpeakers('The dam is "sound" and "built to last," Ida Fenn told the council.')).toEqual(['Ida Fenn', 'Ida Fenn']);
  });

  it('a speech participle after a tag shares the tag’s speaker', () => {
    const body = '"The dam will hold," said Ida Fenn, whose firm built it, adding that repairs would take "weeks, not months."';
    expect(quoteSpeakers(body)).toEqual(['Ida Fenn', 'Ida Fenn']);
  });

  it('opinion verbs carry the subject’s words: "X believes the plan is “...”"', () => {
    expect(quoteSpeakers('Ida Fenn believes the plan is "a bad joke."')).toEqual(['Ida Fenn']);
  });
});

describe('more subject shapes', () => {
  it('"they chanted" tags a chant', () => {
    expect(quoteSpeakers('"Out, out, out," protesters chanted outside the hall.')).toEqual(['protesters']);
  });

  it('"thinks about" a quoted phrase reports no thought', () => {
    expect(quoteSpeakers('Ida Fenn thinks about the "old days" often.')).not.toContain('Ida Fenn');
  });

  it('a subject ending in a quoted name and a time adverbial still speaks: "the party’s campaign “X” last year said"', () => {
    expect(quoteSpeakers('The party’s campaign "Fair Shares" last year said "we will cut the deficit."')).toEqual(['the party’s campaign']);
  });
});

describe('verbs of characterising and voicing', () => {
  it('"defended/framed/portrayed X as “...”", "expressed/voiced “...”" credit the subject, a description too', () => {
    expect(quoteSpeakers('The ministry defended the plan as "necessary."')).toEqual(['the ministry']);
    expect(quoteSpeakers('The union voiced "serious concerns" about the plan.')).toEqual(['the union']);
  });

  it('"was questioned/challenged about “...”" is no speech by the subject', () => {
    expect(quoteSpeakers('Ida Fenn was questioned about the "missing" funds.')).not.toContain('Ida Fenn');
  });
});

describe('captions', () => {
  it('"“...,” X captioned the photo" credits X', () => {
    expect(quoteSpeakers('"Game day at last," Ida Fenn captioned the photo.')).toEqual(['Ida Fenn']);
  });
});
