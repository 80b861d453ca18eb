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
      const quoted = `The ${full} issued new advice on Monday.\n\n“The drugs are inadvisable for teenagers,” the ${word} said.`;
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

describe('a word written alone before a longer name that opens with it', () => {
  it('is a body of its own, not a short form of the longer name', () => {
    for (const [word, longer] of [
      ['Corvane', 'Corvane Support Forums'],
      ['Lumora', 'Lumora Music Store'],
      ['Westrel', 'Westrel Community Forum'],
    ] as const) {
      const body =
        `${word} shipped the update on Monday.\n\nUsers on the ${longer} said it failed.\n\n` +
        `In a statement, ${word} said, “The update fixed most of the issues.”`;
      expect(quoteSpeakers(body, { withMentions: true }), word).toEqual([word]);
    }
  });

  it('after the longer name, the first word is still its short form', () => {
    const body = 'Harrow Relief International opened a clinic.\n\n“We stay as long as needed,” Harrow said.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Harrow Relief International']);
  });
});

describe('a headline short form before the full name', () => {
  it('"Harrow: ..." then "Harrow Relief International" keeps the short form as the body', () => {
    const body =
      'Harrow: clinics under strain\n\nHarrow Relief International opened a clinic on Monday.\n\n' +
      '“We stay as long as needed,” Harrow said.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Harrow Relief International']);
  });
});
