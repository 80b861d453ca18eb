import type { ChannelId } from '../core/input.js';

/**
 * What sitrep remembers between runs: digest subscriptions, what each channel has already been sent (the ledger),
 * one idempotency record per scheduled delivery, and a short run history for /status.
 *
 * Times are ISO 8601 UTC strings so the stored document is plain JSON and diffable.
 */

export type DayRule = 'daily' | 'weekdays';

/** When a digest fires: wall-clock times in an IANA zone. */
export interface Schedule {
  /** "HH:MM" 24h wall-clock times, sorted, unique. */
  times: string[];
  days: DayRule;
  /** IANA zone, e.g. Europe/Brussels. */
  timezone: string;
}

export interface Subscription extends Schedule {
  channel: ChannelId;
  /** Topic slug. (channel, topic) is unique: subscribing again replaces the schedule. */
  topic: string;
  /** Skip the post when nothing is new, instead of a one-line "No new reporting" reply. */
  quiet: boolean;
  createdAt: string;
  createdBy?: string;
}

/** Per channel+topic memory of what was delivered, advanced only after a successful send. */
export interface LedgerEntry {
  channel: ChannelId;
  topic: string;
  articleIds: string[];
  quoteIds: string[];
  /** When the last digest was actually posted. */
  lastDeliveredAt?: string;
  /** The latest slot that is finished (posted, recovered, skipped as empty or superseded): catch-up starts after it. */
  handledThrough?: string;
}

/** Ids a digest covers; applied to the ledger when its post is confirmed. */
export interface Coverage {
  articleIds: string[];
  quoteIds: string[];
}

export type DeliveryState = 'pending' | 'sent' | 'superseded';

/**
 * Idempotency record for one scheduled delivery, keyed `channel|topic|slotISO`. Written as `pending` (and made durable)
 * BEFORE the platform is called, and `sent` after, so a crash in between is detectable on restart.
 */
export interface DeliveryRecord {
  key: string;
  channel: ChannelId;
  topic: string;
  slot: string;
  state: DeliveryState;
  createdAt: string;
  updatedAt: string;
  /** Send attempts so far (including the one that may have been interrupted by a crash). */
  attempts: number;
  covers: Coverage;
  sentAt?: string;
  messageIds?: string[];
  lastError?: string;
}

export type RunResult = 'sent' | 'recovered' | 'nothing-new' | 'failed' | 'superseded';

export interface RunRecord {
  channel: ChannelId;
  topic: string;
  slot?: string;
  at: string;
  result: RunResult;
  /** Human-readable detail ("3 articles, 2 quotes", "delayed 2h", the error message). */
  detail?: string;
}

export interface DeliveryFilter {
  state?: DeliveryState;
  channel?: ChannelId;
  topic?: string;
}

export interface RunFilter {
  channel?: ChannelId;
  topic?: string;
  /** Newest first; default 20. */
  limit?: number;
}

export interface CompleteOutcome {
  at: Date;
  messageIds: string[];
  /** 'recovered' when a crash left the record pending but the platform confirmed the post. */
  result: 'sent' | 'recovered';
  detail?: string;
}

/**
 * The store sitrep's scheduler and commands use. Every mutation resolves only once it is durable, and mutations are
 * applied one at a time in call order.
 */
export interface Store {
  listSubscriptions(channel?: ChannelId): Promise<Subscription[]>;
  getSubscription(channel: ChannelId, topic: string): Promise<Subscription | undefined>;
  /** Insert or replace the (channel, topic) subscription. */
  putSubscription(sub: Subscription): Promise<void>;
  /** Returns false when there was no such subscription. The ledger is kept so a re-subscribe does not repeat news. */
  removeSubscription(channel: ChannelId, topic: string): Promise<boolean>;

  getLedger(channel: ChannelId, topic: string): Promise<LedgerEntry | undefined>;

  getDelivery(key: string): Promise<DeliveryRecord | undefined>;
  listDeliveries(filter?: DeliveryFilter): Promise<DeliveryRecord[]>;
  /** Create or refresh a pending record (attempts + 1, new coverage). Refuses to touch a record already sent. */
  beginDelivery(input: { channel: ChannelId; topic: string; slot: Date; covers: Coverage; at: Date }): Promise<DeliveryRecord>;
  /** In one durable write: record sent, merge its coverage into the ledger, advance handledThrough, log the run. */
  completeDelivery(key: string, outcome: CompleteOutcome): Promise<void>;
  /** A send attempt failed: keep the record pending (a later attempt or restart re-checks it), log the run. */
  failDelivery(key: string, error: string, at: Date): Promise<void>;
  /** An older pending slot the platform never received, replaced by a newer slot: no post, logged. */
  supersedeDelivery(key: string, byKey: string, at: Date): Promise<void>;
  /** A slot finished without a post (quiet subscription, nothing new): advance handledThrough, log the run. */
  skipSlot(channel: ChannelId, topic: string, slot: Date, at: Date, detail: string): Promise<void>;

  recordRun(run: RunRecord): Promise<void>;
  listRuns(filter?: RunFilter): Promise<RunRecord[]>;

  /** Waits for queued writes and releases any file lock. */
  close(): Promise<void>;
}

export function deliveryKey(channel: ChannelId, topic: string, slot: Date): string {
  return `${channel}|${topic}|${slot.toISOString()}`;
}

export function ledgerKey(channel: ChannelId, topic: string): string {
  return `${channel}|${topic}`;
}
