import type { EntityLookup } from '../../core/library.js';
import type { Logger } from '../../core/logger.js';
import type { Block, QuoteItem } from '../../core/reply.js';
import { groupQuotes, type QuoteGroup, type QuoteRef } from '../attribution.js';
import type { Citations } from '../citations.js';
import { groundedQuotes } from '../grounding.js';
import type { WindowItem } from '../window.js';

/** A quote block for a group: the lead attribution's words, and every other outlet's own wording and attribution. */
export function quoteItem(group: QuoteGroup, cites: Citations): QuoteItem {
  const q = group.lead.quote;
  const item: QuoteItem = {
    text: q.text,
    kind: q.kind,
    speaker: group.label.speaker,
    ...(group.label.role ? { speakerRole: group.label.role } : {}),
    ...(q.verb ? { verb: q.verb } : {}),
    date: q.date,
    cite: cites.cite(group.lead.article),
  };
  if (group.others.length > 0) {
    item.alsoReportedBy = group.others.map((o) => ({
      outlet: o.ref.article.outlet,
      speaker: o.label.role && !o.label.named ? o.label.speaker : [o.label.speaker, o.label.role].filter(Boolean).join(', '),
      cite: cites.cite(o.ref.article),
      text: o.ref.quote.text,
    }));
  }
  return item;
}

export function quoteBlocks(groups: readonly QuoteGroup[], cites: Citations): Block[] {
  return groups.map((g) => ({ type: 'quote', quote: quoteItem(g, cites) }));
}

const wordCount = (s: string): number => s.trim().split(/\s+/).filter(Boolean).length;

/** Every verbatim quote of the given articles, newest article first. */
export function quoteRefs(items: readonly WindowItem[], logger: Logger): QuoteRef[] {
  const refs: QuoteRef[] = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i]!;
    for (const quote of it.analysis.quotes) refs.push({ quote, article: it.article });
  }
  return groundedQuotes(refs, logger);
}

/**
 * The quotes most worth reading in a brief: named speakers before unnamed ones, whole statements before fragments,
 * words several outlets printed before words only one did, newer before older.
 */
export function topQuoteGroups(items: readonly WindowItem[], entities: EntityLookup, logger: Logger, max: number): QuoteGroup[] {
  const refs = quoteRefs(items, logger).filter((r) => wordCount(r.quote.text) >= 4).slice(0, 200);
  const groups = groupQuotes(refs, entities);
  const newest = Math.max(...items.map((i) => i.article.publishedAt.getTime()), 0);
  const score = (g: QuoteGroup): number => {
    const words = wordCount(g.lead.quote.text);
    const outlets = new Set([g.lead.article.outlet, ...g.others.map((o) => o.ref.article.outlet)]).size;
    const ageDays = (newest - g.lead.article.publishedAt.getTime()) / 86_400_000;
    return (
      (g.label.named ? 2 : 0) +
      (g.lead.quote.kind === 'direct' ? 1 : 0) +
      Math.min(words, 30) / 30 +
      0.5 * (outlets - 1) -
      Math.min(ageDays, 30) / 30
    );
  };
  const ranked = groups.map((g, i) => ({ g, i, s: score(g) })).sort((a, b) => b.s - a.s || a.i - b.i);
  // One quote per speaker first, so the brief hears several voices.
  const out: QuoteGroup[] = [];
  const speakers = new Set<string>();
  for (const r of ranked) if (out.length < max && !speakers.has(r.g.label.speaker)) (out.push(r.g), speakers.add(r.g.label.speaker));
  for (const r of ranked) if (out.length < max && !out.includes(r.g)) out.push(r.g);
  return out;
}
