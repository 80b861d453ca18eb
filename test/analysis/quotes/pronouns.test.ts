import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle, quoteSpeakers } from '../helpers.js';

/** With the real sentence splitter and entity mentions, as the app runs it. */
const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('pronouns with several candidates', () => {
  it('a person named as the object of a narrative sentence is a candidate for a later pronoun', () => {
    expect(speakers('Hugo Brandt met Sara Lindqvist on Monday. She said the deal was “done”. He said it was “close”.')).toEqual([
      'Sara Lindqvist',
      'Hugo Brandt',
    ]);
  });

  it('the subject still outranks an object of the same gender', () => {
    expect(speakers('Hugo Brandt thanked Peter Olm at the dinner. “We did it,” he said.')).toEqual(['Hugo Brandt']);
  });

  it('a gender guessed from a first name yields to the pronoun when nobody else fits', () => {
    expect(speakers('Peter Desai said crews were stretched.\n\nJordan Pike, whose home burned, said: “We had minutes.” She added: “Nothing is left.”')).toEqual([
      'Jordan Pike',
      'Jordan Pike',
    ]);
  });
});

describe('surnames map to names the entity extractor confirmed', () => {
  it('a capitalised word before a surname inside a quotation is not a first name', () => {
    expect(
      speakers('As Ines Roth said, “Let Varga take the credit.”\n\nPresident Tomas Varga spoke on Monday. “Records are falling,” Varga said.'),
    ).toEqual(['Ines Roth', 'Tomas Varga']);
  });
});

describe('gender from the long tail of given names', () => {
  it('"she" skips a man whose everyday first name only the name lexicon knows', () => {
    const body =
      'Koreen Dallow lost her shop in the flood. Curt Vesey, a council engineer, said the defences held elsewhere.\n\n“It is all gone,” she said.';
    expect(
      extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.speaker.name),
    ).toEqual(['Koreen Dallow']);
  });
});

describe('a pronoun subject keeps its referent in focus', () => {
  it('"He underwent ..." keeps the man it refers to ahead of a man named as an object in between', () => {
    const body =
      'Omar Castell founded the band in 1965. Later he toured with Dario Venn.\n\nHe underwent surgery in 2016. “I am grateful,” he said.';
    expect(speakers(body)).toEqual(['Omar Castell']);
  });
});

describe('a pronoun-subject paragraph before a bare quote', () => {
  it('"She paused." gives the next bare quote to her', () => {
    const body = '“We may be wrong,” said Ilse Varga, the lead author.\n\nShe paused.\n\n“Not in print, of course.”';
    expect(speakers(body)).toEqual(['Ilse Varga', 'Ilse Varga']);
  });

  it('a "she" that fits no woman named so far (a ship) does not pass the quote to a man', () => {
    const body = 'Paul Brenner found the wreck in 2015.\n\nShe was a huge sight. “I had never seen anything so big,” a gunner recalled later.';
    expect(speakers(body)).not.toContain('Paul Brenner');
  });

  it('"who gave his name only as X" is X', () => {
    const body = 'A resident of the estate, who gave his name only as Dapo, told reporters people ran. “We heard shots,” he said.';
    expect(speakers(body)).toEqual(['Dapo']);
  });
});

describe('"they" and an organisation cited with "according to"', () => {
  it('a body cited for a figure does not take "they" from the named group the story is about', () => {
    const body =
      '“The rates were low,” Ann Veld and Tom Marsh wrote.\n\n' +
      'Half of all cases come late in life, according to the National Health Board, which could skew the count.\n\n' +
      '“It is doubtful the rates were ever equal,” they wrote in their paper.';
    expect(speakers(body)).toEqual(['Ann Veld and Tom Marsh', 'Ann Veld and Tom Marsh']);
  });

  it('with no plural referent, the cited organisation is still "they"', () => {
    const body =
      'Half of all cases come late in life, according to the National Health Board.\n\n' +
      '“Screening saves lives,” they wrote in the report.';
    expect(speakers(body)).toEqual(['National Health Board']);
  });
});

describe('a plural description whose appositive names its members', () => {
  it('is the group of the people named', () => {
    const body =
      '“Nobody believed the bones were that old,” the scientists, geologist Ann Veld of Keele University and ' +
      'Danish chemist Tom Marsh, wrote in their paper.';
    expect(speakers(body)).toEqual(['Ann Veld and Tom Marsh']);
  });

  it('an appositive naming no people leaves the description as written', () => {
    const body = '“The bill is flawed,” the groups, Open Roads and the Cycle Trust, said.';
    expect(speakers(body)[0]).not.toMatch(/ and /);
  });
});

describe('"the man" / "the woman" with nothing else to tell them apart', () => {
  it('is the latest single person of that gender, even an unnamed one', () => {
    const body =
      'A resident of the old quarter said the shooting lasted an hour. “We hid behind the counter,” said the man, ' +
      'who asked not to be named.';
    expect(speakers(body)).toEqual(['a resident of the old quarter']);
  });

  it('skips a person of the other gender', () => {
    const body = 'Tom Reyes ran the stall. Ana Ruiz sold bread there.\n\n“It was chaos,” the man said.';
    expect(speakers(body)).toEqual(['Tom Reyes']);
  });
});
