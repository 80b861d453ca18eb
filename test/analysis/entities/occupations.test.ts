import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/analysis/entities/index.js';
import { splitSentences } from '../../../src/analysis/sentences.js';
import type { EntityMention } from '../../../src/analysis/types.js';
import { makeArticle } from '../helpers.js';

function people(body: string): Array<[string, string, string | undefined]> {
  const article = makeArticle(body);
  return extractMentions(article, splitSentences(article))
    .filter((m: EntityMention) => m.type === 'person')
    .map((m) => [m.text, m.name, m.role]);
}

describe('occupations written as titles before a name', () => {
  it.each([
    ['The motion was tabled by Councilwoman Teresa Okafor on Tuesday.', 'Teresa Okafor', 'Councilwoman'],
    ['The crew thanked Passenger Helen Brandt after the landing.', 'Helen Brandt', 'Passenger'],
    ['The summit was reached by Mountaineer Pavel Kostov in May.', 'Pavel Kostov', 'Mountaineer'],
    ['The forecast from Economist Laura Chen was gloomy.', 'Laura Chen', 'Economist'],
    ['The charges were read by Prosecutor David Amsel.', 'David Amsel', 'Prosecutor'],
    ['A goal from Striker James Ortega sealed it.', 'James Ortega', 'Striker'],
  ])('%s', (body, name, role) => {
    expect(people(body)).toContainEqual([name, name, role]);
  });

  it('links a later surname to the bare name', () => {
    const out = people('The vote was forced by Councilman Victor Alvarez. Alvarez said the budget was short.');
    expect(out).toContainEqual(['Alvarez', 'Victor Alvarez', undefined]);
    expect(out.some(([, name]) => name.startsWith('Councilman'))).toBe(false);
  });

  it('never strips a real first name or leaves a single word', () => {
    expect(people('The pass came from Baker Mayfield, who said it was luck.')).toContainEqual(['Baker Mayfield', 'Baker Mayfield', undefined]);
    expect(people('The winner was Hunter Morrison, who said little.')).toContainEqual(['Hunter Morrison', 'Hunter Morrison', undefined]);
    expect(people('They played Resident Evil until dawn.')).toEqual([]);
  });
});
