import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle, quoteSpeakers } from '../helpers.js';

const WORDS = '"Slow down, we have time."';

describe('the subject a speech participle shares', () => {
  it('a name in apposition to the opening description speaks', () => {
    expect(quoteSpeakers(`The coach, Femi Adeleke, pulled me aside, saying, ${WORDS}`)).toEqual(['Femi Adeleke']);
    expect(quoteSpeakers(`Her trainer, Ruth Okafor, took her aside, telling her: ${WORDS}`)).toEqual(['Ruth Okafor']);
  });

  it('"My" opening a sentence is no name', () => {
    expect(quoteSpeakers(`My coach pulled me aside, saying, ${WORDS}`)).not.toContain('My');
  });

  it('a one-word adverb before the subject, with no comma, does not hide it', () => {
    expect(quoteSpeakers(`Then Femi Adeleke grabbed my arm, saying, ${WORDS}`)).toEqual(['Femi Adeleke']);
    expect(quoteSpeakers(`Later the coach took her aside, saying: ${WORDS}`)).toEqual(['the coach']);
    expect(quoteSpeakers(`But Femi Adeleke shook his head, saying ${WORDS}`)).toEqual(['Femi Adeleke']);
  });
});

describe('after a verb of memory or perception, the object doing the action speaks', () => {
  it('"I remember X grabbing my arm and saying"', () => {
    expect(quoteSpeakers(`I remember Femi Adeleke grabbing my arm and saying, ${WORDS}`)).toEqual(['Femi Adeleke']);
    expect(quoteSpeakers(`I remember the lights going down and my producer, Femi Adeleke, grabbing my arm and saying, ${WORDS}`)).toEqual([
      'Femi Adeleke',
    ]);
  });

  it('other verbs: watched, heard', () => {
    expect(quoteSpeakers(`I watched the referee walking over and saying ${WORDS}`)).toEqual(['the referee']);
    expect(quoteSpeakers(`We heard the captain shouting orders and saying, ${WORDS}`)).toEqual(['the captain']);
  });

  it('with no object, the subject who remembers speaks', () => {
    expect(quoteSpeakers(`Ann Roe remembers grabbing his arm and saying, ${WORDS}`)).toEqual(['Ann Roe']);
  });
});

describe('a repeated speech participle ("kept saying", "went around telling") is a tag', () => {
  it('gives the subject with the verb, not an inferred guess', () => {
    const body = 'The drummer kept saying, "Slow down, we have time."';
    const quotes = extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] });
    expect(quotes.map((q) => [q.speaker.name, q.verb, q.speaker.inferred ?? false])).toEqual([['the drummer', 'saying', false]]);
    expect(quoteSpeakers(`Tom Reyes kept on telling us, ${WORDS}`)).toEqual(['Tom Reyes']);
  });
});
