import { describe, expect, it } from 'vitest';
import { nameFitsHead } from '../../../src/analysis/quotes/org-nouns.js';
import { quoteSpeakers } from '../helpers.js';

describe('"the company" / "the firm" refers back to a company named with its legal suffix', () => {
  it('named in passing, never quoted before', () => {
    for (const [name, noun] of [
      ['Kanto Steel Corp.', 'company'],
      ['Lumen Holdings', 'firm'],
      ['Brightwater Foods Inc.', 'company'],
      ['Harlow Group', 'firm'],
    ] as const) {
      const body = `Investors sold shares of ${name} on Monday.\n\n“We expect a recovery,” the ${noun} said.`;
      expect(quoteSpeakers(body, { withMentions: true }), name).toEqual([name]);
    }
  });

  it('the suffixes fit company nouns only', () => {
    expect(nameFitsHead('Kanto Steel Corp.', 'company')).toBe(true);
    expect(nameFitsHead('Kanto Steel Corp.', 'agency')).toBe(false);
    expect(nameFitsHead('Harbour Safety Board', 'company')).toBe(false);
  });
});
