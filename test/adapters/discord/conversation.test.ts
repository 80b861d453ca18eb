import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/reply.js';
import { mayPing, messageViolations } from '../../fakes/discord/limits.js';
import { anyReply } from './arbitraries.js';
import { cite, embedText, quoteBlock, startBot, type Bot } from './harness.js';

const BRIEF: Reply = {
  kind: 'brief',
  title: 'Brief: NATO training mission in Iraq',
  subtitle: 'As of 6 Jan 2020 · 2 sources',
  sections: [
    {
      heading: 'What happened',
      blocks: [
        { type: 'text', text: { text: 'NATO suspended its training mission in Iraq.', cites: [1, 2] } },
        quoteBlock('The safety of our personnel is paramount.'),
        { type: 'bullets', items: [{ text: 'Training is on hold.', cites: [2] }] },
      ],
    },
  ],
  citations: [cite(1), cite(2)],
  followUps: [
    { label: 'Quotes', command: '/quotes about iraq-mission' },
    { label: 'Timeline', command: '/timeline iraq-mission' },
  ],
};

let bot: Bot;
beforeAll(async () => {
  bot = await startBot(() => BRIEF);
});
afterAll(async () => {
  // Whatever happened in the tests above, nothing the bot sent may ping anyone or break a Discord limit.
  const bodies = bot.discord.sentBodies();
  expect(bodies.length).toBeGreaterThan(10);
  expect(bodies.filter(mayPing)).toEqual([]);
  expect(bodies.flatMap(messageViolations)).toEqual([]);
  await bot.close();
});

