import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/analysis/entities/index.js';
import { splitSentences } from '../../../src/analysis/sentences.js';
import { makeArticle, quoteSpeakers } from '../helpers.js';

function names(body: string, text: string): string[] {
  const article = makeArticle(body);
  return extractMentions(article, splitSentences(article))
    .filter((m) => m.text === text)
    .map((m) => m.name);
}

describe('a capitalised institution word refers back to the body it heads', () => {
  it('"the Academy", "the Commission", "the Institute", "the Department"', () => {
    for (const [full, word] of [
      ['Coastal Academy of Surgeons', 'Academy'],
      ['Harbour Safety Commission', 'Commission'],
      ['Norvania Institute for Soil Research', 'Institute'],
      ['Department of Ports', 'Department'],
    ] as const) {
      const body = `The ${full} issued new advice on Monday. Doctors welcomed it, and the ${word} said more would follow.`;
      expect(names(body, word), full).toEqual([full]);
      const quoted = `The ${full} issued new advice on Monday.\n\nThe drugs are “inadvisable” for teenagers, the ${word} said.`;
      expect(quoteSpeakers(quoted, { withMentions: true }), full).toEqual([full]);
    }
  });

  it('not a word that only qualifies another body\'s head', () => {
    const body = 'The Senate Judiciary Committee met on Monday. Later the Senate voted.';
    expect(names(body, 'Senate')).toEqual(['Senate']);
  });

  it('not a body named only after it', () => {
    const body = 'The Commission met on Monday. The Harbour Safety Commission was not there.';
    expect(names(body, 'Commission')).toEqual(['Commission']);
  });
});
