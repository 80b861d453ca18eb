import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import type { Reply } from '../../../src/core/reply.js';
import { DiscordAdapter, DiscordDeliveryError, DiscordLoginError } from '../../../adapters/discord/index.js';
import { mayPing, messageViolations } from '../../fakes/discord/limits.js';
import { cite, COMMANDS, embedText, quoteBlock, startBot, type Bot } from './harness.js';

const SHORT: Reply = {
  kind: 'digest',
  title: 'Digest: Iraq mission',
  sections: [{ blocks: [quoteBlock('We will continue to monitor the situation.')] }],
  citations: [cite(1)],
};
const LONG: Reply = {
  kind: 'digest',
  title: 'Digest: Iraq mission',
  sections: [{ blocks: Array.from({ length: 12 }, (_, i) => quoteBlock(`Statement ${i}: ${'we are watching closely '.repeat(40)}and that is all.`)) }],
  citations: [cite(1)],
};

const isEdit = (method: string, path: string) => method === 'PATCH' && path.endsWith('/messages/@original');
const isCallback = (method: string, path: string) => method === 'POST' && path.endsWith('/callback');
const isChannelPost = (method: string, path: string) => method === 'POST' && /^\/channels\/\d+\/messages$/.test(path);
const since = () => new Date(Date.now() - 60_000);

let bot: Bot;
beforeAll(async () => {
  bot = await startBot(() => SHORT);
});
afterAll(async () => {
  const bodies = bot.discord.sentBodies();
  expect(bodies.filter(mayPing)).toEqual([]);
  expect(bodies.flatMap(messageViolations)).toEqual([]);
  await bot.close();
});

describe('Discord platform errors', () => {
  it('waits out a 429 on the reply and delivers it exactly once', async () => {
    bot.discord.failNext(1, { status: 429, retryAfter: 0.01 }, isEdit);
    const ix = bot.discord.slash('brief', { topic: 'iraq-mission' });
    const messages = await bot.answer(ix.id);
    expect(bot.discord.requests.filter((r) => r.path.includes(ix.token)).map((r) => `${r.method} ${r.status}`)).toEqual(['POST 204', 'PATCH 429', 'PATCH 200']);
    expect(messages).toHaveLength(1);
    expect(ix.followUps).toEqual([]);
  });

  it('waits out a 429 on the deferral', async () => {
    bot.discord.failNext(1, { status: 429, retryAfter: 0.01 }, isCallback);
    const ix = bot.discord.slash('status');
    await bot.answer(ix.id);
    expect(ix.callbacks).toHaveLength(1);
  });

  it('retries a 5xx on the reply and delivers it once', async () => {
    bot.discord.failNext(1, { status: 502 }, isEdit);
    const ix = bot.discord.slash('status');
    expect(await bot.answer(ix.id)).toHaveLength(1);
    expect(bot.discord.requests.filter((r) => r.path.includes(ix.token)).map((r) => r.status)).toEqual([204, 502, 200]);
  });

  it('carries on when a deferral reached Discord but its answer was a 5xx', async () => {
    bot.discord.failNext(1, { status: 500, applied: true }, isCallback);
    const ix = bot.discord.slash('status');
    expect(await bot.answer(ix.id)).toHaveLength(1);
    // The retry was refused as already acknowledged; there is still one deferral and one answer.
    expect(bot.discord.requests.filter((r) => r.path.includes(ix.token)).map((r) => r.status)).toEqual([500, 400, 200]);
    expect(ix.callbacks).toHaveLength(1);
  });

  it('reports a reply that keeps failing, with context, instead of swallowing it', async () => {
    bot.discord.failNext(3, { status: 503 }, isEdit);
    const ix = bot.discord.slash('brief', { topic: 'iraq-mission' });
    const outcome = await bot.outcome(ix.id);
    expect(outcome).toMatchObject({ kind: 'command', stage: 'reply', channel: bot.discord.channel });
    if (!('error' in outcome)) throw new Error('expected a failure');
    expect(outcome.error).toBeInstanceOf(DiscordDeliveryError);
    expect(outcome.error.context).toMatchObject({ text: '/brief iraq-mission', posted: [] });
    expect(bot.discord.requests.filter((r) => r.path.includes(ix.token)).map((r) => r.status)).toEqual([204, 503, 503, 503]);
  });
});

