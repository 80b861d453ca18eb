/**
 * Routes a chat input: "/name args" to its command, plain text to the question answerer. Errors stop here:
 * a UserError shows its message and usage; anything else is logged with context and the user gets a short apology
 * (no stack, no internals).
 */
import { answerQuestion } from '../briefing/question/answer.js';
import { UserError, type Clock, type CommandContext, type CommandSpec } from './commands.js';
import type { ChatInput } from './input.js';
import type { Library } from './library.js';
import type { Logger } from './logger.js';
import type { Reply } from './reply.js';

export interface DispatchDeps {
  library: Library;
  clock: Clock;
  logger: Logger;
  /** Answers plain-language text; defaults to the briefing layer's answerQuestion. */
  answer?: (text: string, ctx: CommandContext) => Promise<Reply>;
}

export type Dispatch = (input: ChatInput) => Promise<Reply>;

const COMMAND = /^\/([A-Za-z][\w-]*)(?:@\S+)?(?:\s+([\s\S]*))?$/;

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(up + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

/** The command whose name is closest to what was typed, when it is close enough to be a typo. */
export function closestCommand(typed: string, commands: readonly CommandSpec[]): CommandSpec | undefined {
  let best: { c: CommandSpec; d: number } | undefined;
  for (const c of commands) {
    const d = c.name.startsWith(typed) || typed.startsWith(c.name) ? 0 : editDistance(typed, c.name);
    if (!best || d < best.d) best = { c, d };
  }
  return best && best.d <= Math.max(2, Math.floor(typed.length / 3)) ? best.c : undefined;
}

/** The command list under a lead line; an unknown command is an error (the CLI exits non-zero), empty input is not. */
export function usageReply(commands: readonly CommandSpec[], lead: string, kind: 'error' | 'help' = 'error'): Reply {
  return {
    kind,
    title: kind === 'error' ? 'Unknown command' : 'Commands',
    sections: [
      { blocks: [{ type: 'text', text: { text: lead, cites: [] } }] },
      {
        heading: 'Commands',
        blocks: [{ type: 'bullets', items: [...commands].sort((a, b) => a.name.localeCompare(b.name)).map((c) => ({ text: `${c.usage} — ${c.summary}`, cites: [] })) }],
      },
    ],
    citations: [],
  };
}

function userErrorReply(err: UserError): Reply {
  const blocks: Reply['sections'][number]['blocks'] = [{ type: 'text', text: { text: err.message, cites: [] } }];
  if (err.usage) blocks.push({ type: 'text', text: { text: `Usage: ${err.usage}`, cites: [] } });
  return { kind: 'error', title: 'Could not do that', sections: [{ blocks }], citations: [] };
}

export function createDispatcher(commands: readonly CommandSpec[], deps: DispatchDeps): Dispatch {
  const byName = new Map(commands.map((c) => [c.name.toLowerCase(), c]));
  const log = deps.logger.child({ component: 'dispatch' });
  const answer = deps.answer ?? answerQuestion;
  return async (input) => {
    const ctx: CommandContext = { library: deps.library, clock: deps.clock, logger: deps.logger, input, commands };
    const text = input.text.trim();
    const m = COMMAND.exec(text);
    const name = m?.[1]?.toLowerCase();
    const command = name ? byName.get(name) : undefined;
    try {
      if (m && name !== undefined) {
        if (!command) {
          const near = closestCommand(name, commands);
          return usageReply(commands, `There is no /${name} command.${near ? ` Did you mean ${near.usage}?` : ''}`);
        }
        return await command.run((m[2] ?? '').trim(), ctx);
      }
      if (text === '') return usageReply(commands, 'Type a command or ask a question.', 'help');
      return await answer(text, ctx);
    } catch (err) {
      if (err instanceof UserError) return userErrorReply(err.usage || !command ? err : new UserError(err.message, command.usage));
      log.error({ err, command: name ?? null, channel: input.channel, user: input.user.id, text: text.slice(0, 200) }, 'command failed');
      return {
        kind: 'error',
        title: 'Something went wrong',
        sections: [{ blocks: [{ type: 'text', text: { text: 'Sorry, that failed on our side. It has been logged; please try again later.', cites: [] } }] }],
        citations: [],
      };
    }
  };
}
