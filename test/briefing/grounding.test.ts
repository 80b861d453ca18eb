import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/briefing/question/answer.js';
import { enforceGrounding, groundedQuotes } from '../../src/briefing/grounding.js';
import type { Reply } from '../../src/core/reply.js';
import { pino } from 'pino';
import { buildArticle, FixtureLibrary } from '../fixtures/briefing/build.js';
import { agency, daily, story } from '../fixtures/briefing/story.js';
import { ctxFor, quotes, texts } from './helpers.js';

function recordingLogger() {
  const lines: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (s: string) => void lines.push(s) });
  return { logger, lines };
}

describe('grounding', () => {
  it('drops a quote whose offsets no longer match the article body, and logs it', async () => {
    const lib = new FixtureLibrary(story);
    const built = buildArticle(daily);
    const tampered = built.analysis.quotes.map((q) =>
      q.text.startsWith('Iran') ? { ...q, text: 'Iran must be stopped at any cost,', end: q.start + 'Iran must be stopped at any cost,'.length } : q,
    );
    lib.put([{ article: built.article, analysis: { ...built.analysis, quotes: tampered } }]);
    const { logger, lines } = recordingLogger();
    const ctx = { ...ctxFor(lib), logger };
    const r = await answerQuestion('what did Stoltenberg say about Iran?', ctx);
    expect(quotes(r).map((q) => q.text)).not.toContain('Iran must be stopped at any cost,');
    expect(lines.some((l) => l.includes('not verbatim'))).toBe(true);
  });

  it('groundedQuotes keeps exact spans only', () => {
    const { article, analysis } = buildArticle(agency);
    const good = analysis.quotes[0]!;
    const shifted = { ...good, start: good.start + 1, end: good.end + 1 };
    const { logger } = recordingLogger();
    expect(groundedQuotes([{ quote: good, article }, { quote: shifted, article }], logger)).toHaveLength(1);
  });

  it('the final pass removes quote blocks not in the cited article and unquotes paraphrase', () => {
    const lib = new FixtureLibrary(story);
    const a = lib.article(agency.id)!;
    const reply: Reply = {
      kind: 'answer',
      title: 't',
      sections: [
        {
          blocks: [
            { type: 'quote', quote: { text: 'We are watching Iran closely,', kind: 'direct', speaker: 'Mark Esper', date: '2020-01-07', cite: 1 } },
            { type: 'quote', quote: { text: 'We will bomb everything,', kind: 'direct', speaker: 'Mark Esper', date: '2020-01-07', cite: 1 } },
            { type: 'text', text: { text: 'Esper said he was “keeping an eye on Tehran”.', cites: [1] } },
            { type: 'text', text: { text: 'Officials said “on Tuesday”.', cites: [1] } },
          ],
        },
      ],
      citations: [{ n: 1, articleId: a.id, path: a.path, title: a.title, outlet: a.outlet, published: a.published }],
    };
    const { logger, lines } = recordingLogger();
    const out = enforceGrounding(reply, lib, logger);
    expect(quotes(out).map((q) => q.text)).toEqual(['We are watching Iran closely,']);
    expect(texts(out).map((t) => t.text)).toEqual(['Esper said he was keeping an eye on Tehran.', 'Officials said “on Tuesday”.']);
    expect(lines.length).toBe(2);
  });
});
