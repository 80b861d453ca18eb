import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText } from '../../../adapters/slack/escape.js';
import { SLACK_LIMITS } from '../../../adapters/slack/blocks.js';
import { checkMessage, renderReply } from '../../../adapters/slack/render.js';
import { allTexts, pingsOrLinks } from './slack-checks.js';
import { replyArb } from './reply-arb.js';

describe('Slack rendering of any reply', () => {
  it('stays within every Slack limit and pings no one', () => {
    fc.assert(
      fc.property(replyArb(), (reply) => {
        const messages = renderReply(reply);
        expect(messages.length).toBeGreaterThan(0);
        for (const m of messages) {
          checkMessage(m);
          expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
          expect(pingsOrLinks(m)).toEqual([]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('shows every quote that fits a section whole, in one section of one message', () => {
    fc.assert(
      fc.property(replyArb(), (reply) => {
        const shown = new Set(renderReply(reply).flatMap(allTexts));
        const quotes = reply.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'quote' ? [b.quote.text] : [])));
        for (const q of quotes) {
          const rendered = escapeText(`“${q}”`.trim());
          if (rendered.length <= SLACK_LIMITS.textChars) expect(shown.has(rendered)).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });
});
