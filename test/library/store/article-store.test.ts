import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis, Quote } from '../../../src/analysis/types.js';
import type { Article } from '../../../src/corpus/article.js';
import { ArticleStore } from '../../../src/library/store/article-store.js';

const LISTS = ['sentences', 'mentions', 'quotes', 'numbers', 'dates'] as const;

/** An article with a span of every kind, each field optional or not, in a body with curly marks and a Polish name. */
function sample(id = 'articles/a'): { article: Article; analysis: ArticleAnalysis } {
  const p0 = 'LONDON — Łukasz Nowak, the defence minister, said on Friday that 5,200 troops would stay.';
  const p1 = '“We will not leave,” he said. Officials met at 14:00 GMT.';
  const junk = 'Share this article';
  const body = `${p0}\n\n${junk}\n\n${p1}`;
  const at = (s: string, from = 0): [number, number] => {
    const i = body.indexOf(s, from);
    return [i, i + s.length];
  };
  const span = (s: string, from = 0) => {
    const [start, end] = at(s, from);
    return { start, end, text: s };
  };
  const p1Start = body.indexOf(p1);
  const article: Article = {
    id,
    path: `${id}.md`,
    title: 'Minister says troops stay',
    outlet: 'Test Wire',
    published: '2020-01-06',
    publishedAt: new Date('2020-01-06T00:00:00Z'),
    url: 'https://example.org/a',
    language: 'en',
    body,
    paragraphs: [
      { index: 0, ...span(p0), lead: true },
      { index: 1, ...span(p1) },
    ],
    removed: [{ ...span(junk), reason: 'share widget' }],
    hash: 'h1',
  };
  const s0 = p0;
  const s1 = '“We will not leave,” he said.';
  const s2 = 'Officials met at 14:00 GMT.';
  const analysis: ArticleAnalysis = {
    articleId: id,
    hash: 'h1',
    version: 4,
    sentences: [
      { id: `${id}#s0`, articleId: id, paragraph: 0, index: 0, ...span(s0) },
      { id: `${id}#s1`, articleId: id, paragraph: 1, index: 1, ...span(s1, p1Start) },
      { id: `${id}#s2`, articleId: id, paragraph: 1, index: 2, ...span(s2, p1Start) },
    ],
    mentions: [
      { ...span('Łukasz Nowak'), type: 'person', sentence: 0, name: 'Łukasz Nowak', role: 'defence minister' },
      { ...span('LONDON'), type: 'place', sentence: 0, name: 'London' },
    ],
    quotes: [
      {
        id: `${id}#q0`, articleId: id, ...span('We will not leave,'), kind: 'direct',
        speaker: { name: 'Łukasz Nowak', kind: 'person', entityId: 'lukasz-nowak', role: 'defence minister', asWritten: 'he' },
        verb: 'said', paragraph: 1, sentence: 1, date: '2020-01-06',
      },
      { id: `${id}#q1`, articleId: id, ...span('Officials met'), kind: 'partial', speaker: { name: 'unknown', kind: 'unknown' }, verb: null, paragraph: 1, sentence: 2, date: '2020-01-06' },
    ],
    numbers: [
      { ...span('5,200 troops'), value: 5200, counts: 'troops', sentence: 0 },
      { ...span('14:00'), value: 14.5, counts: '', unit: 'h', sentence: 2 },
    ],
    dates: [
      { ...span('Friday'), date: '2020-01-03', relative: true, sentence: 0 },
      { ...span('14:00 GMT'), date: '2020-01-06', time: '14:00', relative: false, sentence: 2, precision: 'day', timeZone: 'UTC' },
    ],
  };
  return { article, analysis };
}

/** An Article read from the store as plain data (its getters read once). */
const plain = (a: Article): Article => ({ ...a, body: a.body, paragraphs: a.paragraphs, removed: a.removed });

