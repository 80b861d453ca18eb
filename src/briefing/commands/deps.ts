import type { CommandContext, CommandSpec } from '../../core/commands.js';
import type { Logger } from '../../core/logger.js';
import { engineFor, type BriefingEngine } from '../engine.js';
import type { Topic } from '../topics.js';

export interface BriefingDeps {
  /** The current topics (re-read when content/topics.yml changes). */
  topics: () => readonly Topic[];
  /** Every command the bot offers, for /help (digest commands included); defaults to the briefing commands. */
  allCommands?: () => readonly CommandSpec[];
  /** Unused by the commands (they log through the command context); accepted so wiring can pass one logger. */
  logger?: Logger;
}

/** The shared engine for this library, with the current topics applied. */
export function engineWithTopics(ctx: CommandContext, deps: BriefingDeps): BriefingEngine {
  const engine = engineFor(ctx.library, ctx.logger);
  engine.setTopics(deps.topics());
  return engine;
}
