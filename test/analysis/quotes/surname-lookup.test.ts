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

describe('full names the plain scan used to miss', () => {
  const resolve = (body: string, written: string): string => {
    const at = body.lastIndexOf(`${written} said`);
    return new NameIndex(body, []).resolve(written, at, at + written.length).name;
  };

  it('a name inside a Title Case headline line', () => {
    expect(resolve('Dana Kovacs Quits Over Harbour Budget Row\n\nThe council met on Friday. Kovacs said she was tired.', 'Kovacs')).toBe('Dana Kovacs');
  });

  it('a middle initial and an O’-style surname', () => {
    expect(resolve('Dana M. Kovacs spoke first. Kovacs said no.', 'Kovacs')).toBe('Dana M. Kovacs');
    expect(resolve('Dana O’Neill spoke first. O’Neill said no.', 'O’Neill')).toBe('Dana O’Neill');
  });

  it('a headline word after a given name is no surname when it is a common word', () => {
    expect(resolve('Dana Says Harbour Budget Is Broken Again\n\nSays said nothing.', 'Says')).toBe('Says');
  });
});
