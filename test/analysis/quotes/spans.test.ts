import { describe, expect, it } from 'vitest';
import { scanQuoteSpans } from '../../../src/analysis/quotes/spans.js';

const quoted = (text: string): string[] => scanQuoteSpans(text).map((s) => text.slice(s.start, s.end));

describe('scanQuoteSpans', () => {
  it('finds curly and straight double quotes, marks excluded', () => {
    expect(quoted('“We will,” he said. "Yes," she said.')).toEqual(['We will,', 'Yes,']);
  });

  it('accepts single marks as quote marks in headlines and standfirsts', () => {
    expect(quoted("'The council will address the situation,' a NATO official says")).toEqual([
      'The council will address the situation,',
    ]);
    expect(quoted('Flooding: ‘We lost everything’, says farmer')).toEqual(['We lost everything']);
  });

  it('never treats apostrophes as quote marks', () => {
    for (const text of [
      'NATO’s ruling committee met; the allies’ forces don’t leave.',
      "Iran's general, the '90s and rock 'n' roll",
      'rock ’n’ roll in the ’90s',
      "The fans' frustration is the players' problem.",
    ]) {
      expect(quoted(text)).toEqual([]);
    }
  });

  it('closes a single-quoted phrase after a plural noun when a function word follows', () => {
    expect(quoted("He will be out for 'at least six weeks' with a hamstring injury.")).toEqual(['at least six weeks']);
  });

  it('keeps nested quotes inside the outer quotation', () => {
    expect(quoted('“People say ‘be patient,’ but patience is not a policy,” the diplomat said.')).toEqual([
      'People say ‘be patient,’ but patience is not a policy,',
    ]);
  });

  it('finds quotes inside parentheses', () => {
    expect(quoted('an open house (Hartley promises “free cake for all”).')).toEqual(['free cake for all']);
  });

  it('runs an unclosed quote to the end of the paragraph (wire-style continuation)', () => {
    const spans = scanQuoteSpans('“Crews are doing everything they can.  ');
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ close: null, start: 1, end: 37 });
  });

  it('reads a closing curly mark garbled by a bad re-encoding (replacement character + "?") as a close', () => {
    const text = '“We won,\uFFFD? the coach said. “It was hard.\uFFFD?';
    expect(quoted(text)).toEqual(['We won,', 'It was hard.']);
    expect(scanQuoteSpans(text)[0]?.close).toBe(text.indexOf('?'));
  });
});

