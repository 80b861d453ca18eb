/**
 * The index's own table of indexed articles: a small ordinal per article id, with its publication time and outlet in
 * typed arrays, so ranking places newest-first or counting distinct outlets over thousands of occurrences is a loop
 * over numbers rather than a Map lookup and an object per place.
 */
import { VarintReader, VarintWriter } from '../corpus/store/varint.js';

export const INDEX_BITS = 65536;

export interface ArticleEntry {
  id: string;
  hash: string;
  /**
   * Distinct passage ids of this article (sentences and quotes), ascending, as varint differences in a one-byte
   * string (see passageIds): read only when the article is removed, and a typed array per article cost more than
   * the ids.
   */
  passages: string;
  /** Days its sentences mention (YYYY-MM-DD), space-separated; '' for none. */
  days: string;
}

const ids = new VarintWriter();

/** Packs distinct passage ids for ArticleEntry.passages. */
export function packIds(set: ReadonlySet<number>): string {
  ids.reset();
  let prev = 0;
  for (const id of [...set].sort((a, b) => a - b)) {
    ids.uint(id - prev);
    prev = id;
  }
  return ids.finish();
}

/** The ids ArticleEntry.passages holds. */
export function passageIds(packed: string): number[] {
  const r = new VarintReader(packed);
  const out: number[] = [];
  let id = 0;
  while (r.pos < packed.length) out.push((id += r.uint()));
  return out;
}

export class ArticleTable {
  readonly #ordinal = new Map<string, number>();
  readonly #entries: (ArticleEntry | undefined)[] = [];
  readonly #outletIds = new Map<string, number>();
  #time = new Float64Array(1024);
  #outlet = new Int32Array(1024);
  #seen = new Uint32Array(64);
  #stamp = 0;
  #live = 0;

  get count(): number {
    return this.#live;
  }

  /** The ordinal of an article id (kept across removal, so a replaced article reuses its ordinal). */
  ordinal(id: string): number {
    let o = this.#ordinal.get(id);
    if (o === undefined) {
      o = this.#entries.length;
      this.#entries.push(undefined);
      this.#ordinal.set(id, o);
    }
    return o;
  }

  entry(id: string): ArticleEntry | undefined {
    const o = this.#ordinal.get(id);
    return o === undefined ? undefined : this.#entries[o];
  }

  entryAt(ordinal: number): ArticleEntry | undefined {
    return this.#entries[ordinal];
  }

  *ids(): IterableIterator<string> {
    for (const e of this.#entries) if (e) yield e.id;
  }

  set(ordinal: number, entry: ArticleEntry, publishedAt: number, outlet: string): void {
    if (ordinal >= this.#time.length) {
      const n = Math.max(ordinal + 1, this.#time.length * 2);
      const time = new Float64Array(n);
      time.set(this.#time);
      this.#time = time;
      const out = new Int32Array(n);
      out.set(this.#outlet);
      this.#outlet = out;
    }
    if (!this.#entries[ordinal]) this.#live++;
    this.#entries[ordinal] = entry;
    this.#time[ordinal] = publishedAt;
    let o = this.#outletIds.get(outlet);
    if (o === undefined) this.#outletIds.set(outlet, (o = this.#outletIds.size));
    this.#outlet[ordinal] = o;
  }

  clear(ordinal: number): void {
    if (this.#entries[ordinal]) this.#live--;
    this.#entries[ordinal] = undefined;
  }

  time(ordinal: number): number {
    return this.#time[ordinal] ?? 0;
  }

  /** Distinct outlets among packed occurrences. */
  outletCount(occurrences: Iterable<number>): number {
    if (this.#outletIds.size > this.#seen.length) this.#seen = new Uint32Array(this.#outletIds.size * 2);
    const stamp = ++this.#stamp;
    let n = 0;
    for (const packed of occurrences) {
      const o = this.#outlet[Math.floor(packed / INDEX_BITS)]!;
      if (this.#seen[o] !== stamp) {
        this.#seen[o] = stamp;
        n++;
      }
    }
    return n;
  }

  /** The newest `max` packed occurrences, newest first (ties: article id, then index, ascending). */
  newest(occurrences: readonly number[], max: number): number[] {
    const before = (a: number, b: number): boolean => {
      const oa = Math.floor(a / INDEX_BITS);
      const ob = Math.floor(b / INDEX_BITS);
      const ta = this.#time[oa]!;
      const tb = this.#time[ob]!;
      if (ta !== tb) return ta > tb;
      if (oa === ob) return a < b;
      return (this.#entries[oa]?.id ?? '') < (this.#entries[ob]?.id ?? '');
    };
    if (occurrences.length <= max) return [...occurrences].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    const out: number[] = [];
    for (const packed of occurrences) {
      if (out.length === max && !before(packed, out[max - 1]!)) continue;
      let i = out.length === max ? max - 1 : out.length;
      if (out.length < max) out.push(packed);
      while (i > 0 && before(packed, out[i - 1]!)) {
        out[i] = out[i - 1]!;
        i--;
      }
      out[i] = packed;
    }
    return out;
  }

  /** The newest publication time among packed occurrences (0 for none). */
  newestTime(occurrences: readonly number[]): number {
    let t = 0;
    for (const packed of occurrences) t = Math.max(t, this.#time[Math.floor(packed / INDEX_BITS)]!);
    return t;
  }
}
