import type { InputHandler } from '../../../src/core/adapter.js';
import type { CommandSpec } from '../../../src/core/commands.js';
import type { ChatInput } from '../../../src/core/input.js';
import { silentLogger, type Logger } from '../../../src/core/logger.js';
import { infoReply, type Reply } from '../../../src/core/reply.js';
import { SlackAdapter, type SlackAdapterOptions } from '../../../adapters/slack/index.js';
import { FakeSlackApi, type FakeSlackOptions } from './api.js';
import { FakeSlackClient } from './client.js';

/**
 * A Slack bot wired to the fake Slack, for conversation-style tests:
 *   const { slack, api } = await startFakeSlackBot({ reply: canned });
 *   await slack.slash('/brief', 'iraq-mission');
 *   await api.waitForResponses(1);
 */

export const SIGNING_SECRET = 'fake-signing-secret';

const stub = (name: string): CommandSpec => ({
  name,
  usage: `/${name} <args>`,
  summary: `${name} (stub)`,
  run: async () => infoReply(name, 'stub'),
});

export const COMMAND_NAMES = ['brief', 'ask', 'quotes', 'timeline', 'sources', 'digest', 'status', 'help'];

export interface FakeSlackBot {
  api: FakeSlackApi;
  slack: FakeSlackClient;
  adapter: SlackAdapter;
  /** Every input the core handler received, in order. */
  inputs: ChatInput[];
  close(): Promise<void>;
}

export interface FakeSlackBotOptions {
  /** Canned reply for every input (default: an info reply echoing the input text). */
  reply?: Reply | ((input: ChatInput) => Reply);
  handler?: InputHandler;
  adapter?: Partial<SlackAdapterOptions>;
  /** Identity of the fake workspace and bot (to replay recorded payloads). */
  api?: FakeSlackOptions;
  /** Socket Mode instead of the HTTP receiver (the fake serves the WebSocket). */
  socket?: boolean;
  logger?: Logger;
}

export async function startFakeSlackBot(options: FakeSlackBotOptions = {}): Promise<FakeSlackBot> {
  const api = await FakeSlackApi.start(options.api);
  const inputs: ChatInput[] = [];
  const canned = options.reply ?? ((input: ChatInput) => infoReply('Echo', input.text));
  const handler: InputHandler =
    options.handler ??
    (async (input) => {
      inputs.push(input);
      return typeof canned === 'function' ? canned(input) : canned;
    });
  const adapter = new SlackAdapter({
    botToken: api.token,
    mode: options.socket ? 'socket' : 'http',
    signingSecret: SIGNING_SECRET,
    appToken: api.appToken,
    port: 0,
    host: '127.0.0.1',
    botId: api.botId,
    botUserId: api.botUserId,
    // Fast retries: enough attempts for the failure tests, no real back-off.
    clientOptions: { slackApiUrl: api.url, retryConfig: { retries: 3, minTimeout: 1, maxTimeout: 5, factor: 1 } },
    logger: options.logger ?? silentLogger(),
    commands: COMMAND_NAMES.map(stub),
    ...options.adapter,
  });
  try {
    await adapter.start(handler);
  } catch (err) {
    await api.close();
    throw err;
  }
  let slack: FakeSlackClient;
  if (adapter.mode === 'socket') slack = new FakeSlackClient(api, { kind: 'socket' });
  else {
    const port = adapter.address?.port;
    if (port === undefined) throw new Error('Slack adapter did not report its port');
    slack = new FakeSlackClient(api, { kind: 'http', endpoint: `http://127.0.0.1:${port}/slack/events`, signingSecret: SIGNING_SECRET });
  }
  return {
    api,
    slack,
    adapter,
    inputs,
    close: async () => {
      await adapter.stop();
      await api.close();
    },
  };
}
