import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { engineFor } from '../../src/briefing/engine.js';
import { loadTopics, parseTopics, selectArticles, suggestTopics, TopicsFileError } from '../../src/briefing/topics.js';
import { silentLogger } from '../../src/core/logger.js';
import { FixtureLibrary } from '../fixtures/briefing/build.js';
import { agency, daily, local, story, wire } from '../fixtures/briefing/story.js';

const yaml = (body: string) => `topics:\n${body}`;
const oneTopic = `  - slug: river-floods
    title: River floods
    description: Flooding along the river.
    terms: [flood, river, residents]
`;

describe('topics', () => {
  it('loads the bundled topics file, including the story topic', async () => {
    const topics = await loadTopics('content');
    const t = topics.find((x) => x.slug === 'iraq-mission');
    expect(t?.title).toBeTruthy();
    expect(t?.minMatches).toBeGreaterThanOrEqual(1);
  });

  it('rejects a bad file with the reason and where', () => {
    expect(() => parseTopics(yaml('  - slug: Bad Slug\n    title: x\n    description: y\n    terms: [a]\n'))).toThrow(/topics\.0\.slug/);
    expect(() => parseTopics(yaml('  - slug: a\n    title: x\n    description: y\n    terms: []\n'))).toThrow(TopicsFileError);
    expect(() => parseTopics(yaml(oneTopic + oneTopic))).toThrow(/duplicate topic slug/);
    expect(() => parseTopics('topics: [')).toThrow(/not valid YAML/);
    expect(() => parseTopics(yaml('  - slug: a\n    title: x\n    description: y\n    terms: [a]\n    colour: red\n'))).toThrow(TopicsFileError);
  });

  it('selects articles by stemmed terms, phrases and required words', () => {
    const lib = new FixtureLibrary(story);
    const topics = parseTopics(readFileSync('content/topics.yml', 'utf8'));
    const iraq = topics.find((t) => t.slug === 'iraq-mission')!;
    expect(selectArticles(iraq, lib).map((a) => a.id).sort()).toEqual([agency.id, daily.id, wire.id].sort());
    const floods = parseTopics(yaml(oneTopic))[0]!;
    expect(selectArticles(floods, lib).map((a) => a.id)).toEqual([local.id]);
  });

  it('suggests close topics for a typo or shared words', () => {
    const other = `  - slug: iraq-mission\n    title: Training mission in Iraq\n    description: NATO trainers in Iraq.\n    terms: [NATO, Iraq]\n`;
    const topics = parseTopics(yaml(oneTopic) + other);
    expect(suggestTopics('iraq-misson', topics)[0]?.slug).toBe('iraq-mission');
    expect(suggestTopics('floods', topics)[0]?.slug).toBe('river-floods');
    expect(suggestTopics('zzzz', topics)).toEqual([]);
  });

  it('the engine keeps topic membership current as articles arrive and leave', () => {
    const lib = new FixtureLibrary([wire, local]);
    const engine = engineFor(lib, silentLogger());
    engine.setTopics(parseTopics(readFileSync('content/topics.yml', 'utf8')));
    expect(engine.topicArticles('iraq-mission').map((a) => a.id)).toEqual([wire.id]);
    lib.add(agency);
    expect(engine.topicArticles('iraq-mission').map((a) => a.id)).toEqual([agency.id, wire.id]);
    lib.remove(wire.id);
    expect(engine.topicArticles('iraq-mission').map((a) => a.id)).toEqual([agency.id]);
    engine.close();
  });
});

describe('topic matching with the topics’ vocabulary only', () => {
  it('scores every article exactly as matching against all its words does', async () => {
    const { ArticleTerms, topicScore, topicVocabulary } = await import('../../src/briefing/topics.js');
    const topics = [...(await loadTopics('content')), ...parseTopics(yaml(oneTopic))];
    const vocabulary = topicVocabulary(topics);
    const lib = new FixtureLibrary(story);
    for (const a of lib.articles()) {
      const full = new ArticleTerms(a);
      const kept = new ArticleTerms(a, vocabulary);
      for (const t of topics) expect(topicScore(t, kept), `${a.id} ${t.slug}`).toBe(topicScore(t, full));
    }
  });
});
