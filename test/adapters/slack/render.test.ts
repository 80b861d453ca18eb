import { describe, expect, it } from 'vitest';
import type { Block, Citation, QuoteItem, Reply } from '../../../src/core/reply.js';
import { SLACK_LIMITS, type SlackBlock, type SlackMessage } from '../../../adapters/slack/blocks.js';
import { checkMessage, renderPage, renderReply } from '../../../adapters/slack/render.js';
import { escapeMrkdwn, escapeText, link, slackToPlain } from '../../../adapters/slack/escape.js';
import { pingsOrLinks, allTexts } from './slack-checks.js';

const cite = (n: number, extra: Partial<Citation> = {}): Citation => ({
  n,
  articleId: `a${n}`,
  path: `a${n}.md`,
  title: `Article ${n}`,
  outlet: 'Reuters',
  published: '2020-01-05T10:00:00Z',
  url: `https://example.com/${n}`,
  ...extra,
});

const quote = (text: string, extra: Partial<QuoteItem> = {}): Block => ({
  type: 'quote',
  quote: { text, kind: 'direct', speaker: 'Jens Stoltenberg', speakerRole: 'NATO secretary-general', verb: 'said', date: '2020-01-05', cite: 1, ...extra },
});

const sentence = (i: number): string => `Sentence number ${i} says something about the mission and its future in the region.`;

/** Texts of the plain_text sections: where body words go. */
const plainSections = (m: SlackMessage): string[] =>
  m.blocks.flatMap((b) => (b.type === 'section' && b.text.type === 'plain_text' ? [b.text.text] : []));

/** The plain words a message shows, entities decoded, for checking nothing is lost. */
const shown = (m: SlackMessage): string => slackToPlain(allTexts(m).join('\n'));

