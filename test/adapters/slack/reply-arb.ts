import fc from 'fast-check';
import type { Block, Citation, CitedText, Reply } from '../../../src/core/reply.js';

/** Pieces chosen to break a naive renderer: pings, links, markdown, entities, emoji, joiners, long words. */
const nasty = fc.constantFrom(
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '@here',
  '@channel',
  '<@U12345>',
  '<#C1|general>',
  '<!subteam^S1|@team>',
  '<https://evil.test|click me>',
  '*bold*',
  '_it_',
  '~gone~',
  '`code`',
  '```block```',
  '> quoted',
  '&amp;',
  '&lt;',
  '&',
  '<',
  '>',
  '|',
  ':fire:',
  '😀',
  '👩🏽‍🚀',
  '🇺🇦',
  'é',
  '\u200B',
  '\n',
  '  ',
  'https://example.com/a?b=1&c=<2>',
  'Supercalifragilisticexpialidocious'.repeat(40),
);

const word = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), nasty, fc.constantFrom('the', 'mission', 'said', '.', ',', ' '));
const short = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(' '));
/** Up to ~5,000 characters (well past one section): a phrase repeated, so long inputs stay cheap to generate. */
const long = fc.oneof(
  { weight: 4, arbitrary: short },
  {
    weight: 1,
    arbitrary: fc.tuple(short, fc.integer({ min: 1, max: 400 })).map(([s, n]) => `${s} `.repeat(Math.max(1, Math.min(n, Math.floor(5000 / (s.length + 1)))))),
  },
);

export function replyArb(): fc.Arbitrary<Reply> {
  return fc.integer({ min: 0, max: 12 }).chain((nCites) => {
    const cites = fc.subarray(Array.from({ length: nCites }, (_, i) => i + 1), { maxLength: Math.min(4, nCites) });
    const cite = nCites > 0 ? fc.integer({ min: 1, max: nCites }) : fc.constant(1);
    const cited: fc.Arbitrary<CitedText> = fc.record({ text: long, cites });
    const block: fc.Arbitrary<Block> = fc.oneof(
      fc.record({ type: fc.constant('text' as const), text: cited }),
      fc.record({ type: fc.constant('bullets' as const), items: fc.array(cited, { maxLength: 8 }) }),
      fc.record({
        type: fc.constant('quote' as const),
        quote: fc.record(
          {
            text: long,
            kind: fc.constantFrom('direct' as const, 'partial' as const),
            speaker: short,
            speakerRole: short,
            verb: short,
            date: fc.constant('2020-01-05'),
            cite,
            alsoReportedBy: fc.array(fc.record({ outlet: short, speaker: short, cite, text: long }), { maxLength: 3 }),
          },
          { requiredKeys: ['text', 'kind', 'speaker', 'date', 'cite'] },
        ),
      }),
    );
    const citation: (n: number) => fc.Arbitrary<Citation> = (n) =>
      fc.record({
        n: fc.constant(n),
        articleId: fc.constant(`a${n}`),
        path: fc.constant(`a${n}.md`),
        title: long,
        outlet: short,
        published: fc.constant('2020-01-05T08:00:00Z'),
        url: fc.option(fc.oneof(fc.webUrl(), short), { nil: undefined }),
      });
    return fc.record(
      {
        kind: fc.constantFrom('brief' as const, 'answer' as const, 'quotes' as const, 'digest' as const, 'error' as const),
        title: fc.oneof({ weight: 5, arbitrary: short }, { weight: 1, arbitrary: long }),
        subtitle: long,
        sections: fc.array(fc.record({ heading: short, blocks: fc.array(block, { maxLength: 10 }) }, { requiredKeys: ['blocks'] }), { maxLength: 4 }),
        citations: fc.tuple(...Array.from({ length: nCites }, (_, i) => citation(i + 1))),
        followUps: fc.array(fc.record({ label: short, command: short }), { maxLength: 8 }),
      },
      { requiredKeys: ['kind', 'title', 'sections', 'citations'] },
    );
  });
}