describe('Discord conversation', () => {
  it('answers a slash command by deferring, then editing the deferred reply', async () => {
    const ix = bot.discord.slash('brief', { topic: 'iraq-mission' });
    const [message, ...more] = await bot.answer(ix.id);
    expect(more).toEqual([]);
    expect(ix.callbacks.map((c) => c.type)).toEqual([5]);
    const order = bot.discord.requests.filter((r) => r.path.includes(ix.token)).map((r) => `${r.method} ${r.status}`);
    expect(order).toEqual(['POST 204', 'PATCH 200']);
    expect(bot.inputs.at(-1)).toMatchObject({ platform: 'discord', channel: bot.discord.channel, text: '/brief iraq-mission', user: { name: 'alice', canManage: false } });

    const embed = message?.body.embeds?.[0];
    expect(embed?.title).toBe('Brief: NATO training mission in Iraq');
    const text = message ? embedText(message) : '';
    expect(text).toContain('NATO suspended its training mission in Iraq. [1][2]');
    expect(text).toContain('> “The safety of our personnel is paramount.”\n> — **Jens Stoltenberg**, NATO secretary-general · Outlet 1 · 2020-01-06 · [link](https://news.example/a1) [1]');
    expect(text).toContain('[1] [Article 1](https://news.example/a1) — Outlet 1, 2020-01-06');
    expect(message?.body.components?.[0]?.components?.map((c) => c.custom_id)).toEqual(['sitrep:/quotes about iraq-mission', 'sitrep:/timeline iraq-mission']);
  });

  it('tells the core who may manage the channel', async () => {
    await bot.answer(bot.discord.slash('status', {}, 'mona').id);
    expect(bot.inputs.at(-1)?.user).toMatchObject({ name: 'mona', canManage: true });
  });

  it('turns a free-text option into the command line the core parses', async () => {
    await bot.answer(bot.discord.slash('digest', { text: 'subscribe iraq-mission at 08:00' }).id);
    expect(bot.inputs.at(-1)?.text).toBe('/digest subscribe iraq-mission at 08:00');
  });

  it('answers a mention with the question alone, and ignores itself, other bots and unaddressed messages', async () => {
    const before = bot.inputs.length;
    const botId = bot.discord.world.bot.id;
    bot.discord.say(`<@${botId}> talking to myself`, 'sitrep');
    bot.discord.mention('who said what?', 'otherbot');
    bot.discord.say('who said training was suspended?');
    const asked = bot.discord.mention('who said training was suspended?');
    const [reply] = await bot.answer(asked);
    // Gateway events are handled in order, so had an earlier one been taken it would be listed first.
    expect(bot.inputs.slice(before).map((i) => i.text)).toEqual(['who said training was suspended?']);
    expect(reply?.body).toMatchObject({ message_reference: { message_id: asked }, allowed_mentions: { parse: [], replied_user: false } });
  });

  it('reads Manage Channels from the member for a mention too', async () => {
    await bot.answer(bot.discord.mention('status?', 'mona'));
    expect(bot.inputs.at(-1)?.user).toMatchObject({ name: 'mona', canManage: true });
    await bot.answer(bot.discord.mention('status?', 'alice'));
    expect(bot.inputs.at(-1)?.user).toMatchObject({ name: 'alice', canManage: false });
  });

  it('answers a mention of the bot role like a mention of the bot', async () => {
    const asked = bot.discord.say(`<@&${bot.discord.world.botRoleId}>   quotes please `);
    await bot.answer(asked);
    expect(bot.inputs.at(-1)?.text).toBe('quotes please');
  });

  it('runs the command of a follow-up button', async () => {
    const [message] = await bot.answer(bot.discord.slash('brief', { topic: 'iraq-mission' }).id);
    const button = message?.body.components?.[0]?.components?.[0];
    if (!message || !button?.custom_id) throw new Error('no button');
    const click = bot.discord.click(message, button.custom_id, 'mona');
    const [answer] = await bot.answer(click.id);
    expect(bot.inputs.at(-1)).toMatchObject({ text: '/quotes about iraq-mission', user: { name: 'mona', canManage: true } });
    expect(click.callbacks.map((c) => c.type)).toEqual([5]);
    expect(answer?.body.embeds?.[0]?.title).toBe(BRIEF.title);
  });

  it('offers topics as autocomplete choices', async () => {
    expect(await bot.discord.autocomplete('brief', 'topic', 'iraq')).toEqual([{ name: 'NATO training mission in Iraq', value: 'iraq-mission' }]);
    expect((await bot.discord.autocomplete('timeline', 'topic', '')).map((c) => c.value)).toEqual(['iraq-mission', 'iran-strike']);
  });

  it('splits a long answer over several messages and never cuts a quote', async () => {
    const quotes = Array.from({ length: 14 }, (_, i) => `Quote number ${i} says ${'something important '.repeat(30)}and ends here.`);
    const long: Reply = {
      kind: 'quotes',
      title: 'Quotes',
      sections: [
        { heading: 'Said', blocks: quotes.map((q, i) => quoteBlock(q, `Speaker ${i}`, 1 + (i % 2))) },
        { heading: 'Context', blocks: [{ type: 'text', text: { text: 'Background sentence here. '.repeat(400), cites: [1] } }] },
      ],
      citations: [cite(1), cite(2)],
      followUps: [{ label: 'Brief', command: '/brief iraq-mission' }],
    };
    bot.answerWith(() => long);
    const ix = bot.discord.slash('quotes');
    const messages = await bot.answer(ix.id);
    bot.answerWith(() => BRIEF);
    expect(messages.length).toBeGreaterThanOrEqual(3);
    expect(ix.followUps.length).toBe(messages.length - 1);
    for (const m of messages) expect(messageViolations(m.body)).toEqual([]);
    const texts = messages.map(embedText);
    for (const q of quotes) expect(texts.filter((t) => t.includes(`“${q}”`))).toHaveLength(1);
    // Buttons go with the last message only.
    expect(messages.map((m) => (m.body.components ?? []).length)).toEqual([...Array<number>(messages.length - 1).fill(0), 1]);
    expect(messages.at(-1)?.body.embeds?.at(-1)?.footer?.text).toBe(`${messages.length}/${messages.length}`);
  });

  it('shows article text with mentions and markdown literally', async () => {
    bot.answerWith(() => ({
      kind: 'answer',
      title: '@everyone **Breaking**',
      sections: [{ blocks: [{ type: 'text', text: { text: 'Hey @everyone and @here, <@123> and <@&456> said ||spoiler|| # not a heading', cites: [] } }] }],
      citations: [],
    }));
    const [message] = await bot.answer(bot.discord.mention('anything?'));
    bot.answerWith(() => BRIEF);
    expect(message?.body.embeds?.[0]?.title).toBe('@everyone \\*\\*Breaking\\*\\*');
    expect(message?.body.embeds?.[0]?.description).toBe('Hey @everyone and @here, \\<@123\\> and \\<@&456\\> said \\|\\|spoiler\\|\\| # not a heading');
    expect(message?.body.content).toBeUndefined();
  });

  it('apologises without internals when the core throws', async () => {
    bot.answerWith(() => {
      throw new Error('database exploded at /secret/path');
    });
    const [message] = await bot.answer(bot.discord.slash('status').id);
    bot.answerWith(() => BRIEF);
    expect(message?.body.embeds?.[0]?.title).toBe('Sorry');
    expect(JSON.stringify(message?.body)).not.toContain('secret');
  });

  it('delivers any reply, however long or full of mentions, within every limit and pinging no one', async () => {
    await fc.assert(
      fc.asyncProperty(anyReply, fc.boolean(), async (reply, bySlash) => {
        bot.answerWith(() => reply);
        const id = bySlash ? bot.discord.slash('ask', { question: '@everyone <@1> hi' }).id : bot.discord.mention('@everyone what now?');
        const messages = await bot.answer(id);
        expect(messages.length).toBeGreaterThan(0);
        for (const m of messages) {
          expect(mayPing(m.body)).toBe(false);
          expect(messageViolations(m.body)).toEqual([]);
        }
      }),
      { numRuns: 12 },
    );
    bot.answerWith(() => BRIEF);
  });
});
