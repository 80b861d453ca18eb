import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlackBot, type FakeSlackBot } from '../../fakes/slack/harness.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

let bot: FakeSlackBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

describe("Slack's documented payloads, replayed", () => {
  it('app_mention (Events API example) becomes a question in slack:<team>:<channel>, answered there', async () => {
    bot = await startFakeSlackBot({ api: { teamId: 'T123ABC456', botUserId: 'U0LAN0Z89' } });
    const ack = await bot.slack.post(fixture('app_mention.json'), 'application/json');
    expect(ack.status).toBe(200);
    await bot.api.waitForMessages(1);
    expect(bot.inputs).toEqual([
      expect.objectContaining({ channel: 'slack:T123ABC456:C123ABC456', text: 'is it everything a river should be?', user: expect.objectContaining({ id: 'U061F7AUR' }) }),
    ]);
    expect(bot.api.messagesIn('C123ABC456')).toHaveLength(1);
  });
});
