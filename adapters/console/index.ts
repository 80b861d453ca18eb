import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ChatAdapter, InputHandler, SendOptions, SentRef } from '../../src/core/adapter.js';
import type { ChatInput } from '../../src/core/input.js';
import type { Reply } from '../../src/core/reply.js';
import { renderText } from './render.js';

export const CONSOLE_CHANNEL = 'console:local';

export interface ConsoleAdapterOptions {
  input: Readable;
  output: Writable;
  /** Print a prompt and greeting (interactive terminal) or stay quiet (piped input). */
  interactive: boolean;
  width?: number;
}

/**
 * A terminal chat: every line typed is a command or a question; replies print as wrapped text.
 * The local user may manage subscriptions (it is their own machine).
 */
export class ConsoleAdapter implements ChatAdapter {
  readonly platform = 'console';
  private closeReadline: (() => void) | undefined;
  private sent = 0;
  private finished: Promise<void> = Promise.resolve();

  constructor(private readonly options: ConsoleAdapterOptions) {}

  async start(handler: InputHandler): Promise<void> {
    const { input, output, interactive } = this.options;
    const rl = createInterface({ input, output, terminal: false });
    this.closeReadline = () => rl.close();
    const prompt = () => {
      if (interactive) output.write('sitrep> ');
    };
    if (interactive) output.write('sitrep console. Type /help for commands, a question in plain words, or /quit.\n');
    prompt();
    this.finished = new Promise<void>((resolve) => {
      // Lines are handled one at a time so replies never interleave.
      let chain = Promise.resolve();
      // readline still emits lines it had buffered after close(); nothing after /quit may run.
      let quit = false;
      rl.on('line', (line) => {
        chain = chain.then(async () => {
          const text = line.trim();
          if (quit) return;
          if (text === '/quit' || text === '/exit') {
            quit = true;
            rl.close();
            return;
          }
          if (text !== '') await this.handleLine(text, handler);
          prompt();
        });
      });
      rl.on('close', () => {
        void chain.then(resolve);
      });
    });
  }

  /** Resolves when the user closes the session (EOF or /quit) and the last reply is printed. */
  done(): Promise<void> {
    return this.finished;
  }

  async stop(): Promise<void> {
    this.closeReadline?.();
    await this.finished;
  }

  async send(_channel: string, reply: Reply, _options?: SendOptions): Promise<SentRef> {
    this.print(reply);
    this.sent += 1;
    return { ids: [`console-${this.sent}`] };
  }

  private async handleLine(text: string, handler: InputHandler): Promise<void> {
    const input: ChatInput = {
      platform: 'console',
      channel: CONSOLE_CHANNEL,
      user: { id: 'local', name: 'you', canManage: true },
      text,
    };
    try {
      this.print(await handler(input));
    } catch (err) {
      // The dispatcher answers every input itself; reaching here is a bug, so say so instead of killing the session.
      this.options.output.write(`sitrep failed to answer: ${err instanceof Error ? err.message : String(err)}\n\n`);
    }
  }

  private print(reply: Reply): void {
    this.options.output.write(`${renderText(reply, { width: this.options.width })}\n\n`);
  }
}
