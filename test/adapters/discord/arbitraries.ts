import fc from 'fast-check';
import type { Block, Citation, CitedText, FollowUp, QuoteItem, Reply } from '../../../src/core/reply.js';

/** Replies as hostile as articles and users can make them: mentions, markdown, emoji, huge and empty strings. */

const nasty = fc.constantFrom(
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123>',
  '<@&456>',
  '<#789>',
  '<t:1578300000:R>',
  '<:smile:123>',
  '**bold**',
  '__under__',
  '||spoiler||',
  '~~strike~~',
  '`code`',
  '```block```',
  '# Heading',
  '-# small',
  '> quoted',
  '1. list',
  '[masked](https://evil.example)',
  'https://news.example/a_b_(c)',
  '\\',
  '👍🏽',
  '👨‍👩‍👧‍👦',
  '\n',
  '   ',
);
const word = fc.oneof(fc.stringMatching(/^[A-Za-z]{1,10}$/), nasty, fc.string({ unit: 'grapheme', maxLength: 30 }));
const text = (max: number) => fc.array(word, { maxLength: max }).map((ws) => ws.join(' '));
const longText = fc.oneof({ weight: 4, arbitrary: text(40) }, { weight: 1, arbitrary: text(1200) }, { weight: 1, arbitrary: fc.constant('x'.repeat(9000)) });

const cites = fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 3 });
const cited: fc.Arbitrary<CitedText> = fc.record({ text: longText, cites });
const quote: fc.Arbitrary<QuoteItem> = fc.record({
  text: longText,
  kind: fc.constantFrom('direct' as const, 'partial' as const),
  speaker: text(4),
  speakerRole: fc.option(text(6), { nil: undefined }),
  date: fc.constant('2020-01-06'),
  cite: fc.integer({ min: 1, max: 6 }),
  alsoReportedBy: fc.option(fc.array(fc.record({ outlet: text(3), speaker: text(3), cite: fc.integer({ min: 1, max: 6 }), text: text(20) }), { maxLength: 2 }), { nil: undefined }),
});
const block: fc.Arbitrary<Block> = fc.oneof(
  cited.map((t): Block => ({ type: 'text', text: t })),
  fc.array(cited, { minLength: 1, maxLength: 5 }).map((items): Block => ({ type: 'bullets', items })),
  quote.map((q): Block => ({ type: 'quote', quote: q })),
);
const citation = (n: number): fc.Arbitrary<Citation> =>
  fc.record({
    n: fc.constant(n),
    articleId: fc.constant(`a${n}`),
    path: fc.constant(`a${n}.md`),
    title: fc.oneof(text(12), fc.constant('T'.repeat(3000))),
    outlet: text(3),
    published: fc.constant('2020-01-06T10:00:00Z'),
    url: fc.option(fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)'), fc.constant('https://x.example/a b)(<>')), { nil: undefined }),
  });
const followUp: fc.Arbitrary<FollowUp> = fc.record({ label: text(30), command: fc.oneof(text(5).map((t) => `/quotes ${t}`), fc.constant(`/ask ${'q'.repeat(120)}`)) });

export const anyReply: fc.Arbitrary<Reply> = fc.record({
  kind: fc.constantFrom('brief' as const, 'answer' as const, 'quotes' as const, 'digest' as const, 'error' as const),
  title: fc.oneof(text(8), fc.constant(''), fc.constant('@everyone '.repeat(40))),
  subtitle: fc.option(text(10), { nil: undefined }),
  sections: fc.array(fc.record({ heading: fc.option(text(5), { nil: undefined }), blocks: fc.array(block, { maxLength: 6 }) }), { maxLength: 4 }),
  citations: fc.tuple(...[1, 2, 3, 4, 5, 6].map(citation)),
  followUps: fc.option(fc.array(followUp, { maxLength: 30 }), { nil: undefined }),
});

/** Whether `s` has a `<` not escaped by a backslash: the start of a mention, channel, role, emoji or timestamp. */
export function hasUnescapedAngle(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    if (s[i] === '\\') i += 1;
    else if (s[i] === '<') return true;
  }
  return false;
}
