import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('speech tags whose subject phrase has an unusual shape', () => {
  it('an AP state abbreviation inside the appositive does not end the tag', () => {
    const body = '"The effect lasts for years," the lead author, Ola Brandt, a psychiatrist at Lakeside University in Dover, Del., said in a statement.';
    expect(quoteSpeakers(body)).toEqual(['Ola Brandt']);
  });

  it('a doubled speech verb around a name ("said Roe told the Herald") credits the name', () => {
    expect(quoteSpeakers('"Most of the coins were never used," said Pia Lunde told the Herald.')).toEqual(['Pia Lunde']);
  });

  it('after a fronted clause about someone else, the coordinated verb belongs to the subject after the comma', () => {
    const body = 'When Hale asked Ostrow about the future, Ostrow shrugged and said, "I have plenty of plans."';
    expect(quoteSpeakers(body)).toEqual(['Ostrow']);
  });

  it('a described source who gave a name speaks under that name', () => {
    expect(quoteSpeakers('"He ate and left," said a man who identified himself as Tomas K.')).toEqual(['Tomas K.']);
    expect(quoteSpeakers('"It was chaos," a woman who gave her name as Lina told reporters.')).toEqual(['Lina']);
  });

  it('a described source with no name given stays described', () => {
    expect(quoteSpeakers('"It was chaos," said a man who works at the station.')).toEqual(['a man']);
  });

  it('an institution described and then named by its acronym is the acronym', () => {
    expect(quoteSpeakers('"The road is closed," the state news agency KTA said.')).toEqual(['KTA']);
    expect(quoteSpeakers('Troops raided a flat used by an "armed gang" in the north, the official news agency KTA reported.')).toEqual(['KTA']);
  });
});

describe('appositives that describe one person', () => {
  it('"X, Y’s rival and a former mayor, called" is X alone', () => {
    expect(quoteSpeakers('Ida Fenn, Hale’s longtime rival and a former mayor, called him "a fraud."')).toEqual(['Ida Fenn']);
  });

  it('a description then a titled full name: the name speaks', () => {
    expect(quoteSpeakers('Hale’s rival, former mayor Ida Fenn, called him "a fraud."')).toEqual(['Ida Fenn']);
    expect(quoteSpeakers('"He is a fraud," Hale’s rival, former mayor Ida Fenn, said.')).toEqual(['Ida Fenn']);
  });

  it('"said X about Y": Y is the topic, not the speaker', () => {
    expect(quoteSpeakers('"He is a fraud," said Fenn about Hale.')).toEqual(['Fenn']);
  });
});

describe('inverted descriptions with a titled name after them', () => {
  it('"said a spokeswoman for the police, Sgt. X" credits X', () => {
    expect(quoteSpeakers('"We are looking into it," said a spokeswoman for the Dover Police Department, Sgt. Ida Fenn.')).toEqual(['Ida Fenn']);
  });

  it('"a rep for the singer" is a described source', () => {
    expect(quoteSpeakers('"She is resting," a rep for the singer said.')).toEqual(['a rep for the singer']);
  });
});

describe('a "whose" clause inside the subject', () => {
  it('a long "whose" aside with its own appositive does not hide the name before it', () => {
    expect(quoteSpeakers('"We need help," Ida Fenn, whose shelter in Dover, the state capital, feeds 500 families, said.')).toEqual(['Ida Fenn']);
  });
});
