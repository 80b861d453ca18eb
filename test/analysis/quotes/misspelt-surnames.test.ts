import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../../src/analysis/quotes/names.js';

describe('a surname written with two neighbouring letters swapped', () => {
  it('is the one person the article names with the right spelling', () => {
    const body = 'Mayor Dana Kovacs opened the bridge. Later Kovasc said it was overdue.';
    const names = new NameIndex(body, []);
    expect(names.resolve('Kovasc', body.indexOf('Kovasc'), body.indexOf('Kovasc') + 6).name).toBe('Dana Kovacs');
  });

  it('stays as written when two people share the surname, or the word is short or a surname itself', () => {
    const shared = 'Dana Kovacs and Ivo Kovacs opened the bridge. Kovasc said it was overdue.';
    expect(new NameIndex(shared, []).resolve('Kovasc', -1, -1).name).toBe('Kovasc');
    const short = 'Ann Reid spoke. Ried said so.';
    expect(new NameIndex(short, []).resolve('Ried', -1, -1).name).toBe('Ried');
    const both = 'Ann Marsden and Tom Marsend spoke.';
    expect(new NameIndex(both, []).resolve('Marsend', -1, -1).name).toBe('Tom Marsend');
  });
});
