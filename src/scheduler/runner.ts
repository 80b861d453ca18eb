import type { ChatAdapter } from '../core/adapter.js';
import type { Clock } from '../core/commands.js';
import type { ChannelId } from '../core/input.js';
import type { Library } from '../core/library.js';
import type { Logger } from '../core/logger.js';
import { composeDigest, type ComposedDigest } from '../digest/compose.js';
import type { DigestSummarizer, SelectArticles, TopicList } from '../digest/types.js';
import { deliveryKey, type DeliveryRecord, type Store, type Subscription } from '../store/types.js';
import { PacedQueue, realSleep, type PacerOptions, type Sleep } from './pacer.js';
import { latestSlot } from './slots.js';

/**
 * The delivery rules. One pass (`runDue`) looks at every subscription and delivers at most one digest each: the
 * latest slot that is due and not handled. Cron firing, catch-up after downtime and crash recovery are all this same
 * pass, so there is one code path to get right:
 *
 *   1. pending records (a send that may or may not have happened) are settled first: the platform is asked
 *      (adapter.wasSent); if it has the post, the record is completed without posting again;
 *   2. older unsettled slots are superseded by the newest one (one delayed digest after downtime, never one per day);
 *   3. for a slot with no record: compose, record `pending` durably, post, then record `sent` + ledger in one write.
 */

export interface RetryOptions {
  /** Send attempts within one pass. Default 4. */
  attempts?: number;
  /** First backoff; doubles each attempt. Default 2000. */
  baseMs?: number;
  maxMs?: number;
  /** A slot is not retried by later passes once this many passes tried it (it waits to be superseded). Default 12. */
  giveUpAfter?: number;
}

export interface RunnerDeps {
  store: Store;
  /** The library as it is now (a getter, since the corpus can be reloaded). */
  library: () => Library;
  topics: TopicList;
  selectArticles: SelectArticles;
  adapters: readonly ChatAdapter[];
  clock: Clock;
  logger: Logger;
  summarize?: DigestSummarizer;
  pacing?: PacerOptions;
  retry?: RetryOptions;
  /** A digest sent more than this after its slot carries a "delayed" note. Default 10 minutes. */
  lateAfterMs?: number;
  /** Margin subtracted from a pending record's time when asking wasSent, for clock skew. Default 10 minutes. */
  wasSentMarginMs?: number;
  sleep?: Sleep;
}

export type Outcome = 'sent' | 'recovered' | 'nothing-new' | 'failed' | 'idle' | 'no-adapter';

export interface PassReport {
  counts: Record<Outcome, number>;
  superseded: number;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function platformOf(channel: ChannelId): string {
  const i = channel.indexOf(':');
  return i < 0 ? channel : channel.slice(0, i);
}

export class DeliveryRunner {
  readonly #pacer: PacedQueue;
  readonly #sleep: Sleep;
  readonly #log: Logger;
  readonly #inFlight = new Map<string, Promise<Outcome>>();
  readonly #rerun = new Set<string>();
  readonly #warnedNoConfirm = new Set<string>();

  constructor(private readonly deps: RunnerDeps) {
    this.#sleep = deps.sleep ?? realSleep;
    this.#pacer = new PacedQueue({ sleep: this.#sleep, ...deps.pacing });
    this.#log = deps.logger.child({ component: 'scheduler' });
  }

  /** One pass over the subscriptions (all, or those `filter` keeps). Never rejects for a single subscription's failure. */
  async runDue(filter?: (sub: Subscription) => boolean): Promise<PassReport> {
    const subs = (await this.deps.store.listSubscriptions()).filter((s) => !filter || filter(s));
    const report: PassReport = { counts: { sent: 0, recovered: 0, 'nothing-new': 0, failed: 0, idle: 0, 'no-adapter': 0 }, superseded: 0 };
    const outcomes = await Promise.all(subs.map((s) => this.#guarded(s, report)));
    for (const o of outcomes) report.counts[o]++;
    return report;
  }

  /** Resolves when no delivery is in flight (for graceful shutdown). */
  async idle(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight.values()]);
  }

