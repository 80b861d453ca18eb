import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { infoReply, type Reply } from '../../../src/core/reply.js';
import { SlackAdapter, SlackDeliveryError, SlackStartError } from '../../../adapters/slack/index.js';
import { DELIVERY_EVENT } from '../../../adapters/slack/deliver.js';
import { FakeSlackApi } from '../../fakes/slack/api.js';
import { SIGNING_SECRET, startFakeSlackBot, type FakeSlackBot } from '../../fakes/slack/harness.js';

const digest: Reply = infoReply('Digest: iraq-mission', 'Two new articles since yesterday.', 'digest');

let bot: FakeSlackBot | undefined;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await bot?.close();
  bot = undefined;
  for (const c of cleanups.splice(0)) await c();
});

describe('platform errors', () => {
  it('waits out a 429 (Retry-After) and delivers the reply exactly once', async () => {
    bot = await startFakeSlackBot();
    bot.api.failNext(1, 429, { retryAfter: 0, method: 'response_url' });
    await bot.slack.slash('/brief', 'iraq-mission');
    await bot.api.waitForResponses(1);
    await bot.adapter.settled();
    expect(bot.api.callsTo('response_url').map((c) => c.status)).toEqual([429, 200]);
    expect(bot.api.responses).toHaveLength(1);
  });

  it('retries a rate-limited chat.postMessage and posts once', async () => {
    bot = await startFakeSlackBot();
    bot.api.failNext(2, 429, { retryAfter: 0, method: 'chat.postMessage' });
    await bot.slack.mention('what happened?');
    await bot.api.waitForMessages(1);
    await bot.adapter.settled();
    expect(bot.api.callsTo('chat.postMessage').map((c) => c.status)).toEqual([429, 429, 200]);
    expect(bot.api.messages).toHaveLength(1);
  });

  it('retries 5xx from the Web API and from response_url', async () => {
    bot = await startFakeSlackBot();
    bot.api.failNext(2, 503, { method: 'chat.postMessage' });
    bot.api.failNext(1, 500, { method: 'response_url' });
    await bot.adapter.send(`slack:${bot.api.teamId}:C0NEWS`, digest);
    await bot.slack.slash('/status', '');
    await bot.api.waitForResponses(1);
    await bot.adapter.settled();
    expect(bot.api.callsTo('chat.postMessage').map((c) => c.status)).toEqual([503, 503, 200]);
    expect(bot.api.callsTo('response_url').map((c) => c.status)).toEqual([500, 200]);
    expect(bot.api.messagesIn('C0NEWS')).toHaveLength(1);
  });

  it('reports a persistent failure: send rejects with a typed error, an interactive reply reaches onDeliveryError', async () => {
    const failures: SlackDeliveryError[] = [];
    bot = await startFakeSlackBot({ adapter: { onDeliveryError: (e) => failures.push(e) } });
    bot.api.failNext(100, 503);
    await expect(bot.adapter.send(`slack:${bot.api.teamId}:C0NEWS`, digest)).rejects.toBeInstanceOf(SlackDeliveryError);
    await bot.slack.slash('/brief', 'iraq-mission');
    await bot.api.waitFor(() => bot!.api.callsTo('response_url').length === 4, 'four response_url attempts');
    await bot.adapter.settled();
    expect(failures).toHaveLength(1);
    expect(failures[0]?.message).toMatch(/503/);
    expect(bot.api.responses).toHaveLength(0);
  });

  it('does not retry an error Slack will repeat (expired response_url)', async () => {
    const failures: SlackDeliveryError[] = [];
    bot = await startFakeSlackBot({ adapter: { onDeliveryError: (e) => failures.push(e) } });
    bot.api.failNext(1, 404, { method: 'response_url' });
    await bot.slack.slash('/brief', 'x');
    await bot.api.waitFor(() => bot!.api.callsTo('response_url').length === 1, 'one response_url attempt');
    await bot.adapter.settled();
    expect(bot.api.callsTo('response_url')).toHaveLength(1);
    expect(failures).toHaveLength(1);
  });

  it('answers with an apology, not silence, when the core handler throws', async () => {
    bot = await startFakeSlackBot({
      handler: async () => {
        throw new Error('secret internals');
      },
    });
    await bot.slack.slash('/brief', 'x');
    await bot.api.waitForResponses(1);
    const body = JSON.stringify(bot.api.responses[0]?.body);
    expect(body).toContain('Something went wrong');
    expect(body).not.toContain('secret internals');
    expect(bot.api.responses[0]?.body.response_type).toBe('ephemeral');
  });
});

