import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/analysis/entities/index.js';
import { splitSentences } from '../../../src/analysis/sentences.js';
import type { EntityMention } from '../../../src/analysis/types.js';
import { makeArticle } from '../helpers.js';

function typed(body: string, text: string): Array<[string, string]> {
  const article = makeArticle(body);
  return extractMentions(article, splitSentences(article))
    .filter((m: EntityMention) => m.text === text)
    .map((m) => [m.type, m.name]);
}

describe('single-word organisations used as actors', () => {
  it.each([
    ['The delays were tracked by aviation data firm Orbalyx. Orbalyx said 300 flights were late.', 'Orbalyx'],
    ['Shares fell after budget carrier Zephra cut routes. Zephra said demand was weak.', 'Zephra'],
    ['Zephra said demand was weak. Zephra’s fleet is grounded.', 'Zephra'],
    ['One Zephra captain said the rota was broken. Zephra said it would review it.', 'Zephra'],
    ['An Orbalyx spokesperson said the data were final. Orbalyx said nothing more.', 'Orbalyx'],
  ])('%s', (body, word) => {
    const found = typed(body, word);
    expect(found.length).toBeGreaterThan(0);
    for (const [type, name] of found) {
      expect(type).toBe('organization');
      expect(name).toBe(word);
    }
  });

  it('links a short form to the organisation named earlier', () => {
    const body = 'Greenleaf Alliance published a report. Later, Greenleaf said the figures were understated.';
    expect(typed(body, 'Greenleaf')).toEqual([['organization', 'Greenleaf Alliance']]);
  });

  it('keeps people as people', () => {
    expect(typed('The firm hired Dana Whitlow in May. Whitlow said the merger was done.', 'Whitlow')).toEqual([['person', 'Dana Whitlow']]);
    expect(typed('Mr. Orbel disagreed. An Orbel spokesperson said nothing. Orbel said he was calm.', 'Orbel').every(([t]) => t === 'person')).toBe(true);
  });

  it('does not read a sentence-opening ordinary word as a short form', () => {
    expect(typed('Freedom House issued a report. Freedom was the theme of the rally.', 'Freedom')).toEqual([]);
  });
});
