import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('a statement speaks for whoever issued it, never for the person named last', () => {
  const issued = "Ms. Orla Penn, the gallery's director, issued a statement. Tomas Reed painted the mural in 2019.";

  it('"the statement read/said" after an appositive issuer is the issuer', () => {
    expect(speakers(`${issued}\n\n"We never intended to cover the work," the statement read.`)).toEqual(['Orla Penn']);
    expect(speakers(`${issued}\n\n"We never intended to cover the work," the statement said.`)).toEqual(['Orla Penn']);
  });

  it('"the letter said" after "X, role, sent a letter" is the sender', () => {
    const body = "Mr. Abel Gruen, the league's commissioner, sent a letter to owners. Tomas Reed was fined last week.\n\n\"The rule applies to everyone,\" the letter said.";
    expect(speakers(body)).toEqual(['Abel Gruen']);
  });

  it('an organisation that issued the statement keeps it', () => {
    const body = 'The club issued a statement on Friday. Tomas Reed painted the mural in 2019.\n\n"We never intended to cover the work," the statement read.';
    expect(speakers(body)).toEqual(['the club']);
  });

  it('continuation paragraphs after "the statement read" stay with its author', () => {
    const body = `${issued}\n\n"We never intended to cover the work," the statement read.\n\n"The mural will stay where it is."`;
    expect(speakers(body)).toEqual(['Orla Penn', 'Orla Penn']);
  });

  it('with no issuer, someone merely named is not the statement\'s source', () => {
    const body = 'Tomas Reed painted the mural in 2019.\n\n"We never intended to cover the work," the statement read.';
    const [speaker] = speakers(body);
    expect(speaker).not.toBe('Tomas Reed');
  });

  it('a statement still refers back to a source seen speaking', () => {
    const body = 'The city council said on Monday that the mural would be reviewed. Tomas Reed painted it in 2019.\n\n"No decision has been made," the statement said.';
    expect(speakers(body)).toEqual(['the city council']);
  });

  it('"the release read" and "the letter said" credit the issuer the article introduced', () => {
    const release = "Ms. Orla Penn, the gallery's director, put out a release. Tomas Reed painted the mural in 2019.\n\n\"The mural stays,\" the release read.";
    expect(speakers(release)).toEqual(['Orla Penn']);
    const letter = 'Tomas Reed painted the mural in 2019.\n\n"The mural stays," the letter said.';
    expect(speakers(letter)).toEqual(['the letter']);
  });
});
