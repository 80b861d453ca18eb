import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('speech seen or heard: the object of the verb of perception said the words', () => {
  it('"Footage showed X saying", "witnesses heard X shouting", "the recording captured X yelling" credit X', () => {
    expect(speakers('Dale Hurst arrived late. Footage showed Hurst telling officials he had "big problems."')).toEqual(['Dale Hurst']);
    expect(speakers('A video shows Dale Hurst saying, "I was hit."')).toEqual(['Dale Hurst']);
    expect(speakers('Witnesses heard Dale Hurst shouting, "Get back!"')).toEqual(['Dale Hurst']);
    expect(speakers('The recording captured Dale Hurst yelling "Stop!" at the driver.')).toEqual(['Dale Hurst']);
  });

  it('inside reported speech the perceived actor, named or described, speaks', () => {
    expect(speakers('Police said the video showed a man shouting "I have a gun."')).toEqual(['a man']);
  });

  it('a pronoun object stays with the teller; no object, no perceived actor', () => {
    expect(speakers('Ann Roe said she heard him yelling "help me" from the basement.')).toEqual(['Ann Roe']);
    expect(speakers('Ann Roe watched the news, saying "this is bad."')).toEqual(['Ann Roe']);
  });

  it('"can be heard saying" and "has been heard saying" credit the passive subject', () => {
    expect(speakers('In the clip, Dale Hurst can be heard saying "I was hit."')).toEqual(['Dale Hurst']);
    expect(speakers('Ann Roe has been heard saying "no comment" many times.')).toEqual(['Ann Roe']);
    expect(speakers('Ann Roe, the mayor, has been quoted as saying "no comment."')).toEqual(['Ann Roe']);
  });
});

describe('the passive subject of a speech verb is its target, not its speaker', () => {
  it('"were accused of a “...”", "was praised for his “...”" name no speaker', () => {
    expect(speakers('Ministers were accused of a "quiet retreat" from their promise.')).toEqual(['unknown']);
    expect(speakers('Ministers have been accused of a "quiet retreat" from their promise.')).toEqual(['unknown']);
    expect(speakers('Tom Lee was praised for his "heroic" work.')).toEqual(['unknown']);
  });

  it('the by-agent still speaks', () => {
    expect(speakers('The plan was criticised as "reckless" by Ann Roe.')).toEqual(['Ann Roe']);
  });
});

describe('a plural description named by an appositive is that group later', () => {
  it('"the researchers, X and Y, wrote" ... "the researchers said" is X and Y', () => {
    const body = '"It was too young," the researchers, Ann Roe and Tom Lee, wrote.\n\n"In our opinion, it is doubtful," the researchers said.';
    expect(speakers(body)).toEqual(['Ann Roe and Tom Lee', 'Ann Roe and Tom Lee']);
  });

  it('other researchers never named stay a description', () => {
    const body = '"It was too young," Ann Roe and Tom Lee wrote.\n\n"In our opinion, it is doubtful," the researchers said.';
    expect(speakers(body)).toEqual(['Ann Roe and Tom Lee', 'the researchers']);
  });
});
