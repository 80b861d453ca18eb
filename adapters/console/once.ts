import type { App } from '../../src/app.js';
import { quotesJson } from '../../src/cli/quotes-json.js';
import type { ChatInput } from '../../src/core/input.js';
import type { Reply } from '../../src/core/reply.js';
import { CONSOLE_CHANNEL } from './index.js';
import { renderText } from './render.js';

export interface RunOnceOptions {
  json: boolean;
  width?: number;
}

export interface RunOnceResult {
  text: string;
  /** 0 answered, 1 the reply is an error (unknown command, bad arguments). */
  exitCode: number;
}

/**
 * Runs one command or question as the local console user and formats the answer: wrapped text, or JSON — the
 * reply model for every command, plus for `/quotes` the stable per-quote records (see README, "JSON output").
 */
export async function runOnce(app: App, command: string, options: RunOnceOptions): Promise<RunOnceResult> {
  const input: ChatInput = { platform: 'console', channel: CONSOLE_CHANNEL, user: { id: 'local', name: 'you', canManage: true }, text: command };
  const reply = await app.handle(input);
  const exitCode = reply.kind === 'error' ? 1 : 0;
  if (!options.json) return { text: `${renderText(reply, { width: options.width })}\n`, exitCode };
  const quotesArgs = /^\/quotes(?:\s+(.*))?$/is.exec(command.trim());
  const skipped = app.library.loadErrors();
  let payload: object = { reply, skipped };
  if (quotesArgs) {
    // Bare /quotes lists the whole corpus (a chat reply shows only the top of it); a filtered one, what it showed.
    const shown = quotesArgs[1]?.trim() ? shownQuoteIds(reply) : undefined;
    payload = { ...quotesJson(app.library, skipped, shown ? (q) => shown.has(q.id) : undefined), reply };
  }
  return { text: `${JSON.stringify(payload, null, 2)}\n`, exitCode };
}

function shownQuoteIds(reply: Reply): Set<string> {
  const ids = new Set<string>();
  for (const section of reply.sections) {
    for (const block of section.blocks) if (block.type === 'quote' && block.quote.id) ids.add(block.quote.id);
  }
  return ids;
}
