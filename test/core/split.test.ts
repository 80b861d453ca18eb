import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Citation, CitedText, FollowUp, QuoteItem, Reply } from '../../src/core/reply.js';
import { blockCites, plainBlockLength, splitReply, type SplitLimits } from '../../src/core/split.js';

const cite = (n: number): Citation => ({
  n,
  articleId: `a${n}`,
  path: `a${n}.md`,
  title: `T${n}`,
  outlet: 'O',
  published: '2020-01-06',
});
const text = (t: string, cites: number[] = []): Block => ({ type: 'text', text: { text: t, cites } });
const bullets = (...items: string[]): Block => ({ type: 'bullets', items: items.map((t) => ({ text: t, cites: [] })) });
const quoteItem = (t: string, extra: Partial<QuoteItem> = {}): QuoteItem => ({ text: t, kind: 'direct', speaker: 'S', date: 'D', cite: 1, ...extra });
const quote = (t: string, extra: Partial<QuoteItem> = {}): Block => ({ type: 'quote', quote: quoteItem(t, extra) });

/** A reply whose frame measures 0 with the default measure (empty title, no citations), so sizes are exact. */
const bare = (...blocks: Block[]): Reply => ({ kind: 'brief', title: '', sections: [{ blocks }], citations: [] });
const blocksOf = (pages: Reply[]): Block[] => pages.flatMap((p) => p.sections.flatMap((s) => s.blocks));

const limits = (over: Partial<SplitLimits> = {}): SplitLimits => ({
  maxBlockChars: 20,
  maxBlocksPerMessage: 3,
  maxCharsPerMessage: 100,
  ...over,
});

describe('splitReply: the block limit', () => {
  it('keeps a text block of exactly maxBlockChars whole', () => {
    const t = 'Aaaa bbbb. Cccc ddd.'; // 20
    expect(blocksOf(splitReply(bare(text(t)), limits()))).toEqual([text(t)]);
  });

  it('cuts a text block one over the limit at the sentence boundary', () => {
    const t = 'Aaaa bbbb. Cccc dddd.'; // 21
    expect(blocksOf(splitReply(bare(text(t, [2])), limits()))).toEqual([text('Aaaa bbbb.', [2]), text('Cccc dddd.', [2])]);
  });

  it('cuts a text block far over the limit into fragments that each fit and keep every character', () => {
    const t = Array.from({ length: 40 }, (_, i) => `Item ${i} is here.`).join(' ');
    const out = blocksOf(splitReply(bare(text(t)), limits({ maxCharsPerMessage: 1000, maxBlocksPerMessage: 100 })));
    expect(out.length).toBeGreaterThan(20);
    for (const b of out) expect(plainBlockLength(b)).toBeLessThanOrEqual(20);
    expect(out.map((b) => (b.type === 'text' ? b.text.text : '')).join(' ')).toBe(t);
  });

  it('cuts a sentence longer than the limit at words, and a word longer than the limit between graphemes', () => {
    const out = blocksOf(splitReply(bare(text('one two three four five six seven eight')), limits()));
    expect(out).toEqual([text('one two three four'), text('five six seven eight')]);
    const emoji = '👍🏽'.repeat(12); // 4 UTF-16 units each: 48
    const parts = blocksOf(splitReply(bare(text(emoji)), limits()));
    expect(parts.map((b) => (b.type === 'text' ? b.text.text : ''))).toEqual(['👍🏽'.repeat(5), '👍🏽'.repeat(5), '👍🏽'.repeat(2)]);
  });

  it('cuts a bullets block between items, and an over-long item like text', () => {
    const out = blocksOf(splitReply(bare(bullets('aaaaaaaa', 'bbbbbbbbbbb', 'ccccc', 'Dd dd dd. Ee ee ee ee ee.')), limits()));
    expect(out).toEqual([bullets('aaaaaaaa', 'bbbbbbbbbbb'), bullets('ccccc', 'Dd dd dd.'), bullets('Ee ee ee ee ee.')]);
  });

  it('never truncates: no fragment ends in an ellipsis the source did not have', () => {
    const t = 'word '.repeat(500).trim();
    const out = blocksOf(splitReply(bare(text(t)), limits({ maxBlocksPerMessage: 1000, maxCharsPerMessage: 10_000 })));
    expect(out.every((b) => b.type === 'text' && !b.text.text.includes('…') && !b.text.text.includes('...'))).toBe(true);
  });
});

