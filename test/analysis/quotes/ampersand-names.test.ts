import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/analysis/quotes/tokens.js';
import { quoteSpeakers } from '../helpers.js';

describe('company names written with an ampersand', () => {
  it('keeps "&" as a word of the name', () => {
    expect(quoteSpeakers('"We object," Marks & Spencer said.')).toEqual(['Marks & Spencer']);
    expect(quoteSpeakers('"We object," said Procter & Gamble in a filing.')).toEqual(['Procter & Gamble']);
    expect(quoteSpeakers('"We object," AT&T said.')).toEqual(['AT&T']);
  });

  it('tokenizes "AT&T" as one word and a spaced "&" as its own token', () => {
    expect(tokenize('AT&T and Marks & Spencer').map((t) => t.text)).toEqual(['AT&T', 'and', 'Marks', '&', 'Spencer']);
  });
});
