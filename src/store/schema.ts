// zod/mini: same validation as zod, but tree-shakes to a few KB, which matters for short-lived processes (crash soak).
import * as z from 'zod/mini';
import type { DeliveryRecord, LedgerEntry, RunRecord, Subscription } from './types.js';

/** The whole stored document. Bump STORE_VERSION and add a step in migrate.ts whenever its shape changes. */
export interface StoreDocV1 {
  version: 1;
  subscriptions: Subscription[];
  /** Keyed `channel|topic`. */
  ledgers: Record<string, LedgerEntry>;
  /** Keyed `channel|topic|slotISO`. */
  deliveries: Record<string, DeliveryRecord>;
  /** Oldest first, capped (see document.ts). */
  runs: RunRecord[];
}

export type StoreDoc = StoreDocV1;

export const STORE_VERSION = 1;

export function emptyDoc(): StoreDoc {
  return { version: 1, subscriptions: [], ledgers: {}, deliveries: {}, runs: [] };
}

const isoString = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date-time'));
export const hhmmSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM'));
const nonEmpty = z.string().check(z.minLength(1));

const subscriptionSchema = z.object({
  channel: nonEmpty,
  topic: nonEmpty,
  times: z.array(hhmmSchema).check(z.minLength(1)),
  days: z.enum(['daily', 'weekdays']),
  timezone: nonEmpty,
  quiet: z.boolean(),
  createdAt: isoString,
  createdBy: z.optional(z.string()),
});

const coverageSchema = z.object({ articleIds: z.array(z.string()), quoteIds: z.array(z.string()) });

const ledgerSchema = z.object({
  channel: z.string(),
  topic: z.string(),
  articleIds: z.array(z.string()),
  quoteIds: z.array(z.string()),
  lastDeliveredAt: z.optional(isoString),
  handledThrough: z.optional(isoString),
});

const deliverySchema = z.object({
  key: z.string(),
  channel: z.string(),
  topic: z.string(),
  slot: isoString,
  state: z.enum(['pending', 'sent', 'superseded']),
  createdAt: isoString,
  updatedAt: isoString,
  attempts: z.number().check(z.int(), z.minimum(0)),
  covers: coverageSchema,
  sentAt: z.optional(isoString),
  messageIds: z.optional(z.array(z.string())),
  lastError: z.optional(z.string()),
});

const runSchema = z.object({
  channel: z.string(),
  topic: z.string(),
  slot: z.optional(isoString),
  at: isoString,
  result: z.enum(['sent', 'recovered', 'nothing-new', 'failed', 'superseded']),
  detail: z.optional(z.string()),
});

export const storeDocV1Schema = z.object({
  version: z.literal(1),
  subscriptions: z.array(subscriptionSchema),
  ledgers: z.record(z.string(), ledgerSchema),
  deliveries: z.record(z.string(), deliverySchema),
  runs: z.array(runSchema),
});

/** Validates a current-version document; returns the problems as one line each (path: message). */
export function validateDoc(value: unknown): { ok: true; doc: StoreDoc } | { ok: false; problems: string[] } {
  const parsed = storeDocV1Schema.safeParse(value);
  if (parsed.success) return { ok: true, doc: parsed.data };
  return { ok: false, problems: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
}