  adapterFor(channel: ChannelId): ChatAdapter | undefined {
    const p = platformOf(channel);
    return this.deps.adapters.find((a) => a.platform === p);
  }

  /** One delivery per subscription at a time; a pass arriving meanwhile re-runs it afterwards (a new slot may be due). */
  #guarded(sub: Subscription, report: PassReport): Promise<Outcome> {
    const k = `${sub.channel}|${sub.topic}`;
    const running = this.#inFlight.get(k);
    if (running) {
      this.#rerun.add(k);
      return running.then(() => 'idle' as const);
    }
    const p = (async (): Promise<Outcome> => {
      let outcome: Outcome;
      do {
        this.#rerun.delete(k);
        const current = await this.deps.store.getSubscription(sub.channel, sub.topic);
        outcome = current ? await this.#safely(current, report) : 'idle';
      } while (this.#rerun.has(k));
      return outcome;
    })().finally(() => this.#inFlight.delete(k));
    this.#inFlight.set(k, p);
    return p;
  }

  async #safely(sub: Subscription, report: PassReport): Promise<Outcome> {
    try {
      return await this.#process(sub, report);
    } catch (e) {
      // Store failures land here: logged with context, counted, and retried by the next pass.
      this.#log.error({ err: e, channel: sub.channel, topic: sub.topic }, 'digest delivery pass failed');
      return 'failed';
    }
  }

  async #process(sub: Subscription, report: PassReport): Promise<Outcome> {
    const { store, clock } = this.deps;
    const now = clock.now();
    const adapter = this.adapterFor(sub.channel);
    const ledger = await store.getLedger(sub.channel, sub.topic);
    const lower = new Date(Math.max(Date.parse(sub.createdAt), ledger?.handledThrough ? Date.parse(ledger.handledThrough) : -Infinity));
    const due = latestSlot(sub, lower, now);
    const pendings = await store.listDeliveries({ state: 'pending', channel: sub.channel, topic: sub.topic });
    if (!due && pendings.length === 0) return 'idle';
    if (!adapter) {
      this.#log.warn({ channel: sub.channel, platform: platformOf(sub.channel) }, 'digest due but no adapter for this platform is running');
      return 'no-adapter';
    }

    const targetMs = Math.max(due?.getTime() ?? -Infinity, ...pendings.map((p) => Date.parse(p.slot)));
    const target = new Date(targetMs);
    const targetKey = deliveryKey(sub.channel, sub.topic, target);

    // Settle older pending slots: recovered if the platform has them, else superseded by the target slot.
    for (const p of pendings) {
      if (p.key === targetKey) continue;
      const sent = await this.#confirm(adapter, p);
      if (sent === 'unknown') return 'failed';
      if (sent) await store.completeDelivery(p.key, { at: clock.now(), messageIds: [], result: 'recovered', detail: 'confirmed on the platform after a restart' });
      else {
        await store.supersedeDelivery(p.key, targetKey, clock.now());
        report.superseded++;
      }
    }

    const existing = pendings.find((p) => p.key === targetKey);
    if (existing) {
      const sent = await this.#confirm(adapter, existing);
      if (sent === 'unknown') return 'failed';
      if (sent) {
        await store.completeDelivery(existing.key, { at: clock.now(), messageIds: [], result: 'recovered', detail: 'confirmed on the platform after a restart' });
        return 'recovered';
      }
      if (existing.attempts >= (this.deps.retry?.giveUpAfter ?? 12)) return 'failed';
    }

    // Re-read: settling older records above may have moved the ledger on.
    const digest = this.#compose(sub, target, now, await store.getLedger(sub.channel, sub.topic));
    if (!existing && digest.empty && sub.quiet) {
      await store.skipSlot(sub.channel, sub.topic, target, clock.now(), 'nothing new; quiet subscription, no post');
      return 'nothing-new';
    }
    return this.#send(adapter, sub, target, digest);
  }

