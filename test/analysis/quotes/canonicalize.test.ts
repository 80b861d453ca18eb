import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/analyze.js';
import { EntityRegistry } from '../../../src/analysis/entities/registry.js';
import { canonicalizeSpeakers } from '../../../src/analysis/quotes/canonicalize.js';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import type { Entity, Quote } from '../../../src/analysis/types.js';
import type { EntityLookup } from '../../../src/core/library.js';
import { makeArticle } from '../helpers.js';

function fakeLookup(entity: Entity): EntityLookup {
  return {
    all: () => [entity],
    get: (id) => (id === entity.id ? entity : undefined),
    lookup: (name) => (entity.aliases.some((a) => a.toLowerCase() === name.toLowerCase()) ? entity : undefined),
  };
}

/** Every quote of every article, canonicalised against a registry holding all of them. */
function corpusSpeakers(...bodies: string[]): string[][] {
  const registry = new EntityRegistry();
  const analyses = bodies.map((body, i) => {
    const article = makeArticle(body, { id: `a${i}` });
    const analysis = analyzeArticle(article);
    registry.add(article, analysis);
    return analysis;
  });
  return analyses.map((a) => canonicalizeSpeakers(a.quotes, registry).map((q: Quote) => q.speaker.name));
}

describe('canonicalizeSpeakers', () => {
  it('maps persons to corpus-wide names and leaves descriptions alone', () => {
    const qs = extractQuotes({ article: makeArticle('“We stay,” Stoltenberg said.\n\n“We wait,” a NATO diplomat said.'), sentences: [], mentions: [], dates: [] });
    const entity: Entity = {
      id: 'jens-stoltenberg', type: 'person', name: 'Jens Stoltenberg', aliases: ['Stoltenberg', 'Jens Stoltenberg'],
      roles: ['NATO secretary-general'], articleIds: ['test/article', 'b'], mentionCount: 5,
    };
    const out = canonicalizeSpeakers(qs, fakeLookup(entity));
    expect(out[0]?.speaker).toMatchObject({ name: 'Jens Stoltenberg', entityId: 'jens-stoltenberg', role: 'NATO secretary-general' });
    expect(out[1]?.speaker).toEqual(qs[1]?.speaker);
  });

  it('gives a lone surname the full name from a related article', () => {
    expect(corpusSpeakers(
      'Anton Kessler resigned from the Delmar Bank in Leeds.',
      'The Delmar Bank confirmed the news in Leeds. “I am proud,” Kessler said.',
    )[1]).toEqual(['Anton Kessler']);
  });

  it('does not give a lone surname the full name of a namesake in an unrelated article', () => {
    expect(corpusSpeakers(
      'Residents left their homes on Monday. “The water is rising,” Hall said.',
      'Mark Hall, a builder, said: “The site is closed.”',
    )).toEqual([['Hall'], ['Mark Hall']]);
  });

  it('keeps relatives whose given names differ by one letter apart', () => {
    expect(corpusSpeakers('Mark Hale and his wife Mary Hale run the farm. “We are closing,” Mary Hale said.')).toEqual([['Mary Hale']]);
  });
});

describe('canonicalizeSpeakers across unrelated articles', () => {
  it('never maps a full name whose first word is also a place to the namesake of another article', () => {
    expect(corpusSpeakers(
      'The actor Samuel L. Jackson spoke at the festival. “I loved it,” Samuel L. Jackson said.',
      'Paris Jackson posted a message. “We must show them,” Paris Jackson wrote.',
    )).toEqual([['Samuel L. Jackson'], ['Paris Jackson']]);
  });

  it('keeps a titled name whole rather than shortening it to the entity', () => {
    expect(corpusSpeakers('Pope Francis met the pilgrims. “Peace be with you,” Pope Francis said.')).toEqual([['Pope Francis']]);
  });
});
