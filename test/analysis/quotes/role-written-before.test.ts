import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('a role written right before a full name', () => {
  it('is what "the <role>" refers back to, also when the name is an object', () => {
    expect(speakers('Acme chief executive Ann Lee met union leader Tom Reyes on Monday.\n\n"We made progress," the union leader said.')).toEqual(['Tom Reyes']);
    expect(speakers('Police questioned opposition leader Ann Lee and her aide Tom Reyes.\n\n"This is harassment," the opposition leader said.')).toEqual(['Ann Lee']);
  });

  it('not words written elsewhere in the sentence', () => {
    expect(speakers('Tom Reyes, who once led the union, met Ann Lee.\n\n"We agree," the union leader said.')).toEqual(['the union leader']);
  });
});

describe('a role opening its sentence', () => {
  it('a sentence end before it is no qualifier', () => {
    expect(speakers('The strike began on Monday. Union leader Tom Reyes spoke.\n\n"We agree," the union leader said.')).toEqual(['Tom Reyes']);
  });
});
