import { describe, expect, it } from 'vitest';
import { epithetHolder, isPersonEpithet } from '../../../src/analysis/quotes/epithets.js';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('a definite epithet for a person already named', () => {
  it('is the person the epithet was written next to, even with someone else named since', () => {
    expect(speakers('Ann Roe founded Veltra in 2004. Her brother Tom Lee runs a café.\n\n"We will win," the Veltra founder said.')).toEqual(['Ann Roe']);
    expect(speakers('Nevada rancher Tom Lee spoke on Friday. His lawyer, Ivo Marsh, spoke first.\n\n"I am not going anywhere," the rancher told reporters.')).toEqual(['Tom Lee']);
    expect(speakers('Pop star Ann Roe cancelled her tour. Her manager, Tom Lee, said she was ill. "I am so sorry," the singer wrote.')).toEqual(['Ann Roe']);
    expect(speakers('Comedian Tom Lee hosted the awards. Ann Roe won twice. "What a night," the presenter said.')).toEqual(['Tom Lee']);
  });

  it('one person written with and without a title word is one candidate ("Billionaire Tom Reyes", "Tom Reyes")', () => {
    expect(speakers('Billionaire Tom Reyes bought the club in 2019. Manager Ann Lee was sacked last week.\n\n"The club deserves better," the tycoon said.')).toEqual(['Tom Reyes']);
  });

  it('"the champion" and other nouns of fame are tags that refer back', () => {
    expect(speakers('Ann Lee, the Olympic champion, retired on Monday. Her coach Tom Reyes praised her.\n\n"I gave everything," the champion said.')).toEqual(['Ann Lee']);
    expect(speakers('Ann Lee, a socialite, hosted the gala. Tom Reyes paid for it.\n\n"It was magical," the socialite told guests.')).toEqual(['Ann Lee']);
  });

  it('"the owner" only for a person the text ties to the business, not the person in focus', () => {
    expect(speakers('Tom Reyes owns the Harbour Inn. His wife Ann Lee runs the kitchen.\n\n"We will reopen in May," the owner said.')).toEqual(['Tom Reyes']);
    expect(speakers('Tom Reyes spoke about the fire at the Harbour Inn.\n\n"We will reopen in May," the owner said.')).toEqual(['the owner']);
  });

  it('"the 45-year-old" is the person given that age', () => {
    expect(speakers('Ann Roe, 45, was arrested on Monday. Tom Lee, 30, was released.\n\n"I did nothing," the 45-year-old said.')).toEqual(['Ann Roe']);
  });

  it('with nothing written next to a name, is the only person named in focus', () => {
    const body = 'Ivo Marsh has warned about the economy.\n\nIn an interview, the Kestrel founder said that "nothing works". "It is broken," the tech billionaire added.';
    expect(speakers(body)).toEqual(['Ivo Marsh', 'Ivo Marsh']);
  });

  it('stays a description when two people in focus fit equally', () => {
    expect(speakers('Ann Roe met Tom Lee on Monday.\n\n"We will win," the Kestrel founder said.')).toEqual(['the Kestrel founder']);
  });

  it('keeps pointing back to a person introduced without a name', () => {
    expect(speakers('Ann Roe runs a dairy near Ely. A farmer from Ely said prices fell. "It hurts," the farmer said.')).toEqual(['a farmer from Ely']);
  });

  it('reads only nouns for what someone is in general, not institutional roles', () => {
    expect(isPersonEpithet('founder')).toBe(true);
    expect(isPersonEpithet('52-year-old')).toBe(true);
    expect(isPersonEpithet('judge')).toBe(false);
    expect(isPersonEpithet('spokesman')).toBe(false);
  });

  it('an unknown lower-case qualifier may set someone else apart, so it is not guessed', () => {
    const people = [{ name: 'Ann Roe', roleWords: [], at: 0 }];
    expect(epithetHolder('Ann Roe spoke. The dairy farmer said.', 20, 'farmer', ['dairy'], people, 0)).toBeUndefined();
    expect(epithetHolder('Ann Roe spoke. The former farmer said.', 20, 'farmer', ['former'], people, 0)).toBe('Ann Roe');
  });
});