describe('scheduled delivery: send and wasSent', () => {
  it('posts every page with the idempotency key in its metadata, and finds the delivery again', async () => {
    bot = await startFakeSlackBot();
    const channel = `slack:${bot.api.teamId}:C0NEWS`;
    const since = new Date(Date.now() - 60_000);
    expect(await bot.adapter.wasSent(channel, 'C0NEWS|iraq|2020-01-06T08:00', since)).toBe(false);

    const sent = await bot.adapter.send(channel, digest, { idempotencyKey: 'C0NEWS|iraq|2020-01-06T08:00' });
    expect(sent.ids).toHaveLength(1);
    const [posted] = bot.api.messagesIn('C0NEWS');
    expect(posted?.ts).toBe(sent.ids[0]);
    expect(posted?.metadata).toEqual({ event_type: DELIVERY_EVENT, event_payload: { key: 'C0NEWS|iraq|2020-01-06T08:00', part: 1, of: 1 } });

    expect(await bot.adapter.wasSent(channel, 'C0NEWS|iraq|2020-01-06T08:00', since)).toBe(true);
    expect(await bot.adapter.wasSent(channel, 'C0NEWS|iraq|2020-01-07T08:00', since)).toBe(false);
    expect(bot.api.callsTo('conversations.history').every((c) => c.params.include_all_metadata === true)).toBe(true);
  });

  it('does not count deliveries before `since`, by other apps, or missing their last page', async () => {
    bot = await startFakeSlackBot();
    const channel = `slack:${bot.api.teamId}:C0NEWS`;
    const meta = (part: number, of: number) => ({ event_type: DELIVERY_EVENT, event_payload: { key: 'k', part, of } });
    bot.api.seed({ channel: 'C0NEWS', text: 'old', metadata: meta(1, 1), ts: '1000.000001' });
    bot.api.seed({ channel: 'C0NEWS', text: 'other app', metadata: meta(1, 1), bot_id: 'B0OTHER', user: 'U0OTHER' });
    bot.api.seed({ channel: 'C0NEWS', text: 'half', metadata: meta(1, 2) });
    expect(await bot.adapter.wasSent(channel, 'k', new Date(2000 * 1000))).toBe(false);
    bot.api.seed({ channel: 'C0NEWS', text: 'rest', metadata: meta(2, 2) });
    expect(await bot.adapter.wasSent(channel, 'k', new Date(2000 * 1000))).toBe(true);
  });

  it('pages through conversations.history', async () => {
    bot = await startFakeSlackBot();
    const channel = `slack:${bot.api.teamId}:C0BUSY`;
    bot.api.seed({ channel: 'C0BUSY', text: 'digest', metadata: { event_type: DELIVERY_EVENT, event_payload: { key: 'k', part: 1, of: 1 } } });
    for (let i = 0; i < 450; i += 1) bot.api.seed({ channel: 'C0BUSY', text: `chatter ${i}`, user: 'U0ANN', bot_id: undefined });
    expect(await bot.adapter.wasSent(channel, 'k', new Date(0))).toBe(true);
    expect(bot.api.callsTo('conversations.history')).toHaveLength(3);
  });

  it('joins a public channel it is not in, then posts', async () => {
    bot = await startFakeSlackBot();
    bot.api.leave('C0NEW');
    await bot.adapter.send(`slack:${bot.api.teamId}:C0NEW`, digest);
    expect(bot.api.callsTo('conversations.join')).toHaveLength(1);
    expect(bot.api.messagesIn('C0NEW')).toHaveLength(1);
  });

  it('refuses channels of another platform or workspace', async () => {
    bot = await startFakeSlackBot();
    await expect(bot.adapter.send('discord:1:2', digest)).rejects.toThrow(/not a Slack channel/);
    await expect(bot.adapter.send('slack:T0ELSE:C1', digest)).rejects.toBeInstanceOf(SlackDeliveryError);
    expect(bot.api.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

describe('start', () => {
  async function fakeApi(): Promise<FakeSlackApi> {
    const api = await FakeSlackApi.start();
    cleanups.push(() => api.close());
    return api;
  }
  const adapterFor = (api: FakeSlackApi, extra: Partial<ConstructorParameters<typeof SlackAdapter>[0]> = {}) =>
    new SlackAdapter({
      botToken: api.token,
      mode: 'http',
      signingSecret: SIGNING_SECRET,
      port: 0,
      host: '127.0.0.1',
      clientOptions: { slackApiUrl: api.url, retryConfig: { retries: 0, minTimeout: 1, maxTimeout: 1 } },
      logger: silentLogger(),
      commands: [],
      ...extra,
    });

  it('rejects when Slack refuses the token, and listens on nothing', async () => {
    const api = await fakeApi();
    api.rejectAuth('invalid_auth');
    const adapter = adapterFor(api);
    await expect(adapter.start(async () => infoReply('x', 'y'))).rejects.toThrow(SlackStartError);
    await expect(adapter.start(async () => infoReply('x', 'y'))).rejects.toThrow(/invalid_auth/);
    expect(adapter.address).toBeUndefined();
  });

  it('rejects when the port is taken', async () => {
    const api = await fakeApi();
    const first = adapterFor(api);
    await first.start(async () => infoReply('x', 'y'));
    cleanups.push(() => first.stop());
    const second = adapterFor(api, { port: first.address?.port });
    await expect(second.start(async () => infoReply('x', 'y'))).rejects.toThrow(/EADDRINUSE/);
  });

  it('rejects a configuration that cannot work, before calling Slack', async () => {
    const api = await fakeApi();
    await expect(adapterFor(api, { signingSecret: undefined }).start(async () => infoReply('x', 'y'))).rejects.toThrow(/signing secret/);
    await expect(adapterFor(api, { mode: 'socket' }).start(async () => infoReply('x', 'y'))).rejects.toThrow(/app-level token/);
    expect(api.calls).toHaveLength(0);
  });

  it('learns its bot ids from auth.test when not configured, and Bolt makes no further auth.test calls', async () => {
    bot = await startFakeSlackBot({ adapter: { botId: undefined, botUserId: undefined } });
    await bot.slack.mention('hello', { user: bot.api.botUserId }); // its own user id, learnt from auth.test: ignored
    await bot.slack.mention('hi');
    await bot.api.waitForMessages(1);
    await bot.adapter.settled();
    expect(bot.inputs.map((i) => i.text)).toEqual(['hi']);
    expect(bot.api.callsTo('auth.test')).toHaveLength(1);
  });
});
