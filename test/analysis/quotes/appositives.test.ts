import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle, quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body);

describe('party and title appositives, epithets, credits', () => {
  it('"X, Democrat of Ohio, wrote" and "X, Republican chairman of the Y Committee, asked" name X', () => {
    expect(speakers('“It is a scandal,” Representative Ada Voss, Democrat of Ohio, wrote on Tuesday.')).toEqual(['Ada Voss']);
    expect(speakers('Lorne Tibbs, Republican chairman of the Budget Committee, asked for “every page”.')).toEqual(['Lorne Tibbs']);
  });

  it('a capitalised epithet ("the Ohio Republican") refers back to the person named earlier', () => {
    expect(speakers('Senator Paul Okafor raised objections.\n\n“This is thin,” the Ohio Republican told reporters.')).toEqual([
      'Paul Okafor',
    ]);
  });

  it('a sentence opener is not a first name: "If Brandt ..." does not make "If Brandt" a person', () => {
    expect(speakers('If Brandt wins, Lena Brandt will move. Later Brandt said it was “a fair fight”.')).toEqual(['Lena Brandt']);
  });

  it('a pull-quote credit after a dash names the speaker', () => {
    expect(speakers('“I did not expect it.” — Mira Kale, on her surprise win\n\n“We earned it.” — Tom Ashe, asked about the final')).toEqual([
      'Mira Kale',
      'Tom Ashe',
    ]);
  });
});

describe('possessive descriptions and datelines', () => {
  it('"her lawyer" refers back to the person introduced as her lawyer', () => {
    expect(speakers('Nia Bell sued the firm.\n\nHer lawyer, Ian Cobb, said the case was “strong”. “We will win,” her lawyer said.')).toEqual([
      'Ian Cobb',
      'Ian Cobb',
    ]);
  });

  it('a relation before a name is not a role: "Her husband Emyr Jones said"', () => {
    expect(speakers('Her husband Emyr Jones said the farm was “gone”.')).toEqual(['Emyr Jones']);
  });

  it('an upper-case dateline is never a speaker', () => {
    expect(speakers('NEW ORLEANS — Crews worked through the night.\n\n“We are tired,” the crews said.')).not.toContain('NEW ORLEANS');
  });
});

describe('objects of speech verbs', () => {
  it('"told Gizmodo" after a long appositive: the outlet is the object, the named person speaks', () => {
    expect(
      speakers(
        '“It is a big foot,” Femke Lind, a study author and palaeontologist at the Bavarian State Collection of Palaeontology and Geology, told Gizmodo via email.',
      ),
    ).toEqual(['Femke Lind']);
  });

  it('an inverted tag still works for verbs without an object: “Why?” asked Ada Holm.', () => {
    expect(speakers('“Why now?” asked Ada Holm.')).toEqual(['Ada Holm']);
  });
});

describe('asides and organisation names', () => {
  const speakersOf = (body: string): string[] =>
    extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.speaker.name);

  it('a party-state aside ("R-Ohio", "D-N.Y.") is skipped like an age', () => {
    expect(speakersOf('Rep. Dana Whitlow, R-Ohio, the panel chair, said the plan was "dead on arrival."')).toEqual(['Dana Whitlow']);
    expect(speakersOf('Sen. Carl Amato, D-N.Y., said: "We will vote no."')).toEqual(['Carl Amato']);
  });

  it('"the London-based X Observatory for Y" is the organisation, without where it is based; "it" refers back', () => {
    const body = 'The London-based Baltic Observatory for Press Freedom said 12 journalists were held. It called the arrests "a dark day."';
    expect(speakersOf(body)).toEqual(['Baltic Observatory for Press Freedom']);
  });
});

describe('an office without a name', () => {
  it('"the Iranian President"-style phrases are descriptions, never a person named after the title', () => {
    const qs = extractQuotes({
      article: makeArticle('“We will not bend,” British Prime Minister said on Monday.\n\n“It is over,” Mayor said.'),
      sentences: [],
      mentions: [],
      dates: [],
    });
    expect(qs[0]?.speaker.kind).toBe('description');
    expect(qs[0]?.speaker.name).toBe('British Prime Minister');
  });
});

describe('trailing adverbials after an inverted speaker', () => {
  it('"wrote State Senator X in a 2013 letter to ..." is X', () => {
    const qs = extractQuotes({
      article: makeArticle('“The archives are full of such cases,” wrote State Senator Ada Quist in a 2013 letter to the bishop.'),
      sentences: [],
      mentions: [],
      dates: [],
    });
    expect(qs.map((q) => q.speaker.name)).toEqual(['Ada Quist']);
  });
});

describe('credentials between a name and its affiliation', () => {
  it('"X, MD, MPH, of Y University, wrote" is X', () => {
    const qs = extractQuotes({
      article: makeArticle('In an editorial, Nora Appiah-Kwame, MD, MPH, of Leeds University, wrote that the trial "should temper enthusiasm".'),
      sentences: [],
      mentions: [],
      dates: [],
    });
    expect(qs.map((q) => q.speaker.name)).toEqual(['Nora Appiah-Kwame']);
  });
});
