import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const Q = '"The worst flood in living memory."';

describe('British titles and post-nominals around a name', () => {
  it('abbreviated police and council titles are stripped', () => {
    expect(quoteSpeakers(`Cllr Ann Cole said: ${Q}`)).toEqual(['Ann Cole']);
    expect(quoteSpeakers(`Det Insp Ann Cole said: ${Q}`)).toEqual(['Ann Cole']);
    expect(quoteSpeakers(`Supt Tom Reyes said: ${Q}`)).toEqual(['Tom Reyes']);
  });

  it('"Ann Cole MP" and "Ann Cole, MP for Ely" are Ann Cole', () => {
    expect(quoteSpeakers(`Ann Cole MP said: ${Q}`)).toEqual(['Ann Cole']);
    expect(quoteSpeakers(`Ann Cole, MP for Ely, said: ${Q}`)).toEqual(['Ann Cole']);
    expect(quoteSpeakers(`Tom Reyes, Minister for Housing, said: ${Q}`)).toEqual(['Tom Reyes']);
  });
});

describe('"in X\'s words" credits the words with no speech verb', () => {
  it('a named owner, "the words of", and a possessive pronoun', () => {
    expect(quoteSpeakers(`The flood was, in Ann Cole's words, "the worst in living memory".`)).toEqual(['Ann Cole']);
    expect(quoteSpeakers('In the words of one farmer, the flood was "the worst in living memory".')).toEqual(['one farmer']);
    expect(quoteSpeakers('Tom Reyes met the press. In his own words, the flood was "the worst in living memory".')).toEqual(['Tom Reyes']);
  });

  it('"in other words" credits nobody', () => {
    expect(quoteSpeakers('In other words, the flood was "the worst in living memory", Ann Cole said.')).toEqual(['Ann Cole']);
  });
});
