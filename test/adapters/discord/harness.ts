import type { CommandSpec } from '../../../src/core/commands.js';
import type { ChatInput } from '../../../src/core/input.js';
import { silentLogger } from '../../../src/core/logger.js';
import { infoReply, type Block, type Citation, type Reply } from '../../../src/core/reply.js';
import { DiscordAdapter, type AnsweredEvent, type FailedEvent, type TopicChoice } from '../../../adapters/discord/index.js';
import { FakeDiscord, type StoredMessage } from '../../fakes/discord/index.js';

/** The core's commands as the adapter sees them (names, options); `run` is never called by an adapter. */
const spec = (name: string, usage: string, options?: CommandSpec['options']): CommandSpec => ({
  name,
  usage,
  summary: `${name} command`,
  ...(options ? { options } : {}),
  run: () => Promise.reject(new Error('adapters do not run commands')),
});

export const COMMANDS: CommandSpec[] = [
  spec('brief', '/brief <topic>', [{ name: 'topic', description: 'Topic slug', required: true, autocomplete: 'topic' }]),
  spec('ask', '/ask <question>', [{ name: 'question', description: 'Your question', required: true }]),
  spec('quotes', '/quotes [about <topic>]'),
  spec('timeline', '/timeline <topic>', [{ name: 'topic', description: 'Topic slug', required: true, autocomplete: 'topic' }]),
  spec('sources', '/sources <topic>', [{ name: 'topic', description: 'Topic slug', required: true, autocomplete: 'topic' }]),
  spec('digest', '/digest subscribe <topic> at <HH:MM> | unsubscribe <topic> | list'),
  spec('status', '/status'),
  spec('help', '/help'),
];

export const TOPICS: TopicChoice[] = [
  { slug: 'iraq-mission', title: 'NATO training mission in Iraq' },
  { slug: 'iran-strike', title: 'US strike and Iranian response' },
];

export const cite = (n: number, extra: Partial<Citation> = {}): Citation => ({
  n,
  articleId: `a${n}`,
  path: `articles/a${n}.md`,
  title: `Article ${n}`,
  outlet: `Outlet ${n}`,
  published: '2020-01-06T10:00:00Z',
  url: `https://news.example/a${n}`,
  ...extra,
});

export const quoteBlock = (text: string, speaker = 'Jens Stoltenberg', n = 1): Block => ({
  type: 'quote',
  quote: { text, kind: 'direct', speaker, speakerRole: 'NATO secretary-general', verb: 'said', date: '2020-01-06', cite: n },
});

export type Answerer = (input: ChatInput) => Reply | Promise<Reply>;

export interface Bot {
  discord: FakeDiscord;
  adapter: DiscordAdapter;
  inputs: ChatInput[];
  failures: FailedEvent[];
  /** Changes how the stub core answers from now on. */
  answerWith(answer: Answerer): void;
  /** Resolves when the bot has answered (or failed to answer) the interaction or message with this id. */
  outcome(id: string): Promise<AnsweredEvent | FailedEvent>;
  /** The messages that carry the answer to `id`, in order. */
  answer(id: string): Promise<StoredMessage[]>;
  close(): Promise<void>;
}

/** A fake Discord with the real adapter logged in, answering every input with `answer(input)`. */
export async function startBot(answer: Answerer = (i) => infoReply('Echo', i.text), discord?: FakeDiscord): Promise<Bot> {
  const fake = discord ?? (await FakeDiscord.start());
  const inputs: ChatInput[] = [];
  const outcomes = new Map<string, AnsweredEvent | FailedEvent>();
  const failures: FailedEvent[] = [];
  const waiters = new Map<string, ((e: AnsweredEvent | FailedEvent) => void)[]>();
  const settle = (e: AnsweredEvent | FailedEvent) => {
    outcomes.set(e.id, e);
    for (const w of waiters.get(e.id) ?? []) w(e);
  };
  const adapter = new DiscordAdapter({
    token: fake.token,
    applicationId: fake.world.applicationId,
    logger: silentLogger(),
    commands: COMMANDS,
    topics: () => TOPICS,
    rest: { api: fake.api, retries: 2, timeout: 2000, offset: 0, globalRequestsPerSecond: 10000 },
    waitGuildTimeout: 1000,
    observer: {
      answered: settle,
      failed: (e) => {
        failures.push(e);
        settle(e);
      },
    },
  });
  let current = answer;
  await adapter.start(async (input) => {
    inputs.push(input);
    return current(input);
  });
  const outcome = (id: string) =>
    new Promise<AnsweredEvent | FailedEvent>((resolve) => {
      const done = outcomes.get(id);
      if (done) resolve(done);
      else waiters.set(id, [...(waiters.get(id) ?? []), resolve]);
    });
  return {
    discord: fake,
    adapter,
    inputs,
    failures,
    answerWith(next) {
      current = next;
    },
    outcome,
    async answer(id) {
      const e = await outcome(id);
      if ('error' in e) throw e.error;
      return e.messageIds.map((mid) => {
        const m = fake.rest.messages.find((x) => x.id === mid);
        if (!m) throw new Error(`message ${mid} not in the fake`);
        return m;
      });
    },
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** All embed text of a message (title, descriptions, footer), for content assertions. */
export function embedText(m: StoredMessage): string {
  return (m.body.embeds ?? []).map((e) => [e.title, e.description, e.footer?.text].filter(Boolean).join('\n')).join('\n');
}
