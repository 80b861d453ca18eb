import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConsoleAdapter } from '../../../adapters/console/index.js';
import { renderText } from '../../../adapters/console/render.js';
import type { ChatInput } from '../../../src/core/input.js';
import type { Reply } from '../../../src/core/reply.js';

const reply: Reply = {
  kind: 'brief',
  title: 'Iraq mission',
  subtitle: 'As of 2020-01-06',
  sections: [
    { heading: 'Summary', blocks: [{ type: 'text', text: { text: 'NATO suspended training in Iraq.', cites: [1, 2] } }] },
    {
      heading: 'Quotes',
      blocks: [
        {
          type: 'quote',
          quote: {
            text: 'We are keeping the situation under close review',
            kind: 'direct',
            speaker: 'Jens Stoltenberg',
            speakerRole: 'NATO secretary-general',
            verb: 'said',
            date: '2020-01-06',
            cite: 2,
          },
        },
      ],
    },
    { blocks: [{ type: 'bullets', items: [{ text: '850 personnel', cites: [2] }] }] },
  ],
  citations: [
    { n: 1, articleId: 'a', path: 'articles/a.md', title: 'A', outlet: 'AFP', published: '2020-01-06' },
    { n: 2, articleId: 'b', path: 'articles/b.md', title: 'B', outlet: 'Toronto Star', published: '2020-01-06', url: 'https://example.org/b' },
  ],
  followUps: [{ label: 'Timeline', command: '/timeline iraq-mission' }],
};

describe('renderText', () => {
  it('renders markers, verbatim quotes with speaker and a numbered source list', () => {
    const text = renderText(reply);
    expect(text).toContain('NATO suspended training in Iraq. [1][2]');
    expect(text).toContain('“We are keeping the situation under close review”');
    expect(text).toContain('— Jens Stoltenberg, NATO secretary-general (said) · 2020-01-06 [2]');
    expect(text).toMatch(/\[2\] Toronto Star — “B”, 2020-01-06 https:\/\/example\.org\/b/);
    expect(text).toContain('Timeline → /timeline iraq-mission');
  });

  it('wraps long prose to the width without losing words', () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const text = renderText({ kind: 'info', title: 't', sections: [{ blocks: [{ type: 'text', text: { text: long, cites: [] } }] }], citations: [] }, { width: 40 });
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(text.replace(/\s+/g, ' ')).toContain(long);
  });
});

describe('ConsoleAdapter', () => {
  it('answers each line in order and finishes at end of input', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    const seen: ChatInput[] = [];
    const adapter = new ConsoleAdapter({ input, output, interactive: false });
    await adapter.start(async (i) => {
      seen.push(i);
      return { kind: 'info', title: `echo ${i.text}`, sections: [], citations: [] };
    });
    input.write('/brief iraq-mission\n\nwho said it?\n');
    input.end();
    await adapter.done();
    expect(seen.map((s) => s.text)).toEqual(['/brief iraq-mission', 'who said it?']);
    expect(seen[0]).toMatchObject({ platform: 'console', channel: 'console:local', user: { canManage: true } });
    expect(printed.indexOf('ECHO /BRIEF IRAQ-MISSION')).toBeLessThan(printed.indexOf('ECHO WHO SAID IT?'));
  });

  it('stops reading at /quit', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const seen: string[] = [];
    const adapter = new ConsoleAdapter({ input, output, interactive: false });
    await adapter.start(async (i) => {
      seen.push(i.text);
      return { kind: 'info', title: 'ok', sections: [], citations: [] };
    });
    input.write('/help\n/quit\n/brief x\n');
    await adapter.done();
    expect(seen).toEqual(['/help']);
  });
});
