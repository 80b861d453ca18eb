import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../src/analysis/numbers.js';
import { splitSentences } from '../../src/analysis/sentences.js';
import type { NumberFact } from '../../src/analysis/types.js';
import { makeArticle } from './helpers.js';

function numbers(body: string): NumberFact[] {
  const article = makeArticle(body);
  const out = extractNumbers(article, splitSentences(article));
  for (const n of out) expect(article.body.slice(n.start, n.end)).toBe(n.text);
  return out;
}

function brief(body: string): Array<[number, string, string | undefined]> {
  return numbers(body).map((n) => [n.value, n.counts, n.unit]);
}

describe('extractNumbers', () => {
  it.each([
    ['Lawmakers called for the 5,200 US soldiers deployed there to leave.', 5200, 'US soldiers', '5,200 US soldiers'],
    ['NATO maintains a 500-strong training mission in Iraq.', 500, 'training mission', '500-strong training mission'],
    ['Canada authorized the deployment of 850 personnel for this mission.', 850, 'personnel', '850 personnel'],
    ['Ambassadors from the 29 allies will gather.', 29, 'allies', '29 allies'],
    ['Two soldiers were wounded.', 2, 'soldiers', 'Two soldiers'],
    ['The attack killed twenty-five civilians.', 25, 'civilians', 'twenty-five civilians'],
    ['Some 3,000 of the troops left.', 3000, 'troops', '3,000 of the troops'],
  ])('%s', (body, value, counts, text) => {
    expect(numbers(body)).toContainEqual(expect.objectContaining({ value, counts, text }));
  });

  it('reads money with its scale and currency, and percentages', () => {
    expect(brief('It pledged $1.5 billion in aid, €20 million more, and growth of 2.5 percent or 3%.')).toEqual([
      [1.5e9, '', 'USD'],
      [20e6, '', 'EUR'],
      [2.5, '', 'percent'],
      [3, '', 'percent'],
    ]);
  });

  it('reads an amount with a unit the same whether or not its sentence also counts something', () => {
    // Only sentences with a count are tagged: the money and percent facts must not depend on it.
    const money = brief('The $5 million grant paid 40 nurses and rose 3% on 2.5 percent.');
    expect(money).toEqual([
      [5e6, '', 'USD'],
      [40, 'nurses', undefined],
      [3, '', 'percent'],
      [2.5, '', 'percent'],
    ]);
    const alone = numbers('The $5 million grant rose 3% on 2.5 percent.').map((n) => [n.text, n.value, n.unit]);
    const tagged = numbers('The $5 million grant paid 40 nurses and rose 3% on 2.5 percent.').filter((n) => n.unit).map((n) => [n.text, n.value, n.unit]);
    expect(alone).toEqual(tagged);
  });

  it('gives measures a unit', () => {
    expect(brief('The convoy drove 40 km in three hours.')).toEqual([
      [40, '', 'km'],
      [3, '', 'hours'],
    ]);
  });

  it('leaves out dates, times, years, ordinals and labels', () => {
    expect(
      numbers(
        'On Monday, January 6, at 3:00 pm (1400 GMT) in 2018 the 2nd meeting of No. 10 and Resolution 2231 met Boeing 737 crews.',
      ),
    ).toEqual([]);
  });

  it('leaves out vague amounts and spelled numbers with nothing counted', () => {
    expect(numbers('The mission involves several hundred allied personnel and thousands of others. One of them left. No one came. Two of the officials agreed.')).toEqual([]);
  });

  it('keeps a count that happens to be year-sized when a plural noun follows', () => {
    expect(brief('About 2000 troops arrived.')).toEqual([[2000, 'troops', undefined]]);
  });

  it('attaches each number to its sentence', () => {
    expect(numbers('None here. Then 12 ships came.').map((n) => n.sentence)).toEqual([1]);
  });
});
