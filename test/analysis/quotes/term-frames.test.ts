import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle } from '../helpers.js';

function texts(body: string): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.text);
}

describe('a defining appositive after a term', () => {
  it('a dash and a noun with a relative clause gloss the term', () => {
    expect(texts('The site was slow to act on "deep fakes" - doctored clips which spread fast.')).toEqual([]);
    expect(texts('Few firms track "ghost jobs" - postings which are never filled.')).toEqual([]);
    expect(texts('Parents worry about "sharenting", parents who post every photo of a child.')).toEqual([]);
  });

  it('a list that runs on into a verb is no appositive: the phrases stay quotes', () => {
    expect(texts('In the letter she talks about "shared duties", public service and says that voters "feel unheard".')).toEqual([
      'shared duties',
      'feel unheard',
    ]);
    expect(texts('He stresses “fair pay”, safer roads or warns that towns are “left behind”.')).toEqual(['fair pay', 'left behind']);
  });
});

describe('words handled as words', () => {
  it('a verb about the form of a word, and the second of the pair', () => {
    expect(texts('The mayor wrote: "We will fix it," apparently confusing "affect" with "effect" there.')).toEqual(['We will fix it,']);
    expect(texts('The sign misspelled “necessary” twice.')).toEqual([]);
    expect(texts('Fans still argue over how to pronounce "gif" online.')).toEqual([]);
    expect(texts('The clerk mistook "aisle" for "isle" on the form.')).toEqual([]);
  });

  it('a word the speaker used about something stays a quote', () => {
    expect(texts('The mayor confused voters when he called the tax “temporary,” critics said.')).toEqual(['temporary,']);
  });
});

describe('official categories and names of laws', () => {
  it('a body designating, classing or listing something as a category', () => {
    expect(texts('The agency chose to designate the frogs as "vulnerable," not "critical," species on Monday.')).toEqual([]);
    expect(texts('Forecasters classified the storm as “major” by noon.')).toEqual([]);
    expect(texts('The board may raise the river’s status to “protected.”')).toEqual([]);
    expect(texts('Police listed the hiker as “missing” after dark.')).toEqual([]);
  });

  it('a label the speaker applies in his own words stays a quote', () => {
    expect(texts('The senator described the decision as “reckless,” an aide said.')).toEqual(['reckless,']);
    expect(texts('She called the vote “a disgrace.”')).toEqual(['a disgrace.']);
  });

  it('a phrase before or ending in a legal noun names a law', () => {
    expect(texts('Critics questioned the “three strikes” laws that several states passed.')).toEqual([]);
    expect(texts('The court struck down the "right to work" provision last year.')).toEqual([]);
    expect(texts('Ten states have weighed "campus carry laws" this year.')).toEqual([]);
  });

  it('an adjective before an ordinary noun is still the speaker’s word', () => {
    expect(texts('The union said it was an “illegal and unfair” policy change.')).toEqual(['illegal and unfair']);
    expect(texts('Rights groups called it a “cruel” law, a spokesman said.')).toEqual(['cruel']);
  });
});

describe('deeds are not laws', () => {
  it('a judgement ending in "acts" stays a quote', () => {
    expect(texts('She said the posts were “shameful acts.”')).toEqual(['shameful acts.']);
    expect(texts('Neighbours condemned the "senseless violent" acts on Friday.')).toEqual(['senseless violent']);
  });
});
