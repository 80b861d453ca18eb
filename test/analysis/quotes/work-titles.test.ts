import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { looksLikeTitle } from '../../../src/analysis/quotes/titles.js';
import { makeArticle, quoteSpeakers } from '../helpers.js';

function texts(body: string): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.text);
}

describe('looksLikeTitle', () => {
  it('accepts capitalised titles, long ones with a colon subtitle, and sequel numbers', () => {
    expect(looksLikeTitle('Night Harbour 3')).toBe(true);
    expect(looksLikeTitle('Grain and the Long Winter of the North')).toBe(true);
    expect(looksLikeTitle('Salt Roads: Why Caravans Still Matter to a Modern Economy?')).toBe(true);
  });

  it('rejects sentences and lower-case words', () => {
    expect(looksLikeTitle('We will not back down.')).toBe(false);
    expect(looksLikeTitle('a deeply flawed plan')).toBe(false);
    expect(looksLikeTitle('Why?')).toBe(false);
  });
});

describe('titles of works used as noun phrases are not quotes', () => {
  it('a capitalised quote the sentence runs on from is a subject or modifier, not speech', () => {
    expect(texts('“Night Harbour 3” has earned $40 million in ten days.')).toEqual([]);
    expect(texts('“Lanterns” follows two sisters across a flooded city.')).toEqual([]);
    expect(texts('LISTEN: the ‘Inkwell’ podcast returns on Friday.')).toEqual([]);
  });

  it('a song after "track" or "single"', () => {
    expect(texts('They answered with the 1996 track “Night Shift, Night Shift,” a reply to their rivals.')).toEqual([]);
  });

  it('a list of capitalised quotes is a list of titles', () => {
    expect(texts('“Ember Falls,” “Lanterns” and “The Copper Road” all opened in March.')).toEqual([]);
  });

  it('a long title after "titled", even with a lower-case species name in it', () => {
    expect(texts('The paper, titled “Evening Song Repertoires of the Common Swift Apus apus in Urban Colonies,” is out.')).toEqual([]);
  });

  it('a long capitalised name inside a reported sentence is a programme or work', () => {
    expect(texts('Senator Ida Vance said on “Morning Desk Weekly” that she would vote no.')).toEqual([]);
    expect(texts('The studio said the film trails only “Comet Run: The Second Orbit.” It opened in May.')).toEqual([]);
  });

  it('a capitalised quote after a colon or inside a title-case headline is speech, not a title', () => {
    expect(texts('Ed Marr: ‘We Will Not Resign’')).toEqual(['We Will Not Resign']);
    expect(texts('The mayor tells the council “We Will Fix Every Road” in a budget speech.')).toEqual(['We Will Fix Every Road']);
  });

  it('speech stays: a capitalised answer with a tag, a message’s words, a quote after a colon', () => {
    expect(texts('“Absolutely,” she said.')).toEqual(['Absolutely,']);
    expect(texts('He replied with the message “See You In Court.”')).toEqual(['See You In Court.']);
    expect(texts('Mara Venn said: “Never Again Will We Wait.”')).toEqual(['Never Again Will We Wait.']);
    expect(texts('Mara Venn called the plan “reckless” and “rushed” on Monday.')).toEqual(['reckless', 'rushed']);
  });

  it('a programme named as where someone spoke is not what they said', () => {
    expect(texts('Ivo Tamm told "Sunrise" that the deal was "done and dusted."')).toEqual(['done and dusted.']);
    expect(texts('"We will appeal," she said on "Morning Desk."')).toEqual(['We will appeal,']);
    expect(texts('He repeated the claim on the network’s “Weekend Report” on Sunday.')).toEqual([]);
    expect(texts('Ivo Tamm told the "Evening Post" that he would stay.')).toEqual([]);
    expect(texts('In an interview with “Nightline,” Ivo Tamm said he would stay.')).toEqual([]);
    // Words after "told" and a comma are the words said.
    expect(texts('Ivo Tamm told reporters, "Never Again."')).toEqual(['Never Again.']);
  });

  it('a capitalised name followed by a relative clause is a title', () => {
    expect(texts('"Paper Lanterns," which topped the chart for a month, won nothing.')).toEqual([]);
    expect(texts('Ivo Tamm said "Absolutely Not," which surprised everyone.')).toEqual(['Absolutely Not,']);
  });

  it('a title-case crosshead or headline quote whose words appear in running text is someone’s words', () => {
    const body = [
      'Ivo Tamm said he had not read the plan.',
      '‘Read The Whole Thing First’',
      '“I will not sign anything until I read the whole thing first,” Tamm said.',
    ].join('\n\n');
    expect(texts(body)).toEqual(['Read The Whole Thing First', 'I will not sign anything until I read the whole thing first,']);
    // A title alone on its line whose words never appear in running text stays a title.
    expect(texts('The band played three songs.\n\n“Salt Roads Home”\n\nThe crowd sang along.')).toEqual([]);
  });

  it('what a card or sign read is its words, even in capitals; a book someone read is a title', () => {
    expect(texts('The card in the envelope read “Ana Ruiz, Blue Harbour” and nothing else.')).toEqual(['Ana Ruiz, Blue Harbour']);
    expect(texts('She read “The Old Man and the Sea” to the class.')).toEqual([]);
  });
});

describe('dated list entries', () => {
  it('a quotation opening its paragraph and followed only by a date names a work (chart recaps, discographies)', () => {
    const body = ['Her number ones on the chart:', '"Harbour Lights," Oct. 8, 2005', '"Night Drive" (featuring Ivo Kurt), July 7, 2007 (two weeks)', '"We won," Ann Roe said on Friday.'].join('\n\n');
    expect(texts(body)).toEqual(['We won,']);
  });

  it('a bare quotation paragraph with no date is still speech', () => {
    expect(texts('"We won," Ann Roe said.\n\n"It was hard."')).toEqual(['We won,', 'It was hard.']);
  });
});


describe('a title before a word for its makers, with a tag after it', () => {
  it('"the “Night Train” director Ann Lee said ..." is a title, not the director’s words', () => {
    expect(quoteSpeakers('Fans mourned the "Night Train" director Ivo Brandt, police said.')).toEqual([]);
  });

  it('punctuation inside the marks makes them the words of the one named after', () => {
    expect(quoteSpeakers('"Night Train," director Ivo Brandt said.')).toEqual(['Ivo Brandt']);
  });
});

describe('a Title Case quotation after a noun for a piece of writing or talk', () => {
  it('"our article “Bread and Circuses Again,”" and "his speech “A Fair Deal”" are titles', () => {
    expect(quoteSpeakers('As our 2011 article "Bread and Circuses Again," showed, Ivo Brandt has changed his mind.')).toEqual([]);
    expect(quoteSpeakers('Ivo Brandt gave his speech "A Fair Deal for Farmers" in May.')).toEqual([]);
  });

  it('a sentence quoted from an article stays a quote', () => {
    expect(quoteSpeakers('Ivo Brandt wrote in the article: "We were wrong about the tax."')).toEqual(['Ivo Brandt']);
  });
});
