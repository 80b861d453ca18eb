import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('a counted plural or a pair word after people named together', () => {
  it('"the two women", "the pair", "the couple" are the people listed', () => {
    for (const later of ['the two women said', 'the pair said', 'the couple said']) {
      const body = `Climbers Nadia Brook and Ella Voss reached the summit on Tuesday.\n\n“We never doubted it,” ${later}.`;
      expect(speakers(body), later).toEqual(['Nadia Brook and Ella Voss']);
    }
  });

  it('"the three men" needs three people; "the pair" with no pair named stays as written', () => {
    const body = 'Sailors Tom Lee and Ian Roe were rescued.\n\n“We were lucky,” the three men said.';
    expect(speakers(body)).toEqual(['the three men']);
    expect(speakers('Two climbers were rescued.\n\n“We were lucky,” the pair said.')).toEqual(['the pair']);
  });
});
