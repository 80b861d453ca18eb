import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle } from '../helpers.js';

function texts(body: string): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.text);
}

describe('quotation marks that name something rather than report speech', () => {
  it('terms after "so-called" / "known as" / "titled" are dropped', () => {
    expect(texts('Tests found so-called “ghost nets” in the bay.')).toEqual([]);
    expect(texts('Police used software known as "Lynx" to scan crowds.')).toEqual([]);
    expect(texts('The audit, titled "Counting the Cost: Rail in 2030," is due out today.')).toEqual([]);
  });

  it('titles of works after a work noun or their author’s possessive are dropped', () => {
    expect(texts('She still owns his 1971 novel, “The Salt Road.”')).toEqual([]);
    expect(texts('Her first record was Joni Mitchell’s “Blue” on vinyl.')).toEqual([]);
    expect(texts('A system called “Harbour Eye” flags boats.')).toEqual([]);
  });

  it('scare quotes and speech stay: "called the plan “reckless”", a title word after a speech verb', () => {
    expect(texts('Mara Venn called the plan “reckless” on Monday.')).toEqual(['reckless']);
    expect(texts('Ed Lusk told the programme, “We will keep going.”')).toEqual(['We will keep going.']);
  });
});

describe('wire-copy details', () => {
  it('two apostrophes close a double quote (AP style)', () => {
    const qs = extractQuotes({ article: makeArticle('"We never planned it,\'\' said Oda Brun, 23. "It just happened."'), sentences: [], mentions: [], dates: [] });
    expect(qs.map((q) => [q.text, q.speaker.name])).toEqual([
      ['We never planned it,', 'Oda Brun'],
      ['It just happened.', 'Oda Brun'],
    ]);
  });

  it('a labelled or dubbed thing is not a quotation; "of voters" is not a speaker', () => {
    expect(texts('She found a folder labeled "Plans for June" in the desk.')).toEqual([]);
    expect(texts('The mound was dubbed a "Moot Hill" by locals.')).toEqual([]);
    const qs = extractQuotes({
      article: makeArticle('Ida Lunde said the plan was "sound". In a poll, 60 percent of voters said they disagreed.\n\n"They will see," Lunde said.'),
      sentences: [],
      mentions: [],
      dates: [],
    });
    expect(qs.map((q) => q.speaker.name)).toEqual(['Ida Lunde', 'Ida Lunde']);
  });
});

describe('titles with punctuation inside the marks', () => {
  it('an unattributed Title Case span keeps being a title with a comma or full stop inside', () => {
    expect(texts('Their 1996 album, released as “Hell on Earth,” sold well.')).toEqual([]);
    expect(texts('The band’s breakout was 1995’s “Quiet Storm.”')).toEqual([]);
  });

  it('a sentence-opening quote is never taken for a title', () => {
    expect(texts('“Thank You Everyone.” The crowd cheered.')).toEqual(['Thank You Everyone.']);
  });
});
