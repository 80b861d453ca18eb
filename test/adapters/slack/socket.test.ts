import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { infoReply } from '../../../src/core/reply.js';
import { SlackAdapter, SlackStartError } from '../../../adapters/slack/index.js';
import { FOLLOW_UP_ACTION } from '../../../adapters/slack/render.js';
import { FakeSlackApi } from '../../fakes/slack/api.js';
import { startFakeSlackBot, type FakeSlackBot } from '../../fakes/slack/harness.js';

let bot: FakeSlackBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

describe('Socket Mode, against the fake Slack WebSocket', () => {
  it('connects, then acks and answers a slash command, a mention and a button', async () => {
    bot = await startFakeSlackBot({ socket: true });
    expect(bot.api.socketConnections).toBe(1);

    const ack = await bot.slack.slash('/brief', 'iraq-mission');
    expect(ack.body).toContain('env-1'); // the envelope was acknowledged
    await bot.api.waitForResponses(1);

    await bot.slack.mention('who said it?');
    await bot.api.waitForMessages(1);

    await bot.slack.click(`${FOLLOW_UP_ACTION}:0`, '/timeline iraq-mission');
    await bot.api.waitForResponses(2);

    expect(bot.inputs.map((i) => i.text)).toEqual(['/brief iraq-mission', 'who said it?', '/timeline iraq-mission']);
  });

  it('rejects start when Slack refuses the app-level token', async () => {
    const api = await FakeSlackApi.start();
    try {
      const adapter = new SlackAdapter({
        botToken: api.token,
        mode: 'socket',
        appToken: 'xapp-wrong',
        botId: api.botId,
        botUserId: api.botUserId,
        clientOptions: { slackApiUrl: api.url, retryConfig: { retries: 0, minTimeout: 1, maxTimeout: 1 } },
        logger: silentLogger(),
        commands: [],
      });
      await expect(adapter.start(async () => infoReply('x', 'y'))).rejects.toThrow(SlackStartError);
      expect(api.callsTo('apps.connections.open').map((c) => c.error)).toEqual(['invalid_auth']);
      expect(api.socketConnections).toBe(0);
    } finally {
      await api.close();
    }
  });
});