  #compose(sub: Subscription, slot: Date, now: Date, ledger: Awaited<ReturnType<Store['getLedger']>>): ComposedDigest {
    const library = this.deps.library();
    const topic = this.deps.topics().find((t) => t.slug === sub.topic) ?? { slug: sub.topic, title: sub.topic };
    const late = now.getTime() - slot.getTime() > (this.deps.lateAfterMs ?? 10 * 60_000);
    return composeDigest(
      {
        library,
        topic,
        articles: this.deps.selectArticles(sub.topic, library),
        ...(ledger ? { ledger } : {}),
        timezone: sub.timezone,
        now,
        ...(late ? { delayedFrom: slot } : {}),
      },
      { ...(this.deps.summarize ? { summarize: this.deps.summarize } : {}), logger: this.#log },
    );
  }

  /**
   * Whether a pending delivery reached the platform: true/false, or 'unknown' when the platform could not be asked
   * (then nothing is done until a later pass: resending could duplicate, superseding could miss).
   */
  async #confirm(adapter: ChatAdapter, rec: DeliveryRecord): Promise<boolean | 'unknown'> {
    if (!adapter.wasSent) {
      if (!this.#warnedNoConfirm.has(adapter.platform)) {
        this.#warnedNoConfirm.add(adapter.platform);
        this.#log.warn({ platform: adapter.platform, key: rec.key }, 'adapter cannot confirm earlier posts (no wasSent); an interrupted digest is resent and may appear twice');
      }
      return false;
    }
    const since = new Date(Date.parse(rec.createdAt) - (this.deps.wasSentMarginMs ?? 10 * 60_000));
    try {
      return await adapter.wasSent(rec.channel, rec.key, since);
    } catch (e) {
      this.#log.error({ err: e, key: rec.key }, 'could not ask the platform whether a digest was posted; will retry');
      await this.deps.store.recordRun({ channel: rec.channel, topic: rec.topic, slot: rec.slot, at: this.deps.clock.now().toISOString(), result: 'failed', detail: `could not confirm earlier post: ${errorText(e)}` });
      return 'unknown';
    }
  }

  async #send(adapter: ChatAdapter, sub: Subscription, slot: Date, digest: ComposedDigest): Promise<Outcome> {
    const { store, clock } = this.deps;
    const attempts = this.deps.retry?.attempts ?? 4;
    const base = this.deps.retry?.baseMs ?? 2000;
    const max = this.deps.retry?.maxMs ?? 60_000;
    const rec = await store.beginDelivery({ channel: sub.channel, topic: sub.topic, slot, covers: digest.covers, at: clock.now() });
    const detail = `${digest.empty ? 'nothing new' : `${digest.newArticles} articles, ${digest.newQuotes} quotes`}${digest.delayed ? ', delayed' : ''}`;

    for (let attempt = 1; ; attempt++) {
      let ids: string[];
      try {
        ids = (await this.#pacer.run(platformOf(sub.channel), () => adapter.send(sub.channel, digest.reply, { idempotencyKey: rec.key }))).ids;
      } catch (e) {
        this.#log.warn({ err: e, key: rec.key, attempt }, 'digest post failed');
        await store.failDelivery(rec.key, `attempt ${attempt}: ${errorText(e)}`, clock.now());
        if (attempt >= attempts) {
          this.#log.error({ key: rec.key, attempts }, 'digest post failed after retries; a later pass retries it');
          return 'failed';
        }
        await this.#sleep(Math.min(max, base * 2 ** (attempt - 1)));
        // A timed-out request may have landed after all.
        const landed = adapter.wasSent ? await this.#confirm(adapter, rec) : false;
        if (landed === 'unknown') return 'failed';
        if (landed) {
          await store.completeDelivery(rec.key, { at: clock.now(), messageIds: [], result: 'recovered', detail: `${detail}; confirmed after a failed attempt` });
          return 'recovered';
        }
        continue;
      }
      // Posted: if this write fails the record stays pending and the next pass asks the platform (wasSent).
      await store.completeDelivery(rec.key, { at: clock.now(), messageIds: ids, result: 'sent', detail });
      return 'sent';
    }
  }
}
