import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import type { DateMention, EntityMention, Quote } from '../../../src/analysis/types.js';
import { parseSubjectRegion } from '../../../src/analysis/quotes/subject.js';
import { makeArticle, quoteSpeakers } from '../helpers.js';

function quotes(body: string, extra: { mentions?: EntityMention[]; dates?: DateMention[] } = {}): Quote[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: extra.mentions ?? [], dates: extra.dates ?? [] });
}

describe('partial quotes', () => {
  it('belong to the subject of the reported speech, after a fronted date', () => {
    const qs = quotes(
      'On Saturday, January 4, a NATO spokesman said the mission, which involves several hundred people, was continuing “but training activities are currently suspended.”',
    );
    expect(qs[0]).toMatchObject({ kind: 'partial', verb: 'said', speaker: { name: 'a NATO spokesman', kind: 'description' } });
  });

  it('scare quotes go to the author of the statement, never to a made-up speaker', () => {
    const qs = quotes(
      'Britain, France and Germany issued a joint statement late on Sunday, urging Iran to “refrain from further violent action” and criticizing the “negative role” Tehran played.',
    );
    expect(qs.map((q) => [q.text, q.kind, q.speaker.name, q.speaker.kind])).toEqual([
      ['refrain from further violent action', 'partial', 'Britain, France and Germany', 'group'],
      ['negative role', 'partial', 'Britain, France and Germany', 'group'],
    ]);
  });

  it('the nearest clause with a speech verb wins: "Tehran has vowed ..., and Trump has threatened “...”"', () => {
    const qs = quotes('Tehran has vowed to avenge the commander, and US President Donald Trump has threatened “major retaliation” if hit.');
    expect(qs[0]?.speaker).toMatchObject({ name: 'Donald Trump', role: 'US President' });
  });

  it('words of a claim by someone else are theirs: "rejected a claim by the opposition that ..."', () => {
    const qs = quotes('He rejected a claim by the opposition that the campaign had been launched “weeks too late”.');
    expect(qs[0]?.speaker.name).toBe('the opposition');
  });

  it('a coordinated verb shares the sentence subject', () => {
    const qs = quotes('The spokesman, Aaron Feld, declined to comment but told reporters that the administration was “consulting closely.”');
    expect(qs[0]?.speaker.name).toBe('Aaron Feld');
  });
});

describe('described and anonymous sources', () => {
  it('keeps descriptions apart; "another" inherits qualifiers; "the diplomat" is the latest diplomat', () => {
    const qs = quotes(
      '“The big issue is the mission,” a NATO diplomat told Agence France-Presse.\n\n' +
        'Another diplomat said the alliance would have to “wait and see” how Baghdad responds.\n\n' +
        '“The resolution is not binding,” the diplomat said.',
    );
    expect(qs.map((q) => [q.speaker.name, q.speaker.asWritten])).toEqual([
      ['a NATO diplomat', 'a NATO diplomat'],
      ['another NATO diplomat', 'Another diplomat'],
      ['another NATO diplomat', 'the diplomat'],
    ]);
  });

  it('"a second official" after "a senior administration official", then "the second official"', () => {
    const qs = quotes(
      '“Nobody wants this,” a senior administration official said.\n\nA second official cautioned that nothing was final. “The president has not signed off,” the second official said.',
    );
    expect(qs.map((q) => q.speaker.name)).toEqual(['a senior administration official', 'a second senior administration official']);
  });

  it('"the secretary-general" refers back to the person introduced with that role', () => {
    const qs = quotes('“Safety first,” Jens Stoltenberg, the NATO secretary-general, said.\n\n“We stay,” the secretary-general said.');
    expect(qs[1]?.speaker.name).toBe('Jens Stoltenberg');
  });

  it('an organisation with a proper name keeps its own name', () => {
    const qs = quotes('Norvania’s central bank held rates.\n\n"We stand ready," the Bank of Norvania said in a statement.');
    expect(qs[0]?.speaker).toMatchObject({ name: 'Bank of Norvania', kind: 'organization' });
  });
});

