import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import type { EntityMention } from '../../../src/analysis/types.js';
import { makeArticle } from '../helpers.js';

function speakers(body: string, mentions: EntityMention[] = []): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions, dates: [] }).map((q) => q.speaker.name);
}

describe('a description introduced with a name refers to the named person', () => {
  it('"said his son, First Last" makes a later "his son said" that person', () => {
    const body =
      'The mill closed in 1990, said his son, Tobias Wren-Hale.\n\nHis son said the family kept the keys. “We never sold the place,” he said.';
    expect(speakers(body)).toEqual(['Tobias Wren-Hale']);
  });

  it('a description followed by a lone word is not a name appositive', () => {
    const body = 'The fire started at noon, said a neighbour, Saturday.\n\n“It was loud,” the neighbour said.';
    expect(speakers(body)).toEqual(['a neighbour']);
  });
});

describe('a possessive description names its owner', () => {
  it('"her family" is the family of the woman named before; "the statement" later is theirs too', () => {
    const body =
      'Police named the driver as Marisol Ueda, 41.\n\nUeda taught music for 20 years. Her family said she “loved every pupil”.\n\n“We are heartbroken,” the statement said.';
    expect(speakers(body)).toEqual(["Marisol Ueda's family", "Marisol Ueda's family"]);
  });

  it('"its chief negotiator" belongs to the country named before', () => {
    const body = 'Japan has kept quiet. Its chief negotiator said the text was “a fair start”.';
    expect(speakers(body)).toEqual(["Japan's chief negotiator"]);
  });

  it('a described owner gives "the <noun>\'s" relation', () => {
    const body = 'One passenger, a retired teacher from Leeds, waited nine hours. His son said the wait was “inhumane”.';
    expect(speakers(body)).toEqual(["the passenger's son"]);
  });

  it('without anyone to own it, the description stays as written', () => {
    expect(speakers('Her lawyer said the charge was “absurd”.')).toEqual(['her lawyer']);
  });
});

describe('anonymous sources stay distinct from named people', () => {
  it('"one volunteer ... he said" is the volunteer, not the man named before', () => {
    const body =
      'Fire chief Paul Brandt said 12 homes were lost.\n\nOne local brigade volunteer, who asked not to be named, told reporters he had never seen anything like it.\n\n“The embers were everywhere,” he said.';
    expect(speakers(body)).toEqual(['one local brigade volunteer']);
  });
});

describe('a description before a name right after the quote', () => {
  it('“...,” her mother, First Banks, told reporters: the named mother speaks, and "she" is her', () => {
    const body =
      'Lena Cole, 7, was killed on Tuesday.\n\n“She loved to sing,” her mother, Ayo Banks, told reporters. “We are lost,” she said.';
    expect(speakers(body)).toEqual(['Ayo Banks', 'Ayo Banks']);
  });
});

describe('groups of people named by surname', () => {
  it('"Molto and Sheldrick wrote" is the group by full names when the article gave them', () => {
    const body =
      'The study was led by anthropologist Ella Morra and physician Peter Shelby.\n\n“The burials tell a story,” Morra and Shelby wrote.';
    expect(speakers(body)).toEqual(['Ella Morra and Peter Shelby']);
  });

  it('a list with a member the article never names in full stays as written', () => {
    const body = 'Physician Peter Shelby joined the team.\n\n“We agree,” Morra and Shelby wrote.';
    expect(speakers(body)).toEqual(['Morra and Shelby']);
  });
});
