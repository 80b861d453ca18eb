import * as z from 'zod/mini';
import { emptyDoc, hhmmSchema, STORE_VERSION, validateDoc, type StoreDoc } from './schema.js';

/**
 * Schema migrations, one step per version. A file without a `version` field is v0: the pre-release prototype format
 *
 *   { "subs": [{ "channel", "topic", "time": "HH:MM", "tz"? }], "delivered": { "channel|topic": ["articleId", ...] } }
 *
 * Migration never drops what it cannot map: an unknown shape is reported as corrupt instead.
 */

export type MigrationResult =
  | { ok: true; doc: StoreDoc; from: number }
  | { ok: false; reason: string }
  | { ok: false; newer: number };

const v0Schema = z.object({
  subs: z.array(
    z.object({
      channel: z.string().check(z.minLength(1)),
      topic: z.string().check(z.minLength(1)),
      time: hhmmSchema,
      tz: z.optional(z.string()),
    }),
  ),
  delivered: z.optional(z.record(z.string(), z.array(z.string()))),
});

export interface MigrationContext {
  /** Zone for v0 subscriptions that named none. */
  defaultTimezone: string;
  now: Date;
}

function fromV0(raw: unknown, ctx: MigrationContext): { ok: true; doc: StoreDoc } | { ok: false; reason: string } {
  const parsed = v0Schema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: `not a v0 store: ${parsed.error.issues[0]?.message ?? 'bad shape'}` };
  const doc = emptyDoc();
  const createdAt = ctx.now.toISOString();
  for (const s of parsed.data.subs) {
    const i = doc.subscriptions.findIndex((x) => x.channel === s.channel && x.topic === s.topic);
    const sub = { channel: s.channel, topic: s.topic, times: [s.time], days: 'daily' as const, timezone: s.tz ?? ctx.defaultTimezone, quiet: false, createdAt };
    if (i >= 0) doc.subscriptions[i] = sub;
    else doc.subscriptions.push(sub);
  }
  for (const [key, ids] of Object.entries(parsed.data.delivered ?? {})) {
    const bar = key.indexOf('|');
    if (bar <= 0) return { ok: false, reason: `v0 ledger key "${key}" is not channel|topic` };
    // v0 only knew article ids; quotes from those articles are treated as delivered too by compose (same articles).
    doc.ledgers[key] = { channel: key.slice(0, bar), topic: key.slice(bar + 1), articleIds: [...new Set(ids)], quoteIds: [] };
  }
  return { ok: true, doc };
}

/** Bring any known stored shape up to the current version, validating the result. */
export function migrate(raw: unknown, ctx: MigrationContext): MigrationResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'top level is not an object' };
  const version = (raw as { version?: unknown }).version;
  let doc: unknown = raw;
  let from: number;
  if (version === undefined) {
    const v1 = fromV0(raw, ctx);
    if (!v1.ok) return v1;
    doc = v1.doc;
    from = 0;
  } else if (typeof version === 'number' && Number.isInteger(version) && version >= 1) {
    if (version > STORE_VERSION) return { ok: false, newer: version };
    from = version;
  } else {
    return { ok: false, reason: `version field is ${JSON.stringify(version)}` };
  }
  const checked = validateDoc(doc);
  if (!checked.ok) return { ok: false, reason: checked.problems.join('; ') };
  return { ok: true, doc: checked.doc, from };
}
