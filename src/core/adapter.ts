import type { ChannelId, ChatInput } from './input.js';
import type { Reply } from './reply.js';

/** What the core runtime gives an adapter: turn one input into one reply. */
export type InputHandler = (input: ChatInput) => Promise<Reply>;

export interface SendOptions {
  /** Idempotency key for scheduled deliveries (channel|topic|slot); adapters that can store it with the message do. */
  idempotencyKey?: string;
}

export interface SentRef {
  /** Platform message id(s) of the sent message(s). */
  ids: string[];
}

/**
 * The contract every chat adapter implements (hubot-sized: few required methods, optional capabilities marked).
 */
export interface ChatAdapter {
  readonly platform: string;
  /** Connect and start delivering inputs to `handler`. Rejects (never resolves disconnected) on a failed login. */
  start(handler: InputHandler): Promise<void>;
  stop(): Promise<void>;
  /** Post a reply unprompted (digests) to a channel id this adapter owns. */
  send(channel: ChannelId, reply: Reply, options?: SendOptions): Promise<SentRef>;
  /**
   * Optional capability: whether a message carrying this idempotency key was already posted in the channel since
   * `since`. Used after a crash to decide whether a pending delivery must be resent.
   */
  wasSent?(channel: ChannelId, idempotencyKey: string, since: Date): Promise<boolean>;
}

export class NotSupportedError extends Error {
  constructor(platform: string, capability: string) {
    super(`${platform} adapter does not support ${capability}`);
    this.name = 'NotSupportedError';
  }
}
