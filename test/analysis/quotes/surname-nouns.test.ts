import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('a surname that is also a plural noun', () => {
  it('is the person the article named ("Ada Banks ... Banks said"), not the institutions the noun means', () => {
    expect(speakers('Ada Banks opened a shop last month.\n\n"I did it for the kids," Banks said on Friday.')).toEqual(['Ada Banks']);
    expect(speakers('Tom Fields runs the farm.\n\n"The rain came late," Fields told reporters.')).toEqual(['Tom Fields']);
    expect(speakers('Ada Banks opened a shop last month.\n\nBanks said: "It was hard."')).toEqual(['Ada Banks']);
  });

  it('stays the noun when nobody has that surname, and a plural for people stays the group', () => {
    expect(speakers('Interest rates rose on Monday.\n\n"We expect more rises," Banks said in a note.')).toEqual(['banks']);
    expect(speakers('Tom Roe chairs the Ways and Means Democrats caucus.\n\n"We will vote no," Democrats said.')).toEqual(['Democrats']);
  });
});

describe('a description opening its sentence keeps the capitals of names', () => {
  it('"Michigan health officials", "Republicans" keep their capital; "Senior officials" is lowered', () => {
    expect(speakers('"The water is safe," Ohio health officials said.')).toEqual(['Ohio health officials']);
    expect(speakers('Republicans said the bill was "dead."')).toEqual(['Republicans']);
    expect(speakers('Senior officials said the bill was "dead."')).toEqual(['senior officials']);
  });
});

describe('a name opening a described speaker keeps its capital when the article writes it as a name', () => {
  it('"Varden analysts said" after "rated by Varden last week" stays "Varden analysts"', () => {
    expect(speakers('Varden analysts said the stock was "cheap." It was rated by Varden last week.')).toEqual(['Varden analysts']);
  });

  it('a word capitalised only inside a longer name is lowered', () => {
    expect(speakers('Ambulance crews said the wait was "endless." She works for West Midlands Ambulance Service.')).toEqual(['ambulance crews']);
  });
});
