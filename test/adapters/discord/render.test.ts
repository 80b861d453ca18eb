import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/reply.js';
import { escapeMarkdown, linkTarget } from '../../../adapters/discord/escape.js';
import { renderReply } from '../../../adapters/discord/render.js';
import { messageViolations } from '../../fakes/discord/limits.js';
import { anyReply, hasUnescapedAngle } from './arbitraries.js';
import { cite, quoteBlock } from './harness.js';

describe('escapeMarkdown', () => {
  it.each([
    ['**bold** and __under__', '\\*\\*bold\\*\\* and \\_\\_under\\_\\_'],
    ['||spoiler|| ~~gone~~ `code`', '\\|\\|spoiler\\|\\| \\~\\~gone\\~\\~ \\`code\\`'],
    ['<@123> <@&4> <#5> <t:1:R>', '\\<@123\\> \\<@&4\\> \\<#5\\> \\<t:1:R\\>'],
    ['# big\n-# small\n- item\n1. first\n> quote', '\\# big\n\\-# small\n\\- item\n1\\. first\n\\> quote'],
    ['[label](https://x.example)', '\\[label\\](https://x.example)'],
    ['a well-known #1 story', 'a well-known #1 story'],
    ['see https://news.example/a_b_c now', 'see https://news.example/a_b_c now'],
    ['back\\slash', 'back\\\\slash'],
    ['@everyone 👍🏽', '@everyone 👍🏽'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('only links http(s) targets, and encodes what would end a masked link', () => {
    expect(linkTarget('javascript:alert(1)')).toBeUndefined();
    expect(linkTarget('not a url')).toBeUndefined();
    expect(linkTarget('https://x.example/a (b)')).toBe('https://x.example/a%20%28b%29');
  });
});

const sized = (n: number, cites: number[] = []): Reply => ({
  kind: 'brief',
  title: 'T',
  sections: [{ blocks: [{ type: 'text', text: { text: 'x'.repeat(n), cites } }] }],
  citations: [],
});

describe('renderReply', () => {
  it('puts a short reply in one message with one embed', () => {
    const [m, ...rest] = renderReply(sized(10));
    expect(rest).toEqual([]);
    expect(m?.embeds).toEqual([{ title: 'T', description: 'x'.repeat(10), color: expect.any(Number) }]);
  });

  it('keeps a 3,000-char text block whole, cuts one a char over, and spreads a far longer one', () => {
    const lengths = (r: Reply) => renderReply(r).map((m) => m.embeds.map((e) => e.description?.length));
    // 2,998 chars + the 2-char separator the measure counts = the 3,000 block limit.
    expect(lengths(sized(2998))).toEqual([[2998]]);
    // One over: two fragments, still one page, so one description "2998 x's, blank line, 1 x".
    expect(lengths(sized(2999))).toEqual([[2998 + 2 + 1]]);
    const far = renderReply(sized(20_000));
    expect(far.length).toBeGreaterThan(3);
    expect(far.flatMap((m) => m.embeds.map((e) => e.description)).join('').replace(/\n/g, '')).toBe('x'.repeat(20_000));
    for (const m of far) expect(messageViolations(m)).toEqual([]);
  });

  it('fills a message up to the 6,000 total (less the footer room) and no further', () => {
    const two = (n: number): Reply => ({ ...sized(0), sections: [{ blocks: [0, 1].map(() => ({ type: 'text' as const, text: { text: 'y'.repeat(n), cites: [] } })) }] });
    // Budget 6,000 - 9 footer room = 5,991 >= title 1 + 2 x (2,993 + 2 separator).
    expect(renderReply(two(2993))).toHaveLength(1);
    expect(renderReply(two(2994))).toHaveLength(2);
    expect(renderReply(two(2993))[0]?.embeds.map((e) => e.description?.length)).toEqual([2993, 2993]);
  });

  it('moves a long quote whole to a message of its own, and cuts only one no description can hold, marked', () => {
    const q = (n: number) => `${'word '.repeat(n / 5).trim()}.`;
    const reply = (text: string): Reply => ({ kind: 'quotes', title: 'Q', sections: [{ blocks: [{ type: 'text', text: { text: 'intro', cites: [] } }, quoteBlock(text)] }], citations: [cite(1)] });
    const one = renderReply(reply(q(3500)));
    expect(one).toHaveLength(2);
    expect(one[0]?.embeds.map((e) => e.description)).toEqual(['intro']);
    expect(one[1]?.embeds[0]?.description).toContain(`“${q(3500)}”`);
    const cut = renderReply(reply(q(9000)));
    const descs = cut.flatMap((m) => m.embeds.map((e) => e.description ?? ''));
    expect(descs.filter((d) => d.includes('*(part '))).toEqual([expect.stringContaining('*(part 1 of 3)*'), expect.stringContaining('*(part 2 of 3)*'), expect.stringContaining('*(part 3 of 3)*')]);
    expect(descs.filter((d) => d.includes('**Jens Stoltenberg**'))).toHaveLength(3);
    for (const m of cut) expect(messageViolations(m)).toEqual([]);
  });

  it('writes the idempotency key and page marker in the footer of every message', () => {
    const pages = renderReply(sized(9000), { idempotencyKey: 'k1' });
    expect(pages.map((m) => m.embeds.at(-1)?.footer?.text)).toEqual(pages.map((_, i) => `${i + 1}/${pages.length} · id k1`));
  });

  it('puts a title too long for an embed title in the text instead of cutting it', () => {
    const title = 'Long '.repeat(60).trim();
    const [m] = renderReply({ ...sized(5), title });
    expect(m?.embeds[0]?.title).toBeUndefined();
    expect(m?.embeds[0]?.description).toContain(`**${title}**`);
  });

  it('renders any reply within every Discord limit, with no live mention syntax and nothing truncated', () => {
    fc.assert(
      fc.property(anyReply, fc.option(fc.stringMatching(/^[a-z0-9|:-]{1,60}$/), { nil: undefined }), (reply, key) => {
        const messages = renderReply(reply, key !== undefined ? { idempotencyKey: key } : {});
        expect(messages.length).toBeGreaterThan(0);
        for (const m of messages) {
          expect(messageViolations(m)).toEqual([]);
          for (const e of m.embeds) {
            expect(hasUnescapedAngle(e.title ?? '')).toBe(false);
            expect(hasUnescapedAngle(e.description ?? '')).toBe(false);
          }
        }
        const out = JSON.stringify(messages);
        if (!JSON.stringify(reply).includes('...')) expect(out).not.toContain('...');
        if (!JSON.stringify(reply).includes('…')) expect(out).not.toContain('…');
        // Every quote that fits a description is shown whole exactly once.
        const descs = messages.flatMap((m) => m.embeds.map((e) => e.description ?? ''));
        for (const s of reply.sections) {
          for (const b of s.blocks) {
            const shown = `“${escapeMarkdown(b.type === 'quote' ? b.quote.text : '').replace(/\n/g, '\n> ')}”`;
            if (b.type === 'quote' && shown.length < 3000 && b.quote.text.trim() !== '') {
              expect(descs.filter((d) => d.includes(shown)).length).toBeGreaterThanOrEqual(1);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
