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

describe('a filing or blog as the medium after an inverted tag', () => {
  it('"said X in a (court) filing" and "wrote in a blog post" keep the speaker', () => {
    expect(quoteSpeakers('"We object," said Acme Corp in a court filing.')).toEqual(['Acme Corp']);
    expect(quoteSpeakers('"We object," said Tom Reyes in a regulatory filing on Monday.')).toEqual(['Tom Reyes']);
  });
});
