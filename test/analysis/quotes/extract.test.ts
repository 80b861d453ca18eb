import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import type { DateMention, EntityMention, Quote } from '../../../src/analysis/types.js';
import { makeArticle } from '../helpers.js';

function quotes(body: string, extra: { mentions?: EntityMention[]; dates?: DateMention[] } = {}): Quote[] {
  const article = makeArticle(body);
  return extractQuotes({ article, sentences: [], mentions: extra.mentions ?? [], dates: extra.dates ?? [] });
}

const speakers = (qs: Quote[]): Array<[string, string]> => qs.map((q) => [q.text, q.speaker.name]);

describe('extractQuotes: attribution patterns', () => {
  it('keeps offsets verbatim into the body', () => {
    const body = 'Intro line.\n\n“We will respond,” she said.\n\n“Later,” Jane Doe said.';
    const qs = quotes(body);
    expect(qs).toHaveLength(2);
    for (const q of qs) expect(body.slice(q.start, q.end)).toBe(q.text);
  });

  it('"...," X said and X said: "..."', () => {
    const qs = quotes('“The council will meet,” a NATO official said.\n\nMaria Lopez said: “We are ready.”');
    expect(speakers(qs)).toEqual([
      ['The council will meet,', 'a NATO official'],
      ['We are ready.', 'Maria Lopez'],
    ]);
    expect(qs.map((q) => q.verb)).toEqual(['said', 'said']);
    expect(qs.map((q) => q.kind)).toEqual(['direct', 'direct']);
  });

  it('"...," said X, a role and "...," X, the Y of Z, told reporters', () => {
    const qs = quotes(
      '“Markets hoped for more,” said Mirela Dunca, chief economist at Baltic Capital.\n\n' +
        '“Safety is paramount,” Jens Stoltenberg, the NATO secretary-general, told reporters following the meeting.',
    );
    expect(qs[0]?.speaker).toMatchObject({ name: 'Mirela Dunca', kind: 'person', role: 'chief economist at Baltic Capital' });
    expect(qs[1]?.speaker).toMatchObject({ name: 'Jens Stoltenberg', kind: 'person', role: 'NATO secretary-general' });
    expect(qs[1]?.verb).toBe('told');
  });

  it('told Agence France-Presse, told the BBC:, according to X', () => {
    const qs = quotes(
      '“We have to see what we will do now,” a NATO diplomat told Agence France-Presse.\n\n' +
        'Environment Minister Huw Bevan told BBC Radio Wales: “We have invested record amounts.”\n\n' +
        '“The mission is suspended,” according to a NATO spokesman.',
    );
    expect(speakers(qs).map((s) => s[1])).toEqual(['a NATO diplomat', 'Huw Bevan', 'a NATO spokesman']);
    expect(qs[1]?.speaker.role).toBe('Environment Minister');
    expect(qs[2]?.verb).toBe('according to');
  });

  it('a quote split by its attribution gives two direct spans with one speaker', () => {
    const qs = quotes('“We were told it would take a term,” she said, “and we are now into a second year.”', {
      mentions: [],
    });
    expect(qs.map((q) => q.text)).toEqual(['We were told it would take a term,', 'and we are now into a second year.']);
    expect(qs.map((q) => q.kind)).toEqual(['direct', 'direct']);
    expect(qs[0]?.speaker).toEqual(qs[1]?.speaker);
  });

  it('title and lowercase role before a name are the role, not the name', () => {
    const qs = quotes(
      '“Go now,” said Cal Fire Battalion Chief Ron Whitaker.\n\n“It will rain,” meteorologist Alana Price told The Associated Press.\n\n' +
        '“Words will not pay,” said union president Ifan Parry.',
    );
    expect(qs.map((q) => [q.speaker.name, q.speaker.role])).toEqual([
      ['Ron Whitaker', 'Cal Fire Battalion Chief'],
      ['Alana Price', 'meteorologist'],
      ['Ifan Parry', 'union president'],
    ]);
  });

  it('present-tense "says" in local copy', () => {
    const qs = quotes('“People think it is romantic,” she says.\n\nDoreen Hartley runs the bakery.\n\n“It is mostly flour,” Hartley says.');
    expect(qs[1]?.speaker.name).toBe('Doreen Hartley');
    expect(qs[1]?.verb).toBe('says');
  });
});