describe('sentence openers that are no speaker', () => {
  it('a connective or quantity word opening the sentence is never a name', () => {
    expect(quoteSpeakers('Plus, the ruling was “a farce,” critics said.')).toEqual(['critics']);
    expect(quoteSpeakers('Hundreds were told to stay “indoors” on Monday.')).toEqual(['unknown']);
  });

  it('a country of several words is the speaker, not its last word', () => {
    expect(quoteSpeakers('“We will respond,” said North Korea. “Fine,” South Africa said.')).toEqual(['North Korea', 'South Africa']);
    expect(quoteSpeakers('“No,” said South Korean President Lee Jun-ho.')).toEqual(['Lee Jun-ho']);
  });

  it('a date written with numbers is never part of a name', () => {
    expect(quoteSpeakers('I am not running. Happy 4/1! The company said it was “a joke.”')).not.toContain('Happy 4 1');
  });

  it('"Others, including X," is not a speaker called "Others"', () => {
    const found = quoteSpeakers('Others, including Sen. Ada Moss of Ohio, said there would be “no deal.”');
    expect(found).not.toContain('Others');
  });
});

describe('role nouns linked to a name', () => {
  it('"the rancher" is the person a dash apposition introduced as one', () => {
    const body = 'Ada Voss -- the Idaho rancher turned activist -- says she will not pay. Neighbours were angry. The rancher said she felt “betrayed” by the county.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Ada Voss']);
  });
});

describe('nationality before a name', () => {
  it('"the four Americans Francis cited" gives no person called "Americans Francis"', () => {
    expect(quoteSpeakers('Day was the least famous of the four Americans Francis cited. “She was brave,” Francis said.')).toEqual(['Francis']);
  });
});

describe('acronyms of names the extractor did not type', () => {
  it('"GMA" is the "Good Morning America" the article wrote out', () => {
    const body = 'She spoke on Good Morning America last week. GMA said the talk was “the very first time” she had spoken.';
    expect(quoteSpeakers(body)).toEqual(['Good Morning America']);
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Good Morning America']);
  });

  it('stays as written when two runs spell it', () => {
    const body = 'Green Mountain Alliance and Great Maple Association met. GMA said the talks were “useful.”';
    expect(quoteSpeakers(body)).toEqual(['GMA']);
  });
});

describe('the tail of a longer name', () => {
  it('"Ohio Right to Life" as a subject gives no speaker "Life"', () => {
    expect(parseSubjectRegion('On Monday, Ohio Right to Life', 0, false)).toBeNull();
    expect(parseSubjectRegion('On Monday, Ada Moss', 0, false)?.name).toBe('Ada Moss');
  });
});

describe('structures named after people', () => {
  it('"Vance Tower" is no full name for a later "Vance"', () => {
    expect(quoteSpeakers('Dublin will have its own Vance Tower. “Bought a small tower,” Vance tweeted.')).toEqual(['Vance']);
  });
});

describe('person names', () => {
  it('a surname alone becomes the full name the article gives, the first person introduced with it', () => {
    const qs = quotes(
      'Doreen Hartley runs the bakery.\n\n“Mum won’t let me near the starter,” Marcus Hartley says.\n\n“Not while my hands still work,” Hartley says.',
    );
    expect(qs.map((q) => q.speaker.name)).toEqual(['Marcus Hartley', 'Doreen Hartley']);
  });

  it('uses entity mentions for the canonical name and role', () => {
    const body = 'NATO chief speaks.\n\n“We stay,” Stoltenberg said.';
    const start = body.indexOf('Stoltenberg');
    const mention: EntityMention = {
      text: 'Stoltenberg', start, end: start + 11, type: 'person', sentence: 1, name: 'Jens Stoltenberg', role: 'NATO secretary-general',
    };
    const qs = quotes(body, { mentions: [mention] });
    expect(qs[0]?.speaker).toMatchObject({ name: 'Jens Stoltenberg', role: 'NATO secretary-general' });
  });

});

describe('statement date', () => {
  it('uses a date written in the attribution, else the publication day', () => {
    const body = 'On Saturday, January 4, a NATO spokesman said training was “currently suspended.”\n\n“We wait,” a diplomat said on Friday that “nothing” changed.';
    const sat = body.indexOf('Saturday, January 4');
    const dates: DateMention[] = [{ text: 'Saturday, January 4', start: sat, end: sat + 19, date: '2020-01-04', relative: false, sentence: 0 }];
    const qs = quotes(body, { dates });
    expect(qs[0]?.date).toBe('2020-01-04');
    expect(qs[1]?.date).toBe('2020-01-06');
  });

  it('ignores dates inside the quoted words', () => {
    const body = '“We met on Saturday, January 4,” she said.';
    const at = body.indexOf('Saturday');
    const qs = quotes(body, { dates: [{ text: 'Saturday, January 4', start: at, end: at + 19, date: '2020-01-04', relative: false, sentence: 0 }] });
    expect(qs[0]?.date).toBe('2020-01-06');
  });
});
