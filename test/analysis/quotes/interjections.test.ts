import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('link and headline lines between paragraphs', () => {
  it('a related-story link naming someone does not take a later "he added"', () => {
    const body = [
      'Asked about the ruling, lawyer Dan Ostrow said, “We will appeal.”',
      'Analysis: Why Victor Hale is not suing the city',
      '“Nobody has won anything yet,” he added.',
    ].join('\n\n');
    expect(quoteSpeakers(body)).toEqual(['Dan Ostrow', 'Dan Ostrow']);
  });

  it('a bare quote paragraph after a "Read more" line continues the speech before the line', () => {
    const body = [
      '“The levee held,” said engineer Maria Solano.',
      'How Peter Lund rebuilt the harbour Read more',
      '“We were lucky this time.”',
    ].join('\n\n');
    expect(quoteSpeakers(body)).toEqual(['Maria Solano', 'Maria Solano']);
  });

  it('a sentence ending in a full stop is narrative, not a link line', () => {
    const body = [
      '“The levee held,” said engineer Maria Solano.',
      'Mayor Peter Lund toured the harbour.',
      '“We were lucky this time,” he said.',
    ].join('\n\n');
    expect(quoteSpeakers(body)).toEqual(['Maria Solano', 'Peter Lund']);
  });
});