describe('rendering one page', () => {
  it('shows title, subtitle, cited text, the quote with speaker, role, outlet, date and link, and numbered sources', () => {
    const reply: Reply = {
      kind: 'quotes',
      title: 'Quotes: iraq-mission',
      subtitle: 'As of 6 Jan 2020',
      sections: [
        { heading: 'What was said', blocks: [quote('Training has been suspended.')] },
        { blocks: [{ type: 'text', text: { text: 'The mission had 500 trainers.', cites: [1, 2] } }] },
      ],
      citations: [cite(1), cite(2, { outlet: 'AP', url: undefined })],
    };
    const [m, ...rest] = renderReply(reply);
    expect(rest).toEqual([]);
    expect(m?.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Quotes: iraq-mission', emoji: true } });
    const all = allTexts(m!).join('\n');
    expect(all).toContain('“Training has been suspended.”');
    expect(all).toContain('— Jens Stoltenberg, NATO secretary-general (said) · Reuters · 2020-01-05');
    expect(all).toContain('<https://example.com/1|[1]>');
    expect(all).toContain('The mission had 500 trainers. [1][2]');
    expect(all).toContain('[1] <https://example.com/1|Article 1> · Reuters · 2020-01-05');
    expect(all).toContain('[2] Article 2 · AP · 2020-01-05');
    expect(all).toContain('*What was said*');
  });

  it('keeps verbatim words in plain_text, so article markdown cannot restyle a quote', () => {
    const [m] = renderReply({ kind: 'quotes', title: 'Q', sections: [{ blocks: [quote('We *will not* leave _now_ ~ever~ `ok`')] }], citations: [cite(1)] });
    const body = m?.blocks.find((b) => b.type === 'section' && b.text.text.includes('will not')) as Extract<SlackBlock, { type: 'section' }>;
    expect(body.text).toEqual({ type: 'plain_text', text: '“We *will not* leave _now_ ~ever~ `ok`”', emoji: true });
  });

  it('marks a quote cut into parts, and shows what other outlets printed', () => {
    const [m] = renderReply({
      kind: 'quotes',
      title: 'Q',
      sections: [
        {
          blocks: [
            {
              type: 'quote',
              part: { n: 1, of: 2 },
              quote: { text: 'First half', kind: 'direct', speaker: 'A', date: '2020-01-05', cite: 1, alsoReportedBy: [{ outlet: 'AFP', speaker: 'a spokesman', cite: 2, text: 'Other words' }] },
            },
          ],
        },
      ],
      citations: [cite(1), cite(2)],
    });
    const all = allTexts(m!).join('\n');
    expect(all).toContain('part 1 of 2');
    expect(all).toContain('Also in AFP, attributed to a spokesman: “Other words”');
  });

  it('puts a title over the header limit in a section instead of cutting it', () => {
    const title = 'T'.repeat(SLACK_LIMITS.headerChars + 1);
    const m = renderPage({ kind: 'info', title, sections: [], citations: [] });
    expect(m.blocks.some((b) => b.type === 'header')).toBe(false);
    expect(shown(m)).toContain(title);
    checkMessage(m);
  });

  it('keeps a header exactly at the limit', () => {
    const m = renderPage({ kind: 'info', title: 'T'.repeat(SLACK_LIMITS.headerChars), sections: [], citations: [] });
    expect(m.blocks[0]?.type).toBe('header');
  });
});

describe('escaping', () => {
  const hostile = 'Hey <!channel> and <!here> and <@U1> and <#C1|general> & <https://evil.test|click> a > b';

  it('escapes & < > in every piece of user and article text', () => {
    const reply: Reply = {
      kind: 'answer',
      title: hostile,
      subtitle: hostile,
      sections: [
        {
          heading: hostile,
          blocks: [
            { type: 'text', text: { text: hostile, cites: [1] } },
            { type: 'bullets', items: [{ text: hostile, cites: [] }] },
            quote(hostile, { speaker: hostile, speakerRole: hostile, verb: hostile, alsoReportedBy: [{ outlet: hostile, speaker: hostile, cite: 1, text: hostile }] }),
          ],
        },
      ],
      citations: [cite(1, { title: hostile, outlet: hostile })],
      followUps: [{ label: hostile.slice(0, 40), command: '/ask <!channel>' }],
    };
    const messages = renderReply(reply);
    for (const m of messages) {
      expect(pingsOrLinks(m)).toEqual([]);
      // Button values are not shown: they carry the command back to us on click.
      const shownJson = JSON.stringify(m.blocks.map((b) => (b.type === 'actions' ? b.elements.map((e) => e.text) : b)));
      expect(shownJson).not.toMatch(/<[!@#]/);
      expect(m.text).not.toMatch(/[<>]/);
    }
    const all = messages.map(shown).join('\n');
    expect(all).toContain(hostile); // nothing lost: the words all come back once entities are decoded
  });

  it('escapes exactly the three control characters', () => {
    expect(escapeText('a & b < c > d "e" \'f\'')).toBe('a &amp; b &lt; c &gt; d "e" \'f\'');
    expect(escapeText('&amp;')).toBe('&amp;amp;');
  });

  it('fences mrkdwn markers in frame text so they cannot pair up', () => {
    expect(escapeMrkdwn('*bold*')).toBe('\u200B*\u200Bbold\u200B*\u200B');
    expect(link('https://x.test/a?b=1&c=2', 'A|B <C>')).toBe('<https://x.test/a?b=1&amp;c=2|A¦B &lt;C&gt;>');
  });

  it('only links http(s) URLs', () => {
    expect(link('javascript:alert(1)', 'x')).toBe('x');
    expect(link('not a url', 'x')).toBe('x');
    expect(link('https://x.test/<script>|', 'x')).toBe('<https://x.test/%3Cscript%3E%7C|x>');
  });
});

describe('long replies', () => {
  it('splits into several messages, every one within the limits, without cutting a quote', () => {
    const quotes = Array.from({ length: 12 }, (_, i) => quote(`Quote ${i}: ${'we will stay the course and train the forces, '.repeat(30)}end ${i}.`));
    const texts = Array.from({ length: 40 }, (_, i): Block => ({ type: 'text', text: { text: sentence(i).repeat(8), cites: [1] } }));
    const reply: Reply = {
      kind: 'brief',
      title: 'Brief: iraq-mission',
      sections: [
        { heading: 'Summary', blocks: texts },
        { heading: 'Quotes', blocks: quotes },
      ],
      citations: [cite(1)],
      followUps: [{ label: 'Timeline', command: '/timeline iraq-mission' }],
    };
    const messages = renderReply(reply);
    expect(messages.length).toBeGreaterThan(2);
    messages.forEach(checkMessage);
    const everything = messages.map((m) => allTexts(m).join('\n')).join('\n');
    for (let i = 0; i < 12; i += 1) {
      // Each quote's body is one piece of text, whole, in one section of one message.
      const holders = messages.flatMap((m) => allTexts(m).filter((t) => t.includes(`Quote ${i}:`)));
      expect(holders).toHaveLength(1);
      expect(holders[0]).toContain(`end ${i}.”`);
    }
    expect(everything.match(/Sentence number 39/g)).toHaveLength(8);
    // Follow-ups only on the last page; every page says which reply it belongs to and where it is.
    expect(messages.slice(0, -1).every((m) => m.blocks.every((b) => b.type !== 'actions'))).toBe(true);
    expect(messages.at(-1)?.blocks.some((b) => b.type === 'actions')).toBe(true);
    messages.forEach((m, i) => {
      expect(m.text).toBe(`Brief: iraq-mission (part ${i + 1} of ${messages.length})`);
      expect(allTexts(m)).toContain(`part ${i + 1} of ${messages.length}`);
    });
  });

  it('shows a quote longer than one section across several sections of the same message', () => {
    const long = `${'All training activities are suspended until further notice. '.repeat(70)}Final words.`;
    const messages = renderReply({ kind: 'quotes', title: 'Q', sections: [{ blocks: [quote(long)] }], citations: [cite(1)] });
    expect(messages).toHaveLength(1);
    const sections = plainSections(messages[0]!);
    expect(sections.length).toBeGreaterThan(1);
    expect(slackToPlain(sections.join(' '))).toBe(`“${long}”`);
  });

  it('splits a reply exactly at, one over and far over the section limit', () => {
    const at = 'x'.repeat(SLACK_LIMITS.textChars);
    const over = `${'word '.repeat(600)}`.trim(); // 2,999 chars
    const far = 'abcd '.repeat(5000).trim();
    for (const text of [at, `${at}y`, over, far]) {
      const messages = renderReply({ kind: 'info', title: 'T', sections: [{ blocks: [{ type: 'text', text: { text, cites: [] } }] }], citations: [] });
      messages.forEach(checkMessage);
      const words = messages.flatMap(plainSections);
      // Cuts fall at spaces or, in a word longer than a section, between characters: no character lost or added.
      expect(words.join('').replace(/\s+/g, '') === text.replace(/\s+/g, '')).toBe(true);
    }
  });

  it('escaping counts toward the limit: a section of 1,000 ampersands is 5,000 chars and is cut', () => {
    const text = '& '.repeat(1000).trim();
    const messages = renderReply({ kind: 'info', title: 'T', sections: [{ blocks: [{ type: 'text', text: { text, cites: [] } }] }], citations: [] });
    messages.forEach(checkMessage);
    expect(messages.flatMap(plainSections).length).toBeGreaterThan(1);
  });
});
