import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/reply.js';
import { startFakeSlackBot, type FakeSlackBot } from '../../fakes/slack/harness.js';
import { FOLLOW_UP_ACTION } from '../../../adapters/slack/render.js';

const brief: Reply = {
  kind: 'brief',
  title: 'Brief: iraq-mission',
  subtitle: 'As of 6 Jan 2020 · 1 source',
  sections: [{ blocks: [{ type: 'text', text: { text: 'NATO suspended its training mission in Iraq.', cites: [1] } }] }],
  citations: [{ n: 1, articleId: 'a1', path: 'a1.md', title: 'NATO suspends training', outlet: 'Reuters', published: '2020-01-04', url: 'https://example.com/a1' }],
  followUps: [{ label: 'Quotes', command: '/quotes about iraq-mission' }],
};

const texts = (blocks: unknown[] | undefined): string => JSON.stringify(blocks ?? []);

let bot: FakeSlackBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

describe('Slack adapter, talking to a fake Slack', () => {
  it('acks a slash command at once, then answers it in the channel through the response_url', async () => {
    bot = await startFakeSlackBot({ reply: brief });
    const ack = await bot.slack.slash('/brief', 'iraq-mission');
    expect(ack.status).toBe(200);

    await bot.api.waitForResponses(1);
    expect(bot.inputs).toEqual([
      expect.objectContaining({ platform: 'slack', channel: `slack:${bot.api.teamId}:C0OPS`, text: '/brief iraq-mission', user: expect.objectContaining({ id: 'U0ANN' }) }),
    ]);
    const [answer] = bot.api.responses;
    expect(answer?.id).toBe(bot.slack.lastResponseUrl.split('/').pop());
    expect(answer?.body.response_type).toBe('in_channel');
    expect(texts(answer?.body.blocks)).toContain('NATO suspended its training mission in Iraq. [1]');
    expect(texts(answer?.body.blocks)).toContain('<https://example.com/a1|NATO suspends training>');
  });

  it('acks before the core answers: a slow core never makes Slack wait', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let bothArrived: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (bothArrived = resolve));
    const seen: string[] = [];
    bot = await startFakeSlackBot({
      handler: async (input) => {
        seen.push(input.text);
        if (seen.length === 2) bothArrived();
        await gate;
        return brief;
      },
    });
    try {
      expect((await bot.slack.slash('/brief', 'slow')).status).toBe(200);
      expect((await bot.slack.click(`${FOLLOW_UP_ACTION}:0`, '/quotes slow')).status).toBe(200);
      await arrived;
      expect(bot.api.responses).toHaveLength(0); // both acked while the core is still working
    } finally {
      release();
    }
    await bot.api.waitForResponses(2);
  });

  it('stops within its limit when an answer never finishes, and says so in the log', async () => {
    const lines: string[] = [];
    let arrived: () => void = () => undefined;
    const asked = new Promise<void>((resolve) => (arrived = resolve));
    const stuck = await startFakeSlackBot({
      handler: () => {
        arrived();
        return new Promise<Reply>(() => undefined);
      },
      logger: pino({ level: 'warn' }, { write: (s: string) => void lines.push(s) }),
      adapter: { stopTimeoutMs: 50 },
    });
    try {
      await stuck.slack.slash('/brief', 'iraq-mission');
      await asked;
      await stuck.adapter.stop();
      expect(lines.map((l) => JSON.parse(l) as { msg: string; abandoned?: number })).toContainEqual(
        expect.objectContaining({ msg: 'slack stopping with answers still under way', abandoned: 1 }),
      );
    } finally {
      await stuck.api.close();
    }
  });

  it('answers an @mention in the channel with the mention stripped from the question', async () => {
    bot = await startFakeSlackBot({ reply: brief });
    const ack = await bot.slack.mention('who said training was suspended?');
    expect(ack.status).toBe(200);

    await bot.api.waitForMessages(1);
    expect(bot.inputs.map((i) => i.text)).toEqual(['who said training was suspended?']);
    const [posted] = bot.api.messagesIn('C0OPS');
    expect(posted?.text).toBe('Brief: iraq-mission');
    expect(texts(posted?.blocks)).toContain('NATO suspended its training mission');
  });

  it('runs the command behind a follow-up button and answers in the channel', async () => {
    bot = await startFakeSlackBot({ reply: brief });
    const ack = await bot.slack.click(`${FOLLOW_UP_ACTION}:0`, '/quotes about iraq-mission');
    expect(ack.status).toBe(200);

    await bot.api.waitForResponses(1);
    expect(bot.inputs.map((i) => [i.text, i.channel])).toEqual([['/quotes about iraq-mission', `slack:${bot.api.teamId}:C0OPS`]]);
    expect(bot.api.responses[0]?.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
  });

  it('renders follow-ups as buttons whose click runs their command', async () => {
    bot = await startFakeSlackBot({ reply: brief });
    await bot.slack.slash('/brief', 'iraq-mission');
    await bot.api.waitForResponses(1);
    const actions = (bot.api.responses[0]?.body.blocks ?? []).find((b) => (b as { type: string }).type === 'actions') as
      | { elements: { action_id: string; value: string }[] }
      | undefined;
    const button = actions?.elements[0];
    expect(button?.value).toBe('/quotes about iraq-mission');

    await bot.slack.click(button?.action_id ?? '', button?.value ?? '');
    await bot.api.waitForResponses(2);
    expect(bot.inputs.map((i) => i.text)).toEqual(['/brief iraq-mission', '/quotes about iraq-mission']);
  });

  it("ignores its own and other bots' mentions", async () => {
    bot = await startFakeSlackBot({ reply: brief });
    expect((await bot.slack.mention('echo', { user: bot.api.botUserId })).status).toBe(200);
    expect((await bot.slack.mention('from another bot', { user: 'U0OTHERBOT', bot: 'B0OTHER' })).status).toBe(200);
    // A person's mention afterwards is the barrier: once it is answered, the earlier ones were dropped, not queued.
    await bot.slack.mention('a person asks');
    await bot.api.waitForMessages(1);
    await bot.adapter.settled();
    expect(bot.inputs.map((i) => i.text)).toEqual(['a person asks']);
    expect(bot.api.messages).toHaveLength(1);
  });

  it('answers a redelivered event once', async () => {
    bot = await startFakeSlackBot({ reply: brief });
    const event = { type: 'app_mention', user: 'U0ANN', text: `<@${bot.api.botUserId}> hi`, ts: '1.000001', channel: 'C0OPS', event_ts: '1.000001' };
    const body = JSON.stringify({ type: 'event_callback', team_id: bot.api.teamId, api_app_id: 'A0APP', event_id: 'EvSAME', event_time: 1, event });
    await bot.slack.post(body, 'application/json');
    await bot.slack.post(body, 'application/json');
    await bot.slack.mention('barrier');
    await bot.api.waitForMessages(2);
    await bot.adapter.settled();
    expect(bot.inputs.map((i) => i.text)).toEqual(['hi', 'barrier']);
  });

  it('answers url_verification with the challenge', async () => {
    bot = await startFakeSlackBot();
    const ack = await bot.slack.urlVerification('c-123');
    expect(ack.status).toBe(200);
    expect(ack.body).toContain('c-123');
  });

  it('resolves who may manage: workspace admins and the allow-list, not ordinary members', async () => {
    bot = await startFakeSlackBot({ adapter: { adminUserIds: ['U0LISTED'] } });
    bot.api.setUser({ id: 'U0ADMIN', name: 'boss', is_admin: true });
    bot.api.setUser({ id: 'U0ANN', name: 'ann' });
    bot.api.setUser({ id: 'U0LISTED', name: 'lee' });
    await bot.slack.slash('/status', '', { user: 'U0ADMIN' });
    await bot.slack.slash('/status', '', { user: 'U0ANN' });
    await bot.slack.slash('/status', '', { user: 'U0LISTED' });
    await bot.api.waitForResponses(3);
    const byUser = Object.fromEntries(bot.inputs.map((i) => [i.user.id, i.user.canManage]));
    expect(byUser).toEqual({ U0ADMIN: true, U0ANN: false, U0LISTED: true });
  });
});

