import { describe, expect, it } from 'vitest';
import { documentAuthor, isDocumentHead } from '../../../src/analysis/quotes/documents.js';

const author = (text: string): string | undefined => documentAuthor(text, 0)?.name;

describe('documentAuthor', () => {
  it('a possessive owner wrote the document', () => {
    expect(author('Okonjo’s letter')).toBe('Okonjo');
    expect(author('the agency’s website')).toBe('the agency');
    expect(author('The council’s Web site')).toBe('the council');
  });

  it('"a statement from X" and "the X report" name the author', () => {
    expect(author('a statement from the ministry')).toBe('the ministry');
    expect(author('an internal Harlow Institute and Verity Trust report')).toBe('Harlow Institute and Verity Trust');
    expect(author('the Brandt Foundation Facebook page')).toBe('Brandt Foundation');
  });

  it('a day, a pronoun or a bare document names no author', () => {
    expect(author('Tuesday’s lawsuit')).toBeUndefined();
    expect(author('his letter')).toBeUndefined();
    expect(author('the lawsuit')).toBeUndefined();
    expect(author('the Senate')).toBeUndefined();
  });

  it('knows document nouns, singular and plural', () => {
    expect(isDocumentHead('lawsuit')).toBe(true);
    expect(isDocumentHead('ads')).toBe(true);
    expect(isDocumentHead('minister')).toBe(false);
  });
});
