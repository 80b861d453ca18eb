import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import type { Block, Reply } from '../../src/core/reply.js';
import { composeDigest, type ComposeInput } from '../../src/digest/compose.js';
import type { LedgerEntry } from '../../src/store/types.js';
import { FakeLibrary, type ArticleSpec } from '../fakes/platform/library.js';

const topic = { slug: 'mission', title: 'Training mission' };
const now = new Date('2024-06-05T06:00:00Z');

const older: ArticleSpec = {
  id: 'a-old',
  title: 'Mission paused',
  outlet: 'Wire One',
  published: '2024-06-03',
  url: 'https://example.org/old',
  paragraphs: ['The training mission was paused on Monday after the strike. Officials gave no date for a restart.', '"We will not rush back in," the minister said.'],
  quotes: [{ text: 'We will not rush back in', speaker: 'Jane Roe', role: 'defence minister' }],
};
const newer: ArticleSpec = {
  id: 'b-new',
  title: 'Troops to move',
  outlet: 'Daily Two',
  published: '2024-06-04T15:00:00Z',
  paragraphs: [
    'Hundreds of trainers will move to Kuwait this week, officials said. The move is temporary.',
    'A spokesman said: "Our people are safe and accounted for." He declined to say more.',
  ],
  quotes: [
    { text: 'Our people are safe and accounted for.', speaker: 'John Doe', role: 'spokesman' },
    { text: 'temporary', speaker: 'unknown', kind: 'partial' },
  ],
};

function input(lib: FakeLibrary, over: Partial<ComposeInput> = {}): ComposeInput {
  return { library: lib, topic, articles: lib.articles(), timezone: 'Europe/Brussels', now, ...over };
}

const blocks = (r: Reply, heading: string): Block[] => r.sections.find((s) => s.heading === heading)?.blocks ?? [];
const citedArticle = (r: Reply, n: number) => r.citations.find((c) => c.n === n)?.articleId;

