import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body);

describe('participial and manner speech verbs', () => {
  it('", saying ..." belongs to the subject opening the sentence, past an appositive and a fronted date', () => {
    expect(speakers('On Friday, Ines Varga, the party treasurer, hit back, saying the audit was “a stitch-up”.')).toEqual([
      'Ines Varga',
    ]);
  });

  it('"with X describing ..." belongs to X', () => {
    expect(speakers('Talks ended early, with negotiators describing the mood as “frosty”.')).toEqual(['negotiators']);
  });

  it('a participle that is not an attribution ("a sign saying") does not invent a speaker', () => {
    expect(speakers('They walked past a sign saying “keep out” and kept going.')).toEqual(['unknown']);
  });

  it('manner verbs in an inverted tag: “...,” laughed X', () => {
    expect(speakers('“We are done here,” laughed Oskar Lind.')).toEqual(['Oskar Lind']);
  });
});

describe('participles inside reported clauses', () => {
  it('"X heard that Y sent ..., urging ... “...”" belongs to Y, the subject of the that-clause', () => {
    expect(
      speakers('The jury heard that Dorran Fisk wrote to a neighbour, urging her to pay before “the bank finds out”.'),
    ).toEqual(['Dorran Fisk']);
  });

  it('a delegate is a source description', () => {
    expect(speakers('A Brazilian delegate told the meeting the plan risked “a lost decade”.')).toEqual(['a Brazilian delegate']);
  });
});

describe('"put it" attributions', () => {
  it('"As X put it, “...”" and "“...,” as X put it" are X’s words; "put" alone is not a speech verb', () => {
    expect(speakers('As Ines Roth put it, “We lost the room.”')).toEqual(['Ines Roth']);
    expect(speakers('“We lost the room,” as Ines Roth put it.')).toEqual(['Ines Roth']);
    expect(speakers('Ines Roth put the sign marked “closed” on the door.')).toEqual([]);
  });
});

describe('split quotes and statements sent', () => {
  it('the second half of a split quote takes the first half’s inverted tag, even when it runs on', () => {
    expect(speakers('"It was a busy time," says drummer Ola Nyberg, "when we wrote every day.\n\n"Nobody slept."')).toEqual([
      'Ola Nyberg',
      'Ola Nyberg',
      'Ola Nyberg',
    ]);
  });

  it('"X sent the following statement:" introduces X’s words in the next paragraph', () => {
    expect(speakers('The band’s publicist sent the following statement to reporters:\n\n“We are heartbroken.”')).toEqual([
      'the band’s publicist',
    ]);
  });
});