describe('Discord send and wasSent', () => {
  it('posts with a nonce Discord dedupes on, so a 5xx after the post landed does not post twice', async () => {
    bot.discord.failNext(1, { status: 500, applied: true }, isChannelPost);
    const before = bot.discord.botMessages().length;
    const key = `${bot.discord.channel}|iraq-mission|2020-01-06T08:00`;
    const sent = await bot.adapter.send(bot.discord.channel, SHORT, { idempotencyKey: key });
    const posted = bot.discord.botMessages().slice(before);
    expect(posted.map((m) => m.id)).toEqual(sent.ids);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });
    expect(String(posted[0]?.body.nonce).length).toBeLessThanOrEqual(25);
    expect(posted[0]?.body.embeds?.at(-1)?.footer?.text).toBe(`id ${key}`);
  });

  it('finds a delivery by its key, and only within the time asked about', async () => {
    const key = 'slot|iraq-mission|2020-01-07T08:00';
    expect(await bot.adapter.wasSent(bot.discord.channel, key, since())).toBe(false);
    await bot.adapter.send(bot.discord.channel, SHORT, { idempotencyKey: key });
    expect(await bot.adapter.wasSent(bot.discord.channel, key, since())).toBe(true);
    expect(await bot.adapter.wasSent(bot.discord.channel, `${key}x`, since())).toBe(false);
    expect(await bot.adapter.wasSent(bot.discord.channel, key, new Date(Date.now() + 60_000))).toBe(false);
  });

  it('sends a long delivery as numbered pages with distinct nonces, complete only when the last page is there', async () => {
    const key = 'slot|iraq-mission|2020-01-08T08:00';
    const before = bot.discord.botMessages().length;
    const { ids } = await bot.adapter.send(bot.discord.channel, LONG, { idempotencyKey: key });
    const posted = bot.discord.botMessages().slice(before);
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(posted.map((m) => m.body.nonce)).size).toBe(ids.length);
    expect(posted.map((m) => m.body.embeds?.at(-1)?.footer?.text)).toEqual(ids.map((_, i) => `${i + 1}/${ids.length} · id ${key}`));
    expect(await bot.adapter.wasSent(bot.discord.channel, key, since())).toBe(true);

    const partial = 'slot|iraq-mission|2020-01-09T08:00';
    let posts = 0;
    bot.discord.failNext(3, { status: 500 }, (method, path) => isChannelPost(method, path) && ++posts > 1);
    const failed = await bot.adapter.send(bot.discord.channel, LONG, { idempotencyKey: partial }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(DiscordDeliveryError);
    expect((failed as DiscordDeliveryError).context).toMatchObject({ page: 2, posted: [expect.any(String)] });
    expect(await bot.adapter.wasSent(bot.discord.channel, partial, since())).toBe(false);
  });

  it('refuses a channel that is not a Discord one, or unknown', async () => {
    await expect(bot.adapter.send('slack:T1:C1', SHORT)).rejects.toBeInstanceOf(DiscordDeliveryError);
    await expect(bot.adapter.send(`discord:${bot.discord.world.guildId}:1`, SHORT)).rejects.toBeInstanceOf(DiscordDeliveryError);
  });

  it('keeps quotes whole in what it posts', async () => {
    const before = bot.discord.botMessages().length;
    await bot.adapter.send(bot.discord.channel, LONG);
    const texts = bot.discord.botMessages().slice(before).map(embedText);
    for (const b of LONG.sections[0]?.blocks ?? []) {
      if (b.type === 'quote') expect(texts.filter((t) => t.includes(`“${b.quote.text}”`))).toHaveLength(1);
    }
  });
});

describe('Discord login', () => {
  it('rejects start() on a bad token and leaves nothing connected', async () => {
    const connected = bot.discord.gateway.connected;
    const adapter = new DiscordAdapter({
      token: 'not-the-token',
      applicationId: bot.discord.world.applicationId,
      logger: silentLogger(),
      commands: COMMANDS,
      rest: { api: bot.discord.api, retries: 0, timeout: 2000 },
    });
    await expect(adapter.start(() => Promise.reject(new Error('never called')))).rejects.toBeInstanceOf(DiscordLoginError);
    expect(bot.discord.gateway.connected).toBe(connected);
    await expect(adapter.send(bot.discord.channel, SHORT)).rejects.toThrow(/not started/);
  });

  it('rejects start() when the gateway refuses the identify, even if REST accepted the token', async () => {
    bot.discord.gateway.refuseIdentify = true;
    const adapter = new DiscordAdapter({
      token: bot.discord.token,
      applicationId: bot.discord.world.applicationId,
      logger: silentLogger(),
      commands: COMMANDS,
      rest: { api: bot.discord.api, retries: 0, timeout: 2000 },
    });
    const started = adapter.start(() => Promise.reject(new Error('never called')));
    await expect(started.finally(() => (bot.discord.gateway.refuseIdentify = false))).rejects.toBeInstanceOf(DiscordLoginError);
  });
});