describe('composeDigest', () => {
  it('first digest: newest first, cited summary, verbatim quotes with speaker and date, links, full coverage', () => {
    const lib = new FakeLibrary([older, newer]);
    const d = composeDigest(input(lib));
    expect(d.empty).toBe(false);
    expect(d.reply.kind).toBe('digest');
    expect(d.newArticles).toBe(2);
    expect(d.covers.articleIds).toEqual(['b-new', 'a-old']);
    expect(d.covers.quoteIds.sort()).toEqual(['a-old#q0', 'b-new#q0', 'b-new#q1']);

    const summary = blocks(d.reply, 'What changed');
    expect(summary).toHaveLength(1);
    const items = summary[0]!.type === 'bullets' ? summary[0]!.items : [];
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.length).toBeLessThanOrEqual(4);
    for (const item of items) {
      const art = lib.article(citedArticle(d.reply, item.cites[0]!)!)!;
      expect(art.body).toContain(item.text);
    }
    // Fallback = lead sentences, newest article first.
    expect(items[0]!.text).toBe('Hundreds of trainers will move to Kuwait this week, officials said.');

    const quotes = blocks(d.reply, 'New quotes').flatMap((b) => (b.type === 'quote' ? [b.quote] : []));
    // The unattributed partial quote is covered but never shown.
    expect(quotes.map((q) => [q.text, q.speaker, q.date])).toEqual([
      ['Our people are safe and accounted for.', 'John Doe', '2024-06-04'],
      ['We will not rush back in', 'Jane Roe', '2024-06-03'],
    ]);
    expect(citedArticle(d.reply, quotes[1]!.cite)).toBe('a-old');
    expect(d.reply.citations.find((c) => c.articleId === 'a-old')).toMatchObject({ outlet: 'Wire One', url: 'https://example.org/old' });

    const listed = blocks(d.reply, 'New articles')[0];
    expect(listed?.type === 'bullets' && listed.items.map((i) => i.text)).toEqual(['Troops to move (Daily Two, 4 Jun 2024)', 'Mission paused (Wire One, 3 Jun 2024)']);
    expect(d.reply.subtitle).toBe('2 new articles, 2 new quotes in this first digest');
  });

  it('leaves out what the ledger says was delivered, and says since when', () => {
    const lib = new FakeLibrary([older, newer]);
    const ledger: LedgerEntry = { channel: 'c', topic: 'mission', articleIds: ['a-old'], quoteIds: ['a-old#q0'], lastDeliveredAt: '2024-06-04T06:00:00Z' };
    const d = composeDigest(input(lib, { ledger }));
    expect(d.covers.articleIds).toEqual(['b-new']);
    expect(d.reply.citations.map((c) => c.articleId)).toEqual(['b-new']);
    expect(d.reply.subtitle).toBe('1 new article, 1 new quote since Tue 4 Jun 08:00 CEST');
  });

  it('nothing new: one line with the last delivery time in the subscription zone, nothing covered', () => {
    const lib = new FakeLibrary([older]);
    const ledger: LedgerEntry = { channel: 'c', topic: 'mission', articleIds: ['a-old'], quoteIds: [], lastDeliveredAt: '2024-06-04T12:00:00Z' };
    const d = composeDigest(input(lib, { ledger, timezone: 'America/New_York' }));
    expect(d.empty).toBe(true);
    expect(d.covers).toEqual({ articleIds: [], quoteIds: [] });
    expect(d.reply.sections).toEqual([{ blocks: [{ type: 'text', text: { text: 'No new reporting since Tue 4 Jun 08:00 EDT.', cites: [] } }] }]);
  });

  it('a delayed digest says when it was due', () => {
    const lib = new FakeLibrary([older]);
    const d = composeDigest(input(lib, { delayedFrom: new Date('2024-06-04T06:00:00Z') }));
    const first = d.reply.sections[0]?.blocks[0];
    expect(first?.type === 'text' && first.text.text).toBe('Delayed: this digest was due Tue 4 Jun 08:00 CEST, while sitrep was not running.');
  });

  it('uses the injected summarizer, capped at 4 sentences, and falls back when it throws', () => {
    const lib = new FakeLibrary([older, newer]);
    const d = composeDigest(input(lib), { summarize: () => [{ doc: 1, sentence: 1 }, { doc: 0, sentence: 9 }, { doc: 9, sentence: 0 }, { doc: 1, sentence: 1 }] });
    const items = (blocks(d.reply, 'What changed')[0] as Extract<Block, { type: 'bullets' }>).items;
    // Out-of-range and repeated references are dropped; one valid pick is topped up to 2 with a lead sentence.
    expect(items.map((i) => i.text)).toEqual(['Officials gave no date for a restart.', 'Hundreds of trainers will move to Kuwait this week, officials said.']);

    const failing = composeDigest(input(lib), { summarize: () => { throw new Error('model missing'); }, logger: silentLogger() });
    expect((blocks(failing.reply, 'What changed')[0] as Extract<Block, { type: 'bullets' }>).items).toHaveLength(2);
  });

  it('never shows a sentence or quote that is not verbatim in the article body', () => {
    const lib = new FakeLibrary([newer]);
    const analysis = lib.analysis('b-new')!;
    analysis.sentences[0]!.text = 'Hundreds of trainers will leave Iraq for good, officials said.';
    analysis.quotes[0]!.text = 'Our people are safe.';
    const d = composeDigest(input(lib));
    const shown = JSON.stringify(d.reply);
    expect(shown).not.toContain('for good');
    expect(shown).not.toContain('"Our people are safe."');
    expect(d.covers.quoteIds).toContain('b-new#q0');
  });

  it('lists at most maxArticlesListed titles and counts the rest without dropping them from coverage', () => {
    const many = Array.from({ length: 5 }, (_, i): ArticleSpec => ({ id: `n${i}`, published: `2024-06-0${i + 1}`, paragraphs: [`Sentence number ${i} has enough words here.`] }));
    const lib = new FakeLibrary(many);
    const d = composeDigest(input(lib), { maxArticlesListed: 2 });
    expect(d.covers.articleIds).toHaveLength(5);
    const b = blocks(d.reply, 'New articles');
    expect(b[0]?.type === 'bullets' && b[0].items).toHaveLength(2);
    expect(b[1]?.type === 'text' && b[1].text.text).toBe('3 older new articles not listed; /sources mission lists every source.');
  });

  it('preview changes only the title', () => {
    const lib = new FakeLibrary([older]);
    const a = composeDigest(input(lib));
    const b = composeDigest(input(lib, { preview: true }));
    expect(b.reply.title).toBe('Digest preview: Training mission');
    expect({ ...b.reply, title: a.reply.title }).toEqual(a.reply);
  });
});
