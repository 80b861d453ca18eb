import { z } from 'zod';
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

const isoString = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date-time');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');

const subscriptionSchema = z.object({
  channel: z.string().min(1),
  topic: z.string().min(1),
  times: z.array(hhmm).min(1),
  days: z.enum(['daily', 'weekdays']),
  timezone: z.string().min(1),
  quiet: z.boolean(),
  createdAt: isoString,
  createdBy: z.string().optional(),
});

const coverageSchema = z.object({ articleIds: z.array(z.string()), quoteIds: z.array(z.string()) });

const ledgerSchema = z.object({
  channel: z.string(),
  topic: z.string(),
  articleIds: z.array(z.string()),
  quoteIds: z.array(z.string()),
  lastDeliveredAt: isoString.optional(),
  handledThrough: isoString.optional(),
});

const deliverySchema = z.object({
  key: z.string(),
  channel: z.string(),
  topic: z.string(),
  slot: isoString,
  state: z.enum(['pending', 'sent', 'superseded']),
  createdAt: isoString,
  updatedAt: isoString,
  attempts: z.number().int().min(0),
  covers: coverageSchema,
  sentAt: isoString.optional(),
  messageIds: z.array(z.string()).optional(),
  lastError: z.string().optional(),
});

const runSchema = z.object({
  channel: z.string(),
  topic: z.string(),
  slot: isoString.optional(),
  at: isoString,
  result: z.enum(['sent', 'recovered', 'nothing-new', 'failed', 'superseded']),
  detail: z.string().optional(),
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
