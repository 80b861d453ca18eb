import type { ChannelId } from '../core/input.js';
import { StoreStateError } from './errors.js';
import type { StoreDoc } from './schema.js';
import {
  deliveryKey,
  ledgerKey,
  type CompleteOutcome,
  type Coverage,
  type DeliveryFilter,
  type DeliveryRecord,
  type LedgerEntry,
  type RunFilter,
  type RunRecord,
  type Store,
  type Subscription,
} from './types.js';

/** Persist a whole document durably; resolves when written. The in-memory store passes a no-op. */
export type Persist = (doc: StoreDoc) => Promise<void>;

export interface DocumentStoreOptions {
  /** Runs kept in history (oldest dropped first). */
  maxRuns?: number;
  /** Finished delivery records older than this are pruned (pending ones never are). */
  keepDeliveriesMs?: number;
  /** Called once after the last write on close (e.g. release the file lock). */
  onClose?: () => Promise<void>;
}

const DEFAULT_MAX_RUNS = 1000;
const DEFAULT_KEEP_DELIVERIES_MS = 40 * 24 * 3600 * 1000;

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

/**
 * The Store logic over one JSON document, shared by the file and in-memory stores.
 *
 * Mutations are serialised through a promise chain and are transactional: each applies to a copy, the copy is
 * persisted, and only then becomes current. A failed write therefore leaves the store as it was, and the caller
 * (e.g. the scheduler about to send) sees the rejection and does not proceed.
 */
export class DocumentStore implements Store {
  #doc: StoreDoc;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;
  readonly #maxRuns: number;
  readonly #keepDeliveriesMs: number;

  constructor(
    doc: StoreDoc,
    private readonly persist: Persist,
    private readonly options: DocumentStoreOptions = {},
  ) {
    this.#doc = doc;
    this.#maxRuns = options.maxRuns ?? DEFAULT_MAX_RUNS;
    this.#keepDeliveriesMs = options.keepDeliveriesMs ?? DEFAULT_KEEP_DELIVERIES_MS;
  }

