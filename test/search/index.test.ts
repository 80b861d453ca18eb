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

describe('SearchIndex at scale', () => {
  /** `n` articles, each with one sentence naming its number and one every article shares. */
  function many(n: number) {
    return Array.from({ length: n }, (_, i) =>
      buildArticle({
        id: `a${i}`,
        title: `Article ${i}`,
        outlet: `Outlet ${i % 7}`,
        published: `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`,
        paragraphs: [`Convoy number${i} crossed the border at dawn.`, `Shared wording ${i % 3 === 0 ? 'alpha' : 'beta'} appears everywhere today.`],
      }),
    );
  }

  it('finds every place of a word hundreds of articles share, and forgets removed ones', () => {
    const items = many(300);
    const index = new SearchIndex();
    for (const { article, analysis } of items) index.addArticle(article, analysis);
    const convoys = index.search('convoy crossed', { kinds: ['sentence'], limit: 1000 });
    expect(convoys.length).toBe(300);
    const alpha = index.search('alpha', { kinds: ['sentence'], limit: 10 });
    expect(alpha.length).toBe(1);
    expect(index.occurrencesOf(alpha[0]!.passage).length).toBe(100);
    for (let i = 0; i < 300; i += 2) index.removeArticle(`a${i}`);
    expect(index.search('convoy crossed', { kinds: ['sentence'], limit: 1000 }).length).toBe(150);
    expect(index.search('number7', { kinds: ['sentence'] }).length).toBe(1);
    expect(index.search('number8', { kinds: ['sentence'] }).length).toBe(0);
    expect(index.occurrencesOf(alpha[0]!.passage).map((o) => o.articleId).sort()).toEqual(
      items.map((x) => x.article.id).filter((_, i) => i % 3 === 0 && i % 2 === 1).sort(),
    );
  });

  it('keeps a shared passage’s text when the article it was first read from leaves', () => {
    const items = many(6);
    const index = new SearchIndex();
    for (const { article, analysis } of items) index.addArticle(article, analysis);
    const [hit] = index.search('beta appears', { kinds: ['sentence'] });
    expect(hit?.passage.text).toBe('Shared wording beta appears everywhere today.');
    index.removeArticle('a1');
    expect(hit?.passage.text).toBe('Shared wording beta appears everywhere today.');
    expect(index.search('beta appears', { kinds: ['sentence'] })[0]?.passage).toBe(hit?.passage);
  });
});
