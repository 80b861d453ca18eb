import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { cleanPersonName } from '../../../src/analysis/quotes/person-name.js';
import type { Quote } from '../../../src/analysis/types.js';
import { makeArticle, quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body);

describe('titles, outlets and credentials are not part of a name', () => {
  it('cleans a name as written', () => {
    expect(cleanPersonName('Prosecutor Jonathan Pryce')).toEqual({ name: 'Jonathan Pryce', role: 'Prosecutor' });
    expect(cleanPersonName('CEO Maren Holt')).toEqual({ name: 'Maren Holt', role: 'CEO' });
    expect(cleanPersonName('Sky News’s Tom Varga').name).toBe('Tom Varga');
    expect(cleanPersonName('Ada Brill MPH').name).toBe('Ada Brill');
    // A surname that is also an occupation is kept when only one word would remain.
    expect(cleanPersonName('Pastor Maldonado').name).toBe('Pastor Maldonado');
  });

  it('an occupation written capitalised before the name is a role, and a later surname maps to the name', () => {
    expect(
      speakers('Promoter Ivo Darrant told the panel the venue was “never safe”. “We begged them,” Darrant said.'),
    ).toEqual(['Ivo Darrant', 'Ivo Darrant']);
  });

  it('a possessive outlet before a correspondent is not part of the name', () => {
    expect(speakers('“The mood has changed,” said the Herald’s Tomas Lindqvist.')).toEqual(['Tomas Lindqvist']);
  });

  it('"the Rev." before a name styles a person, with a roman-numeral suffix kept in the name', () => {
    expect(speakers('The Rev. Samuel Okoro IV, a minister in Leeds, told the crowd: “We will not be silent.”')).toEqual([
      'Samuel Okoro IV',
    ]);
    expect(speakers('“The bill is dead,” said the Rev. Ada Moss.')).toEqual(['Ada Moss']);
  });

  it('a credential after a comma is neither the name nor the speaker', () => {
    expect(speakers('“Wash your hands,” Ada Brill, MPH, said.')).toEqual(['Ada Brill']);
  });
});

describe('affiliations after a name', () => {
  it('an inverted tag with a role before and an employer after the name', () => {
    expect(speakers('“The gap was wider than we thought,” says lead author Mira Solberg at Tromsø University.')).toEqual([
      'Mira Solberg',
    ]);
  });

  it('the person, not the institution, is the subject: "X at the University of Y, who ..., calls it “...”"', () => {
    expect(
      speakers('Rui Antunes at the University of Braga, who was not involved, calls the results “promising”.'),
    ).toEqual(['Rui Antunes']);
  });

  it('a narrative tag after a comma makes its speaker the antecedent of a later pronoun', () => {
    expect(
      speakers('Seedlings from dry plots grew faster, says co-author Piet Ravel at the Delft Institute.\n\n“It surprised us,” he says.'),
    ).toEqual(['Piet Ravel']);
  });
});

describe('names around appositives', () => {
  it('an age between the name and its appositive does not hide the name', () => {
    expect(speakers('Oren Falk, 34, a ferry pilot from Hull, said the crossing was “brutal”.')).toEqual(['Oren Falk']);
  });

  it('a multi-word possessive owner stays part of an institution’s name', () => {
    expect(speakers('New Caledonia’s Ministry of Health said staff were “exhausted”.')).toEqual([
      'New Caledonia’s Ministry of Health',
    ]);
  });

  it('a named body after a description, even with a number in its name, is the speaker', () => {
    expect(speakers('The union, Unite Branch 42, said members would strike “until they are heard”.')).toEqual([
      'Unite Branch 42',
    ]);
  });
});

describe('capitalised occupations before a full name', () => {
  it('an ordinary occupational noun before a full name is a role, a given name is not', () => {
    expect(cleanPersonName('Mountaineer Ueli Brandt').name).toBe('Ueli Brandt');
    expect(cleanPersonName('Will Jones Hart').name).toBe('Will Jones Hart');
  });
});

describe('a sentence whose quotation marks only name a work', () => {
  it('a long title-cased title after "the book" is no quote, and the sentence still introduces its subject', () => {
    const body =
      'Ruth Calder, a tax lawyer, advises winners to wait. Tom Baske, author of the book "Rich by Friday: Winners, Losers and What to Do With a Jackpot," says most winners spend it fast. "It goes quickly," he says.';
    expect(
      extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => [q.text, q.speaker.name]),
    ).toEqual([['It goes quickly,', 'Tom Baske']]);
  });
});

describe('rank abbreviations before a surname', () => {
  it('an upper-case rank before a surname given in full earlier is that person, not an organisation', () => {
    const body =
      'Fleet commander Corin Abernethy said the ships would stay until Friday.\n\n' +
      '“The weather window is closing,” RADM Abernethy said.';
    const qs: Quote[] = extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] });
    expect(qs.map((q) => [q.speaker.name, q.speaker.kind])).toEqual([['Corin Abernethy', 'person']]);
  });
});

describe('a tag with no speech verb', () => {
  it('“...,” followed by a named person closing the sentence credits that person', () => {
    expect(speakers('“We will keep pushing for a vote,” Sen. Ann Holt of Ohio, a senior Republican. Nobody else spoke.')).toEqual([
      'Ann Holt',
    ]);
  });

  it('a lone capitalised word or a quote without its comma is not credited that way', () => {
    expect(speakers('“We will keep pushing for a vote,” Ohio. Nobody else spoke.')).toEqual(['unknown']);
    expect(speakers('He backed the “clean energy push” Ann Holt of Ohio. Nobody else spoke.')).not.toContain('Ann Holt');
  });
});

describe('a speech verb coordinated with an earlier verb', () => {
  it('shares the name opening the clause', () => {
    const body = 'Rep. Tom Baird spoke first.\n\nAsked about it, Baird turned to the door and said, “I’ll leave it there.”';
    expect(speakers(body)).toEqual(['Tom Baird']);
  });

  it('an opening description is not taken as the speaker', () => {
    expect(speakers('The crowd grew restless and then said, “Let us in.”')).toEqual(['unknown']);
  });
});
