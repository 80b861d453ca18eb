import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/core/logger.js';
import { mayPing } from '../fakes/discord/limits.js';
import { startFakeSlackBot } from '../fakes/slack/harness.js';
import { embedText, startBot } from '../adapters/discord/harness.js';

/**
 * The real app (bundled corpus, real analysis and briefing) behind the real discord.js client and the real Bolt app,
 * each talking to a local fake platform: what a user in either chat actually reads.
 */

let app: App;
beforeAll(async () => {
  const config = { ...parseConfig({}), watch: false };
  app = await createApp({ config, logger: silentLogger(), withStore: false });
});
afterAll(async () => {
  await app.close();
});

describe('sitrep on Discord and Slack, end to end', () => {
  it('answers /brief in Discord with a cited brief and verbatim, attributed quotes', async () => {
    const bot = await startBot((input) => app.handle(input));
    try {
      const ix = bot.discord.slash('brief', { topic: 'iraq-mission' });
      const messages = await bot.answer(ix.id);
      const text = messages.map(embedText).join('\n');
      expect(text).toContain('Jens Stoltenberg');
      expect(text).toMatch(/NATO diplomat/);
      expect(text).toMatch(/\[1\]/);
      expect(messages.every((m) => m.body.allowed_mentions?.parse?.length === 0)).toBe(true);
      expect(bot.discord.sentBodies().filter(mayPing)).toEqual([]);
    } finally {
      await bot.close();
    }
  });

  it('answers a question asked by mentioning the bot in Slack, naming the right speaker', async () => {
    const bot = await startFakeSlackBot({ handler: (input) => app.handle(input) });
    try {
      await bot.slack.mention('who said training was suspended?');
      await bot.api.waitForMessages(1);
      const posted = JSON.stringify(bot.api.messagesIn('C0OPS').map((m) => m.blocks));
      expect(posted).toContain('a NATO spokesman');
      expect(posted).toContain('but training activities are currently suspended.');
      expect(posted).toContain('Jens Stoltenberg');
      expect(posted).not.toMatch(/<!(channel|here|everyone)>/);
    } finally {
      await bot.close();
    }
  });
});