describe('extractQuotes: pronouns and continuation', () => {
  it('he/she go to the latest compatible person, learning gender from the pronoun', () => {
    const qs = quotes(
      'Teresa Morales, 62, loaded her pickup.\n\n“I have never seen the sky that color,” she said.\n\n' +
        'Her neighbor, Glenn Akers, stayed behind.\n\n“They gave me five minutes,” he said.\n\n“It was orange,” she said.',
    );
    expect(speakers(qs).map((s) => s[1])).toEqual(['Teresa Morales', 'Glenn Akers', 'Teresa Morales']);
  });

  it('"they" goes to a group or plural source, "it" to an organisation', () => {
    const qs = quotes(
      'The finance ministry welcomed the decision. “Policy is aligned,” it said.\n\n' +
        'Residents of Gornje Polje said they had no offer.\n\n“Nobody has come to our door,” they said.',
    );
    expect(speakers(qs)).toEqual([
      ['Policy is aligned,', 'the finance ministry'],
      ['Nobody has come to our door,', 'residents of Gornje Polje'],
    ]);
  });

  it('a bare quote paragraph continues the previous paragraph’s speaker', () => {
    const qs = quotes(
      '“The council will meet,” a NATO official said.\n\n“The secretary general decided to convene the meeting.”\n\nThe weather was cold.',
    );
    expect(qs[1]?.speaker.name).toBe('a NATO official');
    expect(qs[1]?.verb).toBeNull();
    expect(qs[1]?.kind).toBe('direct');
  });

  it('an AP-style quote left open at a paragraph end continues into the next paragraph', () => {
    const qs = quotes(
      '“We are looking at extreme fire behavior,” said Battalion Chief Ron Whitaker. “Crews are doing everything they can.\n\n' +
        '“If you get an evacuation order, don’t wait. Go.”',
    );
    expect(speakers(qs)).toEqual([
      ['We are looking at extreme fire behavior,', 'Ron Whitaker'],
      ['Crews are doing everything they can.', 'Ron Whitaker'],
      ['If you get an evacuation order, don’t wait. Go.', 'Ron Whitaker'],
    ]);
  });

  it('topic-led Q&A paragraphs ("On X: “...”") continue the person the story is about', () => {
    const qs = quotes('Dr Aoife Brennan took questions from reporters.\n\nOn masks: “I don’t see a mandate coming.”\n\nOn uptake: “It was disappointing.”');
    expect(qs.map((q) => [q.speaker.name, q.kind])).toEqual([
      ['Aoife Brennan', 'direct'],
      ['Aoife Brennan', 'direct'],
    ]);
  });

  it('terminates on a quote that opens twice without closing (mis-encoded closing mark)', () => {
    const qs = quotes('“Humans were all quite tall,�? he tells Newsweek. “Therefore the gene was not selected until later."');
    // The garbled close (U+FFFD + "?") ends the first quote, so its tag is read, and the second continues it.
    expect(qs.map((q) => [q.text, q.speaker.asWritten])).toEqual([
      ['Humans were all quite tall,', 'he'],
      ['Therefore the gene was not selected until later.', 'he'],
    ]);
  });

  it('keeps an abbreviated title inside an inverted speaker name', () => {
    const qs = quotes('“There must be an investigation,” said Mr. Buell, who said more was needed.\n\nPeter Buell is a lawyer.');
    expect(qs[0]?.speaker.name).toBe('Peter Buell');
  });

  it('reports unknown instead of guessing', () => {
    const qs = quotes('The weather was cold.\n\nMinisters have been accused of a “quiet retreat” on repairs.\n\n“We are done.”');
    expect(qs.map((q) => q.speaker)).toEqual([
      { name: 'unknown', kind: 'unknown' },
      { name: 'unknown', kind: 'unknown' },
    ]);
  });
});
