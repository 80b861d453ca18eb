import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle } from '../helpers.js';

function texts(body: string): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.text);
}

describe('a Title Case quotation heading a list entry', () => {
  it('names the thing the entry describes', () => {
    expect(texts('"The Long Road": A lavishly illustrated companion book edited by the curator.')).toEqual([]);
    expect(texts('"Salt Roads" 10th Anniversary Edition: This boxed set features the restored film.')).toEqual([]);
    expect(texts('Here is what to watch.\n\n‘Night Harbour’: a slow thriller set on a ferry.')).toEqual([]);
  });

  it('leaves headlines over someone’s words, one-word answers and lower-case sentences to attribution', () => {
    expect(texts('"We Will Not Resign": Ed Marr told the rally he would stay.')).toEqual(['We Will Not Resign']);
    expect(texts('"Stop": he shouted it twice, Ann Roe said.')).toEqual(['Stop']);
    expect(texts('"We will not resign": that was the message, Ed Marr said.')).toEqual(['We will not resign']);
  });
});

describe('a chart or countdown line', () => {
  it('a rank, a Title Case quotation and its artist name a song', () => {
    expect(texts('No. 1: "Golden Hour," Mara Vale')).toEqual([]);
    expect(texts('3. "Halo" — Mara Vale')).toEqual([]);
    expect(texts('#4 "Lights Out" by Kai Moss & The Tides (2012)')).toEqual([]);
  });

  it('a ranked line with a speech tag or a pull-quote credit is still speech', () => {
    expect(texts('2. "We Are Not Afraid," she said.')).toEqual(['We Are Not Afraid,']);
    expect(texts('"A towering performance." The Daily Herald')).toEqual(['A towering performance.']);
  });
});

describe('a title with a parenthesis before its verb', () => {
  it('still runs on into the sentence as a noun', () => {
    expect(texts('"Runaway" (feat. Kai Moss) climbs to No. 8, her ninth top-10.')).toEqual([]);
    expect(texts('The remake of "Night Falls" (2019) grossed $40 million.')).toEqual([]);
  });

  it('a quoted sentence with a parenthesis is still quoted', () => {
    expect(texts('"We will not move" (the words of the mayor) became a rallying cry.')).toEqual(['We will not move']);
  });
});

describe('a sentence-case work owned by its maker', () => {
  it('runs on into a chart verb', () => {
    expect(texts('Mara Vale\'s "Shake it off" spent four weeks at No. 1.')).toEqual([]);
    expect(texts('Kai Moss’s “Lights out now” climbed to No. 3 this week.')).toEqual([]);
  });

  it('a quoted sentence with a person in it, or a slogan that became something, is still words', () => {
    expect(texts('Nixon\'s "I am not a crook" became a punchline.')).toEqual(['I am not a crook']);
    expect(texts('Ann Roe\'s "Tax the rich" became a rallying cry.')).toEqual(['Tax the rich']);
  });
});
