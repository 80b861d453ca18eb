import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('a lone surname with a generational suffix', () => {
  it('is the person named in full with that suffix ("Kunz Sr." for "DeOrr Kunz Sr.")', () => {
    expect(speakers('DeOrr Kunz Sr. spoke on Friday.\n\n"Hope keeps us going," Kunz Sr. said.')).toEqual(['DeOrr Kunz Sr.']);
  });

  it('stays as written when father and son are both named with suffixes other than the one written', () => {
    expect(speakers('Tom Vance Jr. and his son Tom Vance III spoke.\n\n"We are fine," Vance Sr. said.')).toEqual(['Vance Sr.']);
  });
});
