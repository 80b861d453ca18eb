import type { CommandSpec } from '../../core/commands.js';
import { askCommand } from './ask.js';
import { briefCommand } from './brief.js';
import type { BriefingDeps } from './deps.js';
import { helpCommand } from './help.js';
import { quotesCommand } from './quotes.js';
import { sourcesCommand } from './sources.js';
import { timelineCommand } from './timeline.js';

export type { BriefingDeps } from './deps.js';
export { helpReply } from './help.js';

/** /brief, /ask, /quotes, /timeline, /sources and /help. */
export function briefingCommands(deps: BriefingDeps): CommandSpec[] {
  const own: CommandSpec[] = [briefCommand(deps), askCommand(deps), quotesCommand(deps), timelineCommand(deps), sourcesCommand(deps)];
  own.push(helpCommand(() => deps.allCommands?.() ?? own));
  return own;
}
