/**
 * A chat event normalised by an adapter's parse step. The core never sees a platform object.
 *
 * Channel ids are opaque strings with a platform prefix (`discord:<guild>:<channel>`, `slack:<team>:<channel>`,
 * `console:local`) so they can key subscriptions and the delivery ledger directly.
 */
export type ChannelId = string;

export interface ChatUser {
  id: string;
  name?: string;
  /** The platform says this user may manage the channel (Discord Manage Channels/Guild, Slack admin/owner or allow-list). */
  canManage: boolean;
}

export interface ChatInput {
  platform: string;
  channel: ChannelId;
  user: ChatUser;
  /** The whole text as typed: "/brief iraq-mission" or "who said training was suspended?". */
  text: string;
  /** Raw platform event, kept for debugging only. */
  raw?: unknown;
}