  /** A deep copy of the current document (for tests and diagnostics). */
  snapshot(): StoreDoc {
    return structuredClone(this.#doc);
  }

  #mutate<T>(fn: (doc: StoreDoc) => T): Promise<T> {
    if (this.#closed) return Promise.reject(new StoreStateError('store is closed'));
    const run = async (): Promise<T> => {
      const next = structuredClone(this.#doc);
      const result = fn(next);
      await this.persist(next);
      this.#doc = next;
      return result;
    };
    const p = this.#queue.then(run);
    // The chain must survive a failed write; the failure itself goes to the caller through `p`.
    this.#queue = p.catch(() => undefined);
    return p;
  }

  async listSubscriptions(channel?: ChannelId): Promise<Subscription[]> {
    return structuredClone(this.#doc.subscriptions.filter((s) => channel === undefined || s.channel === channel));
  }

  async getSubscription(channel: ChannelId, topic: string): Promise<Subscription | undefined> {
    const s = this.#doc.subscriptions.find((x) => x.channel === channel && x.topic === topic);
    return s && structuredClone(s);
  }

  putSubscription(sub: Subscription): Promise<void> {
    return this.#mutate((doc) => {
      const copy = structuredClone(sub);
      const i = doc.subscriptions.findIndex((x) => x.channel === sub.channel && x.topic === sub.topic);
      if (i >= 0) doc.subscriptions[i] = copy;
      else doc.subscriptions.push(copy);
    });
  }

  removeSubscription(channel: ChannelId, topic: string): Promise<boolean> {
    return this.#mutate((doc) => {
      const before = doc.subscriptions.length;
      doc.subscriptions = doc.subscriptions.filter((x) => !(x.channel === channel && x.topic === topic));
      return doc.subscriptions.length < before;
    });
  }

  async getLedger(channel: ChannelId, topic: string): Promise<LedgerEntry | undefined> {
    const l = this.#doc.ledgers[ledgerKey(channel, topic)];
    return l && structuredClone(l);
  }

  async getDelivery(key: string): Promise<DeliveryRecord | undefined> {
    const d = this.#doc.deliveries[key];
    return d && structuredClone(d);
  }

  async listDeliveries(filter: DeliveryFilter = {}): Promise<DeliveryRecord[]> {
    const out = Object.values(this.#doc.deliveries).filter(
      (d) =>
        (filter.state === undefined || d.state === filter.state) &&
        (filter.channel === undefined || d.channel === filter.channel) &&
        (filter.topic === undefined || d.topic === filter.topic),
    );
    return structuredClone(out.sort((a, b) => a.slot.localeCompare(b.slot)));
  }

  beginDelivery(input: { channel: ChannelId; topic: string; slot: Date; covers: Coverage; at: Date }): Promise<DeliveryRecord> {
    return this.#mutate((doc) => {
      const key = deliveryKey(input.channel, input.topic, input.slot);
      const at = input.at.toISOString();
      const prev = doc.deliveries[key];
      if (prev && prev.state !== 'pending') throw new StoreStateError(`delivery ${key} is already ${prev.state}`);
      const rec: DeliveryRecord = {
        key,
        channel: input.channel,
        topic: input.topic,
        slot: input.slot.toISOString(),
        state: 'pending',
        createdAt: prev?.createdAt ?? at,
        updatedAt: at,
        attempts: (prev?.attempts ?? 0) + 1,
        covers: structuredClone(input.covers),
        ...(prev?.lastError !== undefined ? { lastError: prev.lastError } : {}),
      };
      doc.deliveries[key] = rec;
      this.#prune(doc, input.at);
      return structuredClone(rec);
    });
  }

  completeDelivery(key: string, outcome: CompleteOutcome): Promise<void> {
    return this.#mutate((doc) => {
      const rec = this.#pending(doc, key);
      const at = outcome.at.toISOString();
      rec.state = 'sent';
      rec.sentAt = at;
      rec.updatedAt = at;
      rec.messageIds = [...outcome.messageIds];
      const ledger = this.#ledger(doc, rec.channel, rec.topic);
      ledger.articleIds = union(ledger.articleIds, rec.covers.articleIds);
      ledger.quoteIds = union(ledger.quoteIds, rec.covers.quoteIds);
      ledger.lastDeliveredAt = at;
      this.#advance(ledger, rec.slot);
      this.#pushRun(doc, { channel: rec.channel, topic: rec.topic, slot: rec.slot, at, result: outcome.result, detail: outcome.detail });
    });
  }

  failDelivery(key: string, error: string, at: Date): Promise<void> {
    return this.#mutate((doc) => {
      const rec = this.#pending(doc, key);
      rec.lastError = error;
      rec.updatedAt = at.toISOString();
      this.#pushRun(doc, { channel: rec.channel, topic: rec.topic, slot: rec.slot, at: rec.updatedAt, result: 'failed', detail: error });
    });
  }

  supersedeDelivery(key: string, byKey: string, at: Date): Promise<void> {
    return this.#mutate((doc) => {
      const rec = this.#pending(doc, key);
      rec.state = 'superseded';
      rec.updatedAt = at.toISOString();
      this.#advance(this.#ledger(doc, rec.channel, rec.topic), rec.slot);
      const detail = `not posted; replaced by the ${byKey.split('|').pop() ?? byKey} digest`;
      this.#pushRun(doc, { channel: rec.channel, topic: rec.topic, slot: rec.slot, at: rec.updatedAt, result: 'superseded', detail });
    });
  }

  skipSlot(channel: ChannelId, topic: string, slot: Date, at: Date, detail: string): Promise<void> {
    return this.#mutate((doc) => {
      this.#advance(this.#ledger(doc, channel, topic), slot.toISOString());
      this.#pushRun(doc, { channel, topic, slot: slot.toISOString(), at: at.toISOString(), result: 'nothing-new', detail });
    });
  }

  recordRun(run: RunRecord): Promise<void> {
    return this.#mutate((doc) => this.#pushRun(doc, structuredClone(run)));
  }

  async listRuns(filter: RunFilter = {}): Promise<RunRecord[]> {
    const limit = filter.limit ?? 20;
    const out: RunRecord[] = [];
    for (let i = this.#doc.runs.length - 1; i >= 0 && out.length < limit; i--) {
      const r = this.#doc.runs[i];
      if (!r) continue;
      if (filter.channel !== undefined && r.channel !== filter.channel) continue;
      if (filter.topic !== undefined && r.topic !== filter.topic) continue;
      out.push(structuredClone(r));
    }
    return out;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#queue;
    await this.options.onClose?.();
  }

  #pending(doc: StoreDoc, key: string): DeliveryRecord {
    const rec = doc.deliveries[key];
    if (!rec) throw new StoreStateError(`no delivery record ${key}`);
    if (rec.state !== 'pending') throw new StoreStateError(`delivery ${key} is ${rec.state}, not pending`);
    return rec;
  }

  #ledger(doc: StoreDoc, channel: ChannelId, topic: string): LedgerEntry {
    const k = ledgerKey(channel, topic);
    const existing = doc.ledgers[k];
    if (existing) return existing;
    const fresh: LedgerEntry = { channel, topic, articleIds: [], quoteIds: [] };
    doc.ledgers[k] = fresh;
    return fresh;
  }

  #advance(ledger: LedgerEntry, slotIso: string): void {
    if (!ledger.handledThrough || Date.parse(slotIso) > Date.parse(ledger.handledThrough)) ledger.handledThrough = slotIso;
  }

  #pushRun(doc: StoreDoc, run: RunRecord): void {
    if (run.detail === undefined) delete run.detail;
    doc.runs.push(run);
    if (doc.runs.length > this.#maxRuns) doc.runs.splice(0, doc.runs.length - this.#maxRuns);
  }

  #prune(doc: StoreDoc, now: Date): void {
    const cutoff = now.getTime() - this.#keepDeliveriesMs;
    for (const [k, d] of Object.entries(doc.deliveries)) {
      if (d.state !== 'pending' && Date.parse(d.updatedAt) < cutoff) delete doc.deliveries[k];
    }
  }
}
