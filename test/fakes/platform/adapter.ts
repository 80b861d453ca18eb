import type { ChatAdapter, InputHandler, SendOptions, SentRef } from '../../../src/core/adapter.js';
import type { ChannelId } from '../../../src/core/input.js';
import type { Reply } from '../../../src/core/reply.js';

export interface RecordedPost {
  channel: ChannelId;
  key?: string;
  reply: Reply;
  id: string;
}

/**
 * An in-process ChatAdapter that records posts. Failures are scripted per call: `failNext(n, 'lost')` makes the
 * next n sends throw (`'lost'` = the post lands but the caller sees an error, like a timeout after delivery).
 */
export class RecordingAdapter implements ChatAdapter {
  readonly posts: RecordedPost[] = [];
  sendCalls = 0;
  wasSentCalls = 0;
  #failures: ('reject' | 'lost')[] = [];
  wasSentError: Error | undefined;
  wasSent?: (channel: ChannelId, key: string, since: Date) => Promise<boolean>;

  constructor(
    readonly platform = 'fake',
    options: { confirm?: boolean } = {},
  ) {
    if (options.confirm !== false) {
      this.wasSent = async (channel, key) => {
        this.wasSentCalls++;
        if (this.wasSentError) throw this.wasSentError;
        return this.posts.some((p) => p.channel === channel && p.key === key);
      };
    }
  }

  failNext(n: number, how: 'reject' | 'lost' = 'reject'): void {
    for (let i = 0; i < n; i++) this.#failures.push(how);
  }

  async start(_handler: InputHandler): Promise<void> {}
  async stop(): Promise<void> {}

  async send(channel: ChannelId, reply: Reply, options?: SendOptions): Promise<SentRef> {
    this.sendCalls++;
    const failure = this.#failures.shift();
    if (failure === 'reject') throw new Error('HTTP 503 from platform');
    const id = `m${this.posts.length + 1}`;
    this.posts.push({ channel, reply, id, ...(options?.idempotencyKey ? { key: options.idempotencyKey } : {}) });
    if (failure === 'lost') throw new Error('request timed out');
    return { ids: [id] };
  }

  keys(): string[] {
    return this.posts.map((p) => p.key ?? '');
  }
}
