import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle, quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body);

describe('the clause that owns a quoted phrase', () => {
  it('a warning from X that "..." is X’s, not the main speaker’s', () => {
    const body =
      'The city will keep the curfew, Mayor Ada Brennan announced, dismissing a warning from the Regional Health Authority that it was "unworkable."';
    expect(speakers(body)).toEqual(['Regional Health Authority']);
  });

  it('a hyphenated role after a name is an appositive: the named person speaks', () => {
    const body = 'Omar Fennick, co-founder of the tenants group, called the plan "a scandal". "Nobody asked us," he said.';
    expect(speakers(body)).toEqual(['Omar Fennick', 'Omar Fennick']);
  });

  it('"Place, whose minister First Last said" gives the minister', () => {
    const body = 'The plan was criticised in Norway, whose Trade Minister Ingrid Solvang said it was "a step back."';
    expect(speakers(body)).toEqual(['Ingrid Solvang']);
  });
});

describe('junk speakers and intros after a question', () => {
  it('a clause fragment ending in a speaker noun is never a speaker', () => {
    const body = 'Last week she told donors she backed the bill "all the way" and would defend them during their campaigns, aides said.';
    expect(speakers(body)).not.toContain('would defend them during their campaigns');
    expect(speakers(body)).not.toContain('Last');
  });

  it('"Asked whether ..., he said:" introduces the quote with its own subject', () => {
    const body =
      'Mayor Tom Ekwueme spoke on Friday.\n\nAsked whether he would veto the plan if the board asked him to, he said: “Not today.”';
    expect(speakers(body)).toEqual(['Tom Ekwueme']);
  });

  it('an -ly adverb between the subject and the verb is skipped', () => {
    expect(speakers('Nadia Ferro quietly told the court: “I am sorry.”')).toEqual(['Nadia Ferro']);
  });

  it('"family and friends" stays a description', () => {
    expect(speakers('Family and friends said he was “the kindest man in town”.')).toEqual(['family and friends']);
  });
});

describe('statements and their issuers', () => {
  it('"the AGENCY notice reads" is the issuer; "a statement emailed to X" is not a speech verb', () => {
    const body =
      '“Stop using the heaters now,” the FTSB notice reads.\n\nIn a statement emailed to reporters, company spokesman Ivo Lind said the fault was “rare”.';
    expect(speakers(body)).toEqual(['FTSB', 'Ivo Lind']);
  });

  it('"a statement read to the court, her son said" keeps the son', () => {
    const body = 'One victim, a retired nurse, lost her savings. In a statement read to the court, her son said she was “broken”.';
    expect(speakers(body)).toEqual(["the victim's son"]);
  });

  it('a name inside an inserted adverbial does not replace the subject before it; a fronted one is no subject', () => {
    const body =
      'The Harbour Trust, in a statement signed by its chair, Ann Lee, said the pier was “unsafe”.\n\nOn Monday, in a statement, the ministry said it was “sad”.';
    expect(speakers(body)).toEqual(['Harbour Trust', 'the ministry']);
  });
});

describe('more referring forms', () => {
  it('a pronoun opening the next sentence after a dotted abbreviation is not part of a name', () => {
    const body = 'The Harbour Board said ships could go to Saint John, N.B. It said it was "too soon" to tell.';
    expect(speakers(body)).toEqual(['Harbour Board']);
  });

  it('"According to her" refers back like "she"', () => {
    const body = '“We came to act,” said Ines Varga, the minister. According to her, the two sides were “very close”.';
    expect(speakers(body)).toEqual(['Ines Varga', 'Ines Varga']);
  });

  it('a description inside a relative clause after the name does not take over', () => {
    const body = 'Luc Morel, who works for the Climate Forum, a network of green groups, put it this way: “Act now.”';
    expect(speakers(body)).toEqual(['Luc Morel']);
  });

  it('"One of them" is one of the group just described', () => {
    const body = 'Three people briefed on the plan said it was close. One of them called it “the best offer yet”.';
    expect(speakers(body)).toEqual(['one of three people briefed on the plan']);
  });
});

describe('warnings issued by a body', () => {
  it('"A FloodWatch alert issued at noon told residents it was "..."" is FloodWatch, an organisation', () => {
    const qs = extractQuotes({
      article: makeArticle('A FloodWatch alert issued at noon on Sunday told residents of Elmbury it was "too late to leave".'),
      sentences: [],
      mentions: [],
      dates: [],
    });
    expect(qs.map((q) => [q.speaker.name, q.speaker.kind])).toEqual([['FloodWatch', 'organization']]);
  });
});

describe('party statements', () => {
  it('"The XYZ, which won 17 seats, up from nine, said" gives the party; "thanked voters for" is speech', () => {
    const body =
      'The NDP, which won 17 seats, up from nine in 2019, said the result showed "a new mood".\n\nThe LPO, in a post on X, thanked voters for "keeping faith" and said it would "serve every ward".';
    expect(speakers(body)).toEqual(['NDP', 'LPO', 'LPO']);
  });
});