describe('what reaches the channel', () => {
  it('splits a long reply into several messages, in order, without cutting a quote', async () => {
    const quotes = Array.from({ length: 10 }, (_, i): Reply['sections'][number]['blocks'][number] => ({
      type: 'quote',
      quote: { text: `Q${i} ${'we will keep training the forces as long as we are welcome, '.repeat(25)}end Q${i}`, kind: 'direct', speaker: 'Jens Stoltenberg', date: '2020-01-05', cite: 1 },
    }));
    const long: Reply = { ...brief, sections: [{ heading: 'Quotes', blocks: quotes }] };
    bot = await startFakeSlackBot({ reply: long });
    await bot.slack.mention('quotes please');
    await bot.adapter.settled();
    await bot.api.waitForMessages(2);
    const posted = bot.api.messagesIn('C0OPS');
    expect(posted.length).toBeGreaterThan(1);
    const n = posted.length;
    expect(posted.map((m) => m.text)).toEqual(posted.map((_, i) => `Brief: iraq-mission (part ${i + 1} of ${n})`));
    const bodies = posted.map((m) => texts(m.blocks));
    for (let i = 0; i < 10; i += 1) {
      const holders = bodies.filter((b) => b.includes(`Q${i} we will`));
      expect(holders).toHaveLength(1);
      expect(holders[0]).toContain(`end Q${i}”`);
    }
  });

  it('never lets asked or article text ping anyone', async () => {
    bot = await startFakeSlackBot(); // the stub core echoes the input text back as the reply
    bot.api.setUser({ id: 'U0ANN', name: 'ann' });
    // As Slack sends it: its own control sequences raw, the user's & < > entity-escaped.
    await bot.slack.mention('<!channel> <!here> <@U1> &amp; &lt;b&gt; a &gt; b @here');
    await bot.slack.slash('/ask', '&lt;!channel&gt; <!everyone>');
    await bot.api.waitForMessages(1);
    await bot.api.waitForResponses(1);
    const shown = JSON.stringify([bot.api.messages.map((m) => [m.text, m.blocks]), bot.api.responses.map((r) => [r.body.text, r.body.blocks])]);
    expect(shown).not.toMatch(/<[!@#]/);
    expect(shown).toContain('@channel @here @U1 &amp; &lt;b&gt; a &gt; b @here');
    expect(shown).toContain('/ask &lt;!channel&gt; @everyone');
  });

  it('replies in the thread a mention came from', async () => {
    bot = await startFakeSlackBot({ reply: brief });
    await bot.slack.mention('in a thread', { threadTs: '1700000000.000001' });
    await bot.api.waitForMessages(1);
    expect(bot.api.messages[0]?.thread_ts).toBe('1700000000.000001');
  });
});

describe('request verification', () => {
  it('rejects a bad signature before the core sees anything', async () => {
    bot = await startFakeSlackBot({ reply: brief });
    const ack = await bot.slack.slash('/brief', 'iraq-mission', {}, { signature: 'v0=deadbeef' });
    expect(ack.status).toBe(401);
    // Barrier: a good request after it is answered, and it is the only input the core ever saw.
    await bot.slack.slash('/brief', 'good');
    await bot.api.waitForResponses(1);
    await bot.adapter.settled();
    expect(bot.inputs.map((i) => i.text)).toEqual(['/brief good']);
    expect(bot.api.responses).toHaveLength(1);
  });

  it('rejects a correctly signed but stale (> 5 min) request', async () => {
    bot = await startFakeSlackBot({ reply: brief });
    const stale = Math.floor(Date.now() / 1000) - 5 * 60 - 30;
    expect((await bot.slack.slash('/brief', 'old', {}, { timestamp: stale })).status).toBe(401);
    expect((await bot.slack.urlVerification('c', { timestamp: stale })).status).toBe(401);
    await bot.slack.slash('/brief', 'fresh');
    await bot.api.waitForResponses(1);
    await bot.adapter.settled();
    expect(bot.inputs.map((i) => i.text)).toEqual(['/brief fresh']);
  });
});
