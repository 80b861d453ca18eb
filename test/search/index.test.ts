import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/search/index.js';
import { datesAbout, eventsOn, numbersAbout, quotesBySpeaker, quotesMatching, sentencesAbout } from '../../src/search/queries.js';
import { FixtureLibrary, buildArticle } from '../fixtures/briefing/build.js';
import { agency, daily, story, wire } from '../fixtures/briefing/story.js';

function indexed(lib: FixtureLibrary): SearchIndex {
  const index = new SearchIndex();
  for (const a of lib.articles()) index.addArticle(a, lib.analysis(a.id)!);
  index.syncEntities(lib.entities.all());
  return index;
}

describe('SearchIndex', () => {
  const lib = new FixtureLibrary(story);
  const index = indexed(lib);

  it('finds quotes by their words through stemming (suspended ~ suspend)', () => {
    const hits = quotesMatching(index, lib, 'training was suspended');
    const speakers = hits.filter((h) => h.coverage === 1).map((h) => h.quote.speaker.name);
    expect(speakers).toEqual(expect.arrayContaining(['Jens Stoltenberg', 'a NATO spokesman', 'a senior NATO official']));
    expect(speakers).not.toContain('Anna Lind');
  });

  it('finds a speaker by surname and plural description, ranked by topic', () => {
    const about = quotesBySpeaker(index, lib, 'Stoltenberg', 'Iran');
    expect(about.speakerFound).toBe(true);
    expect(about.hits[0]?.quote.text).toContain('Iran must refrain');
    const diplomats = quotesBySpeaker(index, lib, 'diplomats');
    expect(new Set(diplomats.hits.map((h) => h.quote.speaker.name))).toEqual(new Set(['a NATO diplomat', 'another NATO diplomat']));
    expect(quotesBySpeaker(index, lib, 'Angela Merkel').speakerFound).toBe(false);
  });

  it('keeps one passage per distinct sentence with every place it occurs', () => {
    const before = index.size.passages;
    const copy = buildArticle({ ...wire, id: 'wire-copy', outlet: 'Rappler' });
    index.addArticle(copy.article, copy.analysis);
    expect(index.size.passages).toBe(before);
    index.removeArticle('wire-copy');
    expect(index.size.passages).toBe(before);
  });

  it('answers numbers and dates lookups', () => {
    const n = numbersAbout(index, lib, 'US soldiers', 'Iraq');
    expect(n[0]?.fact.value).toBe(5200);
    expect(new Set(n.filter((x) => x.fact.value === 5200).map((x) => x.place.article.outlet)).size).toBe(2);
    const d = datesAbout(index, lib, 'NATO ambassadors meet');
    expect(d[0]?.date.date).toBe('2020-01-06');
    expect(eventsOn(index, lib, '2020-01-04').map((e) => e.place.sentence.text)).toEqual([
      'On Saturday, a NATO spokesman said the mission was continuing “but training activities are currently suspended.”',
    ]);
  });

  it('removes an article without a rebuild, and re-adds it', () => {
    const l = new FixtureLibrary(story);
    const ix = indexed(l);
    ix.removeArticle(agency.id);
    expect(ix.has(agency.id)).toBe(false);
    expect(sentencesAbout(ix, l, 'Pentagon').length).toBe(0);
    expect(ix.onDay('2020-01-07')).toEqual([]);
    ix.addArticle(l.article(agency.id)!, l.analysis(agency.id)!);
    expect(sentencesAbout(ix, l, 'Pentagon')[0]?.places[0]?.article.id).toBe(agency.id);
  });

  it('indexes entities and re-indexes only changed ones', () => {
    const hits = index.search('Carnigan', { kinds: ['entity'] });
    expect(hits[0]?.passage.entityId).toBe('jennie-carnigan');
    const l = new FixtureLibrary([daily]);
    const ix = indexed(l);
    const size = ix.size.passages;
    ix.syncEntities(l.entities.all());
    expect(ix.size.passages).toBe(size);
    ix.syncEntities([]);
    expect(ix.search('Carnigan', { kinds: ['entity'] })).toEqual([]);
  });
});
