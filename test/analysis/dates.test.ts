import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/analysis/dates.js';
import { splitSentences } from '../../src/analysis/sentences.js';
import type { DateMention } from '../../src/analysis/types.js';
import { makeArticle } from './helpers.js';

function dates(body: string, published: string): DateMention[] {
  const article = makeArticle(body, { published });
  const out = extractDates(article, splitSentences(article));
  for (const d of out) expect(article.body.slice(d.start, d.end)).toBe(d.text);
  return out;
}

function pairs(body: string, published: string): Array<[string, string]> {
  return dates(body, published).map((d) => [d.text, d.date]);
}

describe('extractDates', () => {
  // 2020-01-06 is a Monday; 2020-01-10 a Friday; 2021-03-03 a Wednesday.
  it.each([
    ['2020-01-06', 'The strike on Friday killed him.', 'Friday', '2020-01-03'],
    ['2020-01-06', 'The council met Monday to review it.', 'Monday', '2020-01-06'],
    ['2020-01-06', 'The council will meet Monday.', 'Monday', '2020-01-06'],
    ['2020-01-06', 'The council will meet Thursday.', 'Thursday', '2020-01-09'],
    ['2020-01-06', 'The council met Thursday.', 'Thursday', '2020-01-02'],
    ['2020-01-10', 'The council met Friday.', 'Friday', '2020-01-10'],
    ['2020-01-10', 'The council is due to meet on Monday.', 'Monday', '2020-01-13'],
    ['2020-01-10', 'Talks began on Monday.', 'Monday', '2020-01-06'],
    ['2020-01-06', 'Troops withdrew from Iraq on Friday and came back later on Sunday.', 'Sunday', '2020-01-05'],
    ['2020-01-06', 'Troops withdrew from Iraq on Friday.', 'Friday', '2020-01-03'],
    ['2020-01-06', 'He said NATO would meet on Wednesday.', 'Wednesday', '2020-01-08'],
    ['2020-01-06', 'NATO will review the mission, which was suspended on Friday.', 'Friday', '2020-01-03'],
    ['2020-01-06', 'NATO will meet in Brussels, Belgium on Thursday.', 'Thursday', '2020-01-09'],
    ['2020-01-06', 'The troops, who arrived last year, will leave on Friday.', 'Friday', '2020-01-10'],
    ['2020-01-06', 'The summit is scheduled for Friday.', 'Friday', '2020-01-10'],
    ['2021-03-03', 'Lawmakers voted yesterday.', 'yesterday', '2021-03-02'],
    ['2021-03-03', 'He resigned late on Sunday.', 'Sunday', '2021-02-28'],
    ['2020-01-06', 'On Saturday, January 4, a spokesman spoke.', 'Saturday, January 4', '2020-01-04'],
    ['2020-01-06', 'It met on Jan. 6 in Brussels.', 'Jan. 6', '2020-01-06'],
    ['2020-01-06', 'It happened on December 28.', 'December 28', '2019-12-28'],
    ['2020-01-06', 'The vote was held on May 5.', 'May 5', '2019-05-05'],
    ['2020-01-06', 'Elections will be held on May 5.', 'May 5', '2020-05-05'],
  ])('published %s: %s', (published, body, text, date) => {
    expect(pairs(body, published)).toContainEqual([text, date]);
  });

  it('marks relative dates and keeps explicit ones absolute', () => {
    const found = dates('They met Friday. The deal was signed on Saturday, January 4.', '2020-01-06');
    expect(found.map((d) => d.relative)).toEqual([true, false]);
  });

  it('reads a local time followed by its GMT equivalent as one UTC time on the date just given', () => {
    const found = dates('The council will meet Monday, January 6. Ambassadors gather at 3:00 pm (1400 GMT) at headquarters.', '2020-01-06');
    const t = found.find((d) => d.time);
    expect(t).toMatchObject({ text: '3:00 pm (1400 GMT)', time: '14:00', timeZone: 'UTC', date: '2020-01-06' });
  });

  it('gives a time alone the last date of its paragraph, else the publication day', () => {
    const found = dates('The vote was on Friday, January 3. It closed at 9:30 p.m.\n\nThe count began at 10 a.m.', '2020-01-06');
    expect(found.filter((d) => d.time).map((d) => [d.time, d.date])).toEqual([
      ['21:30', '2020-01-03'],
      ['10:00', '2020-01-06'],
    ]);
  });

  it('converts times given with a zone to UTC', () => {
    expect(dates('The meeting starts at 16:00 GMT+2.', '2020-01-06').find((d) => d.time)).toMatchObject({ time: '14:00', timeZone: 'UTC' });
  });

  it('keeps years as year-precision dates, but not counts or money', () => {
    const found = dates('Washington pulled out in 2018 of the 2015 nuclear deal. Some 2000 troops and $2019 remained.', '2020-01-06');
    expect(found.map((d) => [d.text, d.date, d.precision])).toEqual([
      ['2018', '2018-01-01', 'year'],
      ['2015', '2015-01-01', 'year'],
    ]);
  });

  it('gives month precision to a month without a day, in the past for past-tense text', () => {
    const found = dates('Protests began in March.', '2020-01-06');
    expect(found).toEqual([expect.objectContaining({ text: 'March', date: '2019-03-01', precision: 'month' })]);
  });

  it('ignores vague references and bare numbers', () => {
    expect(dates('Allies are currently waiting and now talk. He scored at 10 and No. 10 agreed. The 29 allies met.', '2020-01-06')).toEqual([]);
  });

  it('attaches each date to its sentence', () => {
    expect(dates('Nothing. Then on Friday it began.', '2020-01-06').map((d) => d.sentence)).toEqual([1]);
  });
});

describe('extractDates: durations', () => {
  it('does not read a duration as a date, but keeps "ago"', () => {
    const article = makeArticle('The convoy drove 40 km in three hours. It left three days ago.', { published: '2020-01-06' });
    const found = extractDates(article, splitSentences(article));
    expect(found.map((d) => [d.text, d.date])).toEqual([['three days ago', '2020-01-03']]);
  });
});

describe('extractDates: noise', () => {
  function texts(body: string): string[] {
    const article = makeArticle(body, { published: '2016-05-10' });
    return extractDates(article, splitSentences(article)).map((d) => d.text);
  }

  it('trims punctuation and "of" that chrono keeps', () => {
    expect(texts('In February, sales fell. By March of that year, they rose. He left on Friday.')).toEqual(['February', 'March', 'Friday']);
  });

  it('ignores lower-case words that look like days or months, and spans of years', () => {
    expect(texts('We may go mon ami. It rose over the last 10 years and will 20 years later.')).toEqual([]);
  });

  it('keeps "ago" with a coarse precision', () => {
    const article = makeArticle('It began a couple of years ago.', { published: '2016-05-10' });
    expect(extractDates(article, splitSentences(article))).toEqual([
      expect.objectContaining({ text: 'a couple of years ago', date: '2014-05-10', precision: 'year', relative: true }),
    ]);
  });

  it('does not read prices as times', () => {
    expect(texts('Tickets cost $1.25 a day.')).toEqual([]);
  });
});
