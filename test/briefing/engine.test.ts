import { describe, expect, it } from 'vitest';
import { engineFor } from '../../src/briefing/engine.js';
import { answerQuestion } from '../../src/briefing/question/answer.js';
import { silentLogger } from '../../src/core/logger.js';
import { FixtureLibrary } from '../fixtures/briefing/build.js';
import { agency, daily, story, wire } from '../fixtures/briefing/story.js';
import { ctxFor, quotes } from './helpers.js';

describe('BriefingEngine caches', () => {
  it('answers a repeated question from the cache until the library changes, then from the new library', async () => {
    const lib = new FixtureLibrary([wire, daily]);
    const first = await answerQuestion('who said the mission continues?', ctxFor(lib));
    expect(await answerQuestion('who said the mission continues ?', ctxFor(lib))).toBe(first);
    lib.remove(wire.id);
    const after = await answerQuestion('who said the mission continues?', ctxFor(lib));
    expect(after).not.toBe(first);
    expect(after.citations.map((c) => c.articleId)).not.toContain(wire.id);
  });

  it('keeps the newest articles per version without sorting the library', () => {
    const lib = new FixtureLibrary(story);
    const engine = engineFor(lib, silentLogger());
    const expected = [...lib.articles()].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? -1 : 1));
    expect(engine.newestArticles(2).map((a) => a.id)).toEqual(expected.slice(0, 2).map((a) => a.id));
    lib.remove(expected[0]!.id);
    expect(engine.newestArticles(2).map((a) => a.id)).toEqual(expected.slice(1, 3).map((a) => a.id));
  });

  it('a quote found before an article is removed is not offered after', async () => {
    const lib = new FixtureLibrary([wire, agency]);
    const before = await answerQuestion('who said training activities are currently suspended?', ctxFor(lib));
    expect(quotes(before).length).toBeGreaterThan(0);
    lib.remove(wire.id, agency.id);
    const after = await answerQuestion('who said training activities are currently suspended?', ctxFor(lib));
    expect(quotes(after)).toEqual([]);
  });
});