describe('splitReply: quotes are never cut to fit', () => {
  const q = (n: number) => 'q'.repeat(n - 2); // speaker "S" + date "D" add 2

  it('keeps a quote of exactly maxBlockChars with its neighbours', () => {
    const pages = splitReply(bare(text('a'), quote(q(20)), text('b')), limits());
    expect(pages).toHaveLength(1);
  });

  it('moves a quote one over maxBlockChars whole onto a page of its own', () => {
    const pages = splitReply(bare(text('a'), quote(q(21)), text('b')), limits({ maxQuoteChars: 60 }));
    expect(pages.map((p) => blocksOf([p]))).toEqual([[text('a')], [quote(q(21))], [text('b')]]);
  });

  it('moves a quote far over maxBlockChars but within maxQuoteChars whole too', () => {
    const pages = splitReply(bare(quote(q(60))), limits({ maxQuoteChars: 60 }));
    expect(blocksOf(pages)).toEqual([quote(q(60))]);
  });

  it('cuts only a quote over maxQuoteChars, into marked parts that keep the attribution', () => {
    const words = 'Every word counts here. We said it twice. We mean it.'; // 53 + 2
    const also = [{ outlet: 'X', speaker: 'Y', cite: 2, text: 'same' }];
    const out = blocksOf(splitReply(bare(quote(words, { alsoReportedBy: also })), limits({ maxQuoteChars: 54 })));
    expect(out).toEqual([
      { type: 'quote', quote: quoteItem('Every word counts here. We said it twice.'), part: { n: 1, of: 2 } },
      { type: 'quote', quote: quoteItem('We mean it.', { alsoReportedBy: also }), part: { n: 2, of: 2 } },
    ]);
  });
});

describe('splitReply: the page limits', () => {
  it('keeps exactly maxBlocksPerMessage blocks on one page, moves one more to a second, spreads far more', () => {
    expect(splitReply(bare(text('a'), text('b'), text('c')), limits())).toHaveLength(1);
    expect(splitReply(bare(text('a'), text('b'), text('c'), text('d')), limits()).map((p) => blocksOf([p]).length)).toEqual([3, 1]);
    const many = splitReply(bare(...Array.from({ length: 31 }, () => text('x'))), limits());
    expect(many.map((p) => blocksOf([p]).length)).toEqual([...Array<number>(10).fill(3), 1]);
  });

  it('fills a page to exactly maxCharsPerMessage and starts a new one one char over', () => {
    const twenty = 'x'.repeat(20);
    const five = Array.from({ length: 5 }, () => text(twenty));
    expect(splitReply(bare(...five), limits({ maxBlocksPerMessage: 10 }))).toHaveLength(1);
    const pages = splitReply(bare(...five, text('y')), limits({ maxBlocksPerMessage: 10 }));
    expect(pages.map((p) => blocksOf([p]).length)).toEqual([5, 1]);
  });

  it('counts the frame (title, headings, citations) against the page budget', () => {
    const reply: Reply = { kind: 'brief', title: 'x'.repeat(40), sections: [{ blocks: [text('y'.repeat(20)), text('z'.repeat(20)), text('w'.repeat(20))] }], citations: [] };
    expect(splitReply(reply, limits({ maxCharsPerMessage: 100 }))).toHaveLength(1);
    expect(splitReply(reply, limits({ maxCharsPerMessage: 99 })).map((p) => blocksOf([p]).length)).toEqual([2, 1]);
  });
});

describe('splitReply: what each page carries', () => {
  const reply: Reply = {
    kind: 'brief',
    title: 'Brief',
    subtitle: 'as of today',
    sections: [
      { heading: 'Lead', blocks: [text('a'.repeat(15), [1]), text('b'.repeat(15), [2])] },
      { heading: 'More', blocks: [text('c'.repeat(15), [1])] },
    ],
    citations: [cite(1), cite(2), cite(3)],
    followUps: [{ label: 'Quotes', command: '/quotes' }],
  };
  const pages = splitReply(reply, { maxBlockChars: 20, maxBlocksPerMessage: 1, maxCharsPerMessage: 1000 });

  it('keeps the title on every page, the subtitle on the first and follow-ups on the last', () => {
    expect(pages.map((p) => [p.title, p.subtitle, p.followUps?.length])).toEqual([
      ['Brief', 'as of today', undefined],
      ['Brief', undefined, undefined],
      ['Brief', undefined, 1],
    ]);
  });

  it('puts each heading once, on the page with its first block', () => {
    expect(pages.map((p) => p.sections.map((s) => s.heading))).toEqual([['Lead'], [undefined], ['More']]);
  });

  it('gives each page the citations it references, original numbers, and unreferenced ones on the last', () => {
    expect(pages.map((p) => p.citations.map((c) => c.n))).toEqual([[1], [2], [1, 3]]);
  });

  it('returns one page for a reply with no blocks', () => {
    expect(splitReply({ kind: 'info', title: 't', sections: [], citations: [cite(1)] }, limits())).toEqual([
      { kind: 'info', title: 't', sections: [], citations: [cite(1)] },
    ]);
  });
});

// ---- properties ----

