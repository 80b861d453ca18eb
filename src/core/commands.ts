import type { Logger } from './logger.js';
import type { ChatInput } from './input.js';
import type { Library } from './library.js';
import type { Reply } from './reply.js';

/** Time source, injected so schedules and "as of" texts are testable. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every command handler receives besides its arguments. Extra services are added as optional fields. */
export interface CommandContext {
  library: Library;
  clock: Clock;
  logger: Logger;
  input: ChatInput;
  /** Every command the dispatcher routes to (set by createDispatcher), so /help can list them all. */
  commands?: readonly CommandSpec[];
}

/** A slash command, the same on every platform. */
export interface CommandSpec {
  /** Without the slash: "brief". */
  name: string;
  /** One usage line: "/brief <topic>". */
  usage: string;
  /** One sentence for /help. */
  summary: string;
  /** Argument options an adapter may register (Discord slash options, Slack hint). */
  options?: CommandOption[];
  run(args: string, ctx: CommandContext): Promise<Reply>;
}

export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** Adapter may offer autocomplete from this source. */
  autocomplete?: 'topic';
}

/** A user-facing error whose message is safe and useful to show as-is (bad arguments, unknown topic...). */
export class UserError extends Error {
  constructor(
    message: string,
    /** The usage line to show with it, when the error is about how the command was typed. */
    readonly usage?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
