import { describe, expect, it } from 'vitest';
import { resolveDay } from '../../src/briefing/question/days.js';

const jan6 = new Date('2020-01-06T00:00:00Z');
const mar31 = new Date('2020-03-31T00:00:00Z');

describe('resolveDay: month and day', () => {
  it('reads the usual spellings', () => {
    for (const f of ['March 7', 'Mar. 7', 'march 7th', '7 March', 'the 7th of March', 'on March 7']) expect(resolveDay(f, mar31), f).toBe('2020-03-07');
    expect(resolveDay('July 4, 2019', mar31)).toBe('2019-07-04');
    expect(resolveDay('Sept 11', mar31)).toBe('2019-09-11');
  });

  it('takes the latest such day up to a month after the story, across the year end', () => {
    expect(resolveDay('December 25', jan6)).toBe('2019-12-25');
    expect(resolveDay('January 20', jan6)).toBe('2020-01-20');
    expect(resolveDay('July 1', jan6)).toBe('2019-07-01');
    expect(resolveDay('April 15', mar31)).toBe('2020-04-15');
    expect(resolveDay('January 2', new Date('2019-12-30T00:00:00Z'))).toBe('2020-01-02');
  });

  it('rejects days a month does not have', () => {
    expect(resolveDay('February 30', mar31)).toBeUndefined();
    expect(resolveDay('February 29', mar31)).toBe('2020-02-29');
  });
});