const word = fc.oneof(
  fc.stringMatching(/^[A-Za-z]{1,12}$/),
  fc.constantFrom('@everyone', '<@123>', '**bold**', '👍🏽', 'https://example.com/a_b', 'Mr.', 'U.S.'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
);
const sentence = fc.array(word, { minLength: 1, maxLength: 30 }).map((ws) => `${ws.join(' ')}${'.!?'[ws.length % 3] ?? '.'}`);
const prose = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((ss) => ss.join(' '));
const cited: fc.Arbitrary<CitedText> = fc.record({ text: prose, cites: fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 2 }) });
const block: fc.Arbitrary<Block> = fc.oneof(
  cited.map((t): Block => ({ type: 'text', text: t })),
  fc.array(cited, { minLength: 1, maxLength: 6 }).map((items): Block => ({ type: 'bullets', items })),
  fc.record({ text: prose, cite: fc.integer({ min: 1, max: 4 }) }).map((q): Block => quote(q.text, { cite: q.cite })),
);
const replyArb: fc.Arbitrary<Reply> = fc.record({
  sections: fc.array(fc.record({ heading: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }), blocks: fc.array(block, { maxLength: 6 }) }), { maxLength: 4 }),
  followUps: fc.option(fc.constant([{ label: 'More', command: '/more' }] as FollowUp[]), { nil: undefined }),
}).map((r): Reply => ({ kind: 'brief', title: 'Title', sections: r.sections, citations: [1, 2, 3, 4, 5].map(cite), followUps: r.followUps }));

const limitsArb: fc.Arbitrary<SplitLimits> = fc
  .record({ block: fc.integer({ min: 40, max: 300 }), quoteExtra: fc.integer({ min: 0, max: 300 }), blocks: fc.integer({ min: 1, max: 8 }), pageExtra: fc.integer({ min: 0, max: 400 }) })
  .map((l) => ({ maxBlockChars: l.block, maxQuoteChars: l.block + l.quoteExtra, maxBlocksPerMessage: l.blocks, maxCharsPerMessage: l.block + l.quoteExtra + 60 + l.pageExtra }));

/** A measure like a markup renderer's: escapes double some characters, citation markers add length. */
const markupMeasure = (b: Block): number => {
  const words = b.type === 'text' ? b.text.text : b.type === 'bullets' ? b.items.map((i) => i.text).join('\n') : `${b.quote.text}${b.quote.speaker}`;
  return words.length + (words.match(/[*_~`>|\\]/g)?.length ?? 0) + 3 * blockCites(b).length + (b.type === 'quote' && b.part ? 12 : 0);
};

const squash = (s: string): string => s.replace(/\s+/g, '');
function streams(blocks: Block[]): Record<Block['type'], string> {
  const out = { text: '', bullets: '', quote: '' };
  for (const b of blocks) {
    if (b.type === 'text') out.text += squash(b.text.text);
    if (b.type === 'bullets') out.bullets += b.items.map((i) => squash(i.text)).join('');
    if (b.type === 'quote') out.quote += squash(b.quote.text);
  }
  return out;
}

describe('splitReply properties', () => {
  for (const [name, measure] of [['plain', plainBlockLength], ['markup', markupMeasure]] as const) {
    it(`every page respects the limits, and pages lose and duplicate nothing (${name} measure)`, () => {
      fc.assert(
        fc.property(replyArb, limitsArb, (reply, lim) => {
          const l = { ...lim, measure };
          const pages = splitReply(reply, l);
          const original = reply.sections.flatMap((s) => s.blocks);
          const after = blocksOf(pages);
          expect(streams(after)).toEqual(streams(original));
          expect(pages.flatMap((p) => p.sections.map((s) => s.heading)).filter((h) => h !== undefined)).toEqual(
            reply.sections.map((s) => s.heading).filter((h) => h !== undefined),
          );
          // Quotes that fit a page stay whole, exactly once, in order.
          const wholeQuotes = original.filter((b) => b.type === 'quote' && measure(b) <= (l.maxQuoteChars ?? 0));
          expect(after.filter((b) => b.type === 'quote' && !b.part)).toEqual(wholeQuotes);
          for (const [i, page] of pages.entries()) {
            const blocks = blocksOf([page]);
            expect(blocks.length).toBeLessThanOrEqual(l.maxBlocksPerMessage);
            for (const b of blocks) {
              const size = measure(b);
              // Above the block limit only a quote (whole or a part), alone on its page, within the quote limit.
              if (size > l.maxBlockChars) expect(b.type === 'quote' && blocks.length === 1 && size <= (l.maxQuoteChars ?? 0)).toBe(true);
            }
            const frame = page.title.length + (page.subtitle?.length ?? 0) + page.sections.reduce((n, s) => n + (s.heading?.length ?? 0), 0) +
              page.citations.reduce((n, c) => n + c.title.length + c.outlet.length, 0) + (page.followUps ?? []).reduce((n, f) => n + f.label.length, 0);
            if (blocks.length > 1) expect(frame + blocks.reduce((n, b) => n + measure(b), 0)).toBeLessThanOrEqual(l.maxCharsPerMessage);
            const own = new Set(page.citations.map((c) => c.n));
            for (const n of blocks.flatMap(blockCites)) expect(own.has(n)).toBe(true);
            expect(page.followUps === undefined || i === pages.length - 1).toBe(true);
          }
          expect(new Set(pages.flatMap((p) => p.citations.map((c) => c.n)))).toEqual(new Set(reply.citations.map((c) => c.n)));
          expect(pages.at(-1)?.followUps).toEqual(reply.followUps);
        }),
        { numRuns: 100 },
      );
    });
  }
});
