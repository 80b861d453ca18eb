import { describe, expect, it } from 'vitest';
import { documentAuthor } from '../../../src/analysis/quotes/documents.js';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });
const author = (text: string): string | undefined => documentAuthor(text, 0)?.name;

describe('guidance, guidelines and position papers are a body’s documents', () => {
  it('name their owner as the author', () => {
    expect(author('the Harbour Trust’s new guidance')).toBe('Harbour Trust');
    expect(author("the Nordic Council's position paper")).toBe('Nordic Council');
    expect(author('new guidelines from the Harbour Trust')).toBe('Harbour Trust');
    expect(author('a white paper by the Nordic Council')).toBe('Nordic Council');
    expect(author('the latest Harbour Trust assessment')).toBe('Harbour Trust');
  });

  it('credit a quotation "according to" such a document to the body', () => {
    expect(speakers('It rained.\n\nHeading is "a risk for young players," according to the Canadian Academy of Pediatrics\' new guidance.')).toEqual([
      'Canadian Academy of Pediatrics',
    ]);
    expect(speakers('It rained.\n\nDrills are "rarely needed," according to new guidelines by the Harbour Trust.')).toEqual(['Harbour Trust']);
  });

  it('leave "the paper" alone to a newspaper', () => {
    expect(author('the paper')).toBeUndefined();
    expect(speakers('The Valley Gazette ran the story. "It is a risk," the paper said.')).toEqual(['The Valley Gazette']);
  });
});