describe('ArticleStore', () => {
  it('gives back the article and analysis it was given, field for field', () => {
    const { article, analysis } = sample();
    const store = new ArticleStore();
    store.put(article, analysis);
    expect(plain(store.article(article.id)!)).toStrictEqual(article);
    expect(store.analysis(article.id)).toStrictEqual(analysis);
    expect(store.stats()).toMatchObject({ articles: 1, exceptions: 0, wideBodies: 0 });
  });

  it('reads one list or one item without the rest, equal to the whole analysis', () => {
    const { article, analysis } = sample();
    const store = new ArticleStore({ analysesCached: 1 });
    store.put(article, analysis);
    store.put(sample('articles/b').article, sample('articles/b').analysis); // pushes a's analysis out of the cache
    for (const list of LISTS) {
      expect(store.analysisList(article.id, list)).toStrictEqual(analysis[list]);
      analysis[list].forEach((item, i) => expect(store.analysisItem(article.id, list, i)).toStrictEqual(item));
      expect(store.analysisItem(article.id, list, analysis[list].length)).toBeUndefined();
    }
    expect(store.analysisItem('articles/none', 'sentences', 0)).toBeUndefined();
  });

  it('keeps whole what the compact form cannot hold: an ungrounded quote stays ungrounded, unknown fields stay', () => {
    const { article, analysis } = sample();
    const wrong: Quote = { ...analysis.quotes[0]!, text: 'words never printed' };
    const extraField = { ...analysis.sentences[2]!, confidence: 0.5 };
    const odd = {
      ...analysis,
      quotes: [wrong, analysis.quotes[1]!],
      sentences: [analysis.sentences[0]!, analysis.sentences[1]!, extraField],
      model: 'v4',
    } as ArticleAnalysis;
    const store = new ArticleStore();
    store.put({ ...article, tags: ['nato'] } as Article, odd);
    expect(store.analysis(article.id)).toStrictEqual(odd);
    expect(store.analysisItem(article.id, 'quotes', 0)).toStrictEqual(wrong);
    expect(store.analysisItem(article.id, 'sentences', 2)).toStrictEqual(extraField);
    expect(store.analysisItem(article.id, 'quotes', 1)).toStrictEqual(analysis.quotes[1]);
    expect((store.article(article.id) as unknown as { tags: string[] }).tags).toEqual(['nato']);
    expect(store.stats().exceptions).toBe(3);
  });

  it('keeps text in another script as it is', () => {
    const body = 'قال الأمين العام إن المهمة ستستمر. وأضاف أن التدريب سيستأنف قريبا.';
    const article: Article = { ...sample().article, body, paragraphs: [{ index: 0, start: 0, end: body.length, text: body }], removed: [] };
    const analysis: ArticleAnalysis = { ...sample().analysis, sentences: [], mentions: [], quotes: [], numbers: [], dates: [] };
    const store = new ArticleStore();
    store.put(article, analysis);
    expect(plain(store.article(article.id)!)).toStrictEqual(article);
    expect(store.stats().wideBodies).toBe(1);
  });

  it('replaces an article stored again under its id and forgets a deleted one', () => {
    const { article, analysis } = sample();
    const store = new ArticleStore();
    store.put(article, analysis);
    const edited = { ...article, title: 'Edited', hash: 'h2' };
    const stored = store.put(edited, { ...analysis, hash: 'h2' });
    expect(store.size).toBe(1);
    expect(store.article(article.id)).toBe(stored);
    expect(store.article(article.id)?.title).toBe('Edited');
    expect(store.analysis(article.id)?.hash).toBe('h2');
    expect(store.delete(article.id)).toBe(true);
    expect(store.article(article.id)).toBeUndefined();
    expect(store.analysis(article.id)).toBeUndefined();
    expect(store.delete(article.id)).toBe(false);
  });

  it('passes quotes through the transform when rebuilt, and again after forgetAnalyses', () => {
    const { article, analysis } = sample();
    let name = 'Jens Stoltenberg';
    const store = new ArticleStore({ transformQuotes: (qs) => qs.map((q) => ({ ...q, speaker: { ...q.speaker, name } })) });
    store.put(article, analysis);
    expect(store.analysis(article.id)?.quotes[0]?.speaker.name).toBe('Jens Stoltenberg');
    expect(store.analysisItem(article.id, 'quotes', 0)?.speaker.name).toBe('Jens Stoltenberg');
    name = 'J. Stoltenberg';
    store.forgetAnalyses();
    expect(store.analysisList(article.id, 'quotes')?.[1]?.speaker.name).toBe('J. Stoltenberg');
    expect(store.analysis(article.id)?.quotes[0]?.speaker.name).toBe('J. Stoltenberg');
  });

  it('holds any spans of any body: every item reads back as its slice of the body', () => {
    const body = fc.array(fc.oneof(fc.constantFrom('a', 'b', ' ', '.', '“', '”', '’', '—', 'Ł', '\u0085'), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 80 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(body, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }), (text, cuts) => {
        const spans = cuts.map(([x, y]) => {
          const start = x % (text.length + 1);
          return { start, end: start + (y % (text.length - start + 1)) };
        });
        const article: Article = { ...sample().article, body: text, paragraphs: [], removed: [] };
        const analysis: ArticleAnalysis = {
          ...sample().analysis,
          sentences: spans.map((s, i) => ({ id: `${article.id}#s${i}`, articleId: article.id, paragraph: 0, index: i, ...s, text: text.slice(s.start, s.end) })),
          mentions: [],
          quotes: [],
          numbers: [],
          dates: [],
        };
        const store = new ArticleStore();
        store.put(article, analysis);
        expect(store.analysis(article.id)).toStrictEqual(analysis);
        expect(store.article(article.id)?.body).toBe(text);
        expect(store.stats().exceptions).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
