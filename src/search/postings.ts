/**
 * The inverted index under SearchIndex: for each term and field, the documents holding it, as plain arrays of packed
 * numbers (document id * 256 + term frequency, capped at 255). One small number per posting instead of MiniSearch's
 * nested Maps keeps 100k articles in a few hundred MB and makes a query a tight loop over arrays.
 *
 * Scoring is MiniSearch's BM25+ (k 1.2, b 0.7, d 0.5; field length = distinct raw tokens; score multiplied by the
 * number of distinct query terms matched), so rankings match the index this replaced. Removed documents are flagged
 * dead and dropped from a posting list the next time that list is read, so removal costs nothing up front.
 */
import { isStopword, stemWord, words } from './terms.js';

export const FIELDS = ['text', 'speaker', 'context'] as const;
export type Field = (typeof FIELDS)[number];

const K = 1.2;
const B = 0.7;
const D = 0.5;
const TF_BITS = 256;

/** Index form of one token, or null for stopwords and single letters (as the index and the query parser see it). */
export function indexTerm(token: string): string | null {
  if (isStopword(token)) return null;
  if (token.length < 2 && !/\d/.test(token)) return null;
  return stemWord(token);
}

/** Distinct index terms of a query with how often each occurs (MiniSearch scores a repeated term once per repeat). */
export function queryTerms(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of words(text)) {
    const t = indexTerm(w);
    if (t !== null) out.set(t, (out.get(t) ?? 0) + 1);
  }
  return out;
}

/**
 * A posting list: a plain array while short, then a typed array and the length used. Plain arrays hold small
 * integers at 8 bytes each, an Int32Array at 4; a typed array's own cost (two objects, a separate allocation) pays
 * off only for long lists, which hold most postings.
 */
class LongList {
  constructor(
    public data: Int32Array,
    public size: number,
  ) {}
}
type Postings = number[] | LongList;

/** Length at which a plain list becomes a LongList. */
const LONG = 64;
const INT32_MAX = 0x7fffffff;

const sizeOf = (list: Postings | undefined): number => (list === undefined ? 0 : Array.isArray(list) ? list.length : list.size);

function append(list: Postings, posting: number): Postings {
  if (Array.isArray(list)) {
    list.push(posting);
    if (list.length < LONG || posting > INT32_MAX) return list;
    const data = new Int32Array(LONG * 2);
    data.set(list);
    return new LongList(data, list.length);
  }
  // Ids only grow; a posting past Int32 (a bot running for years) turns the list back into a plain array.
  if (posting > INT32_MAX) return [...list.data.subarray(0, list.size), posting];
  if (list.size === list.data.length) {
    const grown = new Int32Array(list.data.length * 2);
    grown.set(list.data);
    list.data = grown;
  }
  list.data[list.size++] = posting;
  return list;
}

interface TermEntry {
  lists: (Postings | undefined)[];
  /** Removal epoch at which the lists were last cleared of dead documents. */
  epoch: number;
}

/** Scratch state of one scan: per-document score and matched-term bits, valid where stamp === the scan's stamp. */
export class ScanState {
  score = new Float64Array(1024);
  bits = new Uint32Array(1024);
  stamp = new Uint32Array(1024);
  /** Documents touched by this scan, in first-touch order: touched[0 .. count). Reused across scans (no garbage). */
  touched = new Int32Array(1024);
  count = 0;
  current = 0;

  begin(capacity: number): void {
    if (capacity > this.score.length) {
      const n = Math.max(capacity, this.score.length * 2);
      this.score = new Float64Array(n);
      this.bits = new Uint32Array(n);
      this.stamp = new Uint32Array(n);
      this.current = 0;
    }
    this.current = (this.current + 1) >>> 0;
    if (this.current === 0) {
      this.stamp.fill(0);
      this.current = 1;
    }
    this.count = 0;
  }

  has(id: number): boolean {
    return this.stamp[id] === this.current;
  }

  /** Appends a newly touched document. */
  push(id: number): void {
    if (this.count === this.touched.length) {
      const grown = new Int32Array(this.touched.length * 2);
      grown.set(this.touched);
      this.touched = grown;
    }
    this.touched[this.count++] = id;
  }
}

/**
 * Which documents a scan counts: kind bit set in `kinds` (1 << kind code, from the low two bits of `flags`), every bit
 * of `need` set in `flags`, and with `only`, matched by every term of that earlier scan (its bits equal `onlyBits`).
 */
export interface Accept {
  flags: Uint8Array;
  kinds: number;
  need: number;
  only?: ScanState;
  onlyBits?: number;
}

export class InvertedIndex {
  readonly #terms = new Map<string, TermEntry>();
  /** Distinct raw tokens per field, per document id. */
  #lengths: Uint16Array[] = FIELDS.map(() => new Uint16Array(1024));
  readonly #totalLength = FIELDS.map(() => 0);
  #dead = new Uint8Array(1024);
  #docs = 0;
  #epoch = 0;

  get documentCount(): number {
    return this.#docs;
  }

  /**
   * Indexes a document under a fresh id; `texts[i]` is the text of FIELDS[i] ('' when absent). `firstTokens`, when the
   * caller already split `texts[0]` into words, saves splitting it again.
   */
  add(id: number, texts: readonly string[], firstTokens?: readonly string[]): void {
    this.#ensure(id + 1);
    this.#dead[id] = 0;
    this.#docs++;
    const tf = new Map<string, number>();
    for (let f = 0; f < FIELDS.length; f++) {
      const text = texts[f] ?? '';
      if (text === '') continue;
      const tokens = f === 0 && firstTokens ? firstTokens : words(text);
      const length = Math.min(new Set(tokens).size, 0xffff);
      this.#lengths[f]![id] = length;
      this.#totalLength[f]! += length;
      tf.clear();
      for (const token of tokens) {
        const t = indexTerm(token);
        if (t !== null) tf.set(t, (tf.get(t) ?? 0) + 1);
      }
      for (const [t, n] of tf) {
        let entry = this.#terms.get(t);
        if (!entry) this.#terms.set(t, (entry = { lists: [undefined, undefined, undefined], epoch: this.#epoch }));
        const posting = id * TF_BITS + Math.min(n, TF_BITS - 1);
        // Most terms are rare: a list starts at exactly one slot (an empty array's first push reserves seventeen).
        const list = entry.lists[f];
        entry.lists[f] = list ? append(list, posting) : [posting];
      }
    }
  }

  /** Flags a document dead; its postings go the next time their lists are read. */
  remove(id: number): void {
    if (id >= this.#dead.length || this.#dead[id] === 1) return;
    this.#dead[id] = 1;
    this.#docs--;
    for (let f = 0; f < FIELDS.length; f++) {
      this.#totalLength[f]! -= this.#lengths[f]![id]!;
      this.#lengths[f]![id] = 0;
    }
    this.#epoch++;
  }

  /** Live documents holding `term` in any of `fields` (an upper bound on how many a scan of it touches). */
  frequency(term: string, fields: readonly Field[]): number {
    const entry = this.#terms.get(term);
    if (!entry) return 0;
    if (entry.epoch !== this.#epoch) this.#sweep(entry);
    let n = 0;
    for (const field of fields) n += sizeOf(entry.lists[FIELDS.indexOf(field)]);
    return n;
  }

  /** The most one document can score for `term` (weight times the BM25+ limit as term frequency grows). */
  maxScore(term: string, weight: number, fields: readonly { field: Field; boost: number }[]): number {
    const entry = this.#terms.get(term);
    if (!entry) return 0;
    let max = 0;
    for (const { field, boost } of fields) {
      const df = sizeOf(entry.lists[FIELDS.indexOf(field)]);
      if (df === 0) continue;
      max += weight * boost * Math.log(1 + (this.#docs - df + 0.5) / (df + 0.5)) * (D + K + 1);
    }
    return max;
  }

  /**
   * Adds the BM25+ score of one term (bit `bit` of the matched bits) in `fields` to `state`, for documents `accept`s
   * (a plain-data filter, checked inline: this loop runs over every posting of the term).
   * With `updateOnly`, documents the scan has not touched yet are left out (the term can no longer make them rank).
   */
  scanTerm(
    state: ScanState,
    term: string,
    weight: number,
    bit: number,
    fields: readonly { field: Field; boost: number }[],
    accept: Accept,
    updateOnly = false,
  ): void {
    const entry = this.#terms.get(term);
    if (!entry) return;
    if (entry.epoch !== this.#epoch) this.#sweep(entry);
    const n = this.#docs;
    const mask = bit < 32 ? (1 << bit) >>> 0 : 0;
    for (const { field, boost } of fields) {
      const f = FIELDS.indexOf(field);
      const postings = entry.lists[f];
      const df = sizeOf(postings);
      if (!postings || df === 0) continue;
      const list: ArrayLike<number> = Array.isArray(postings) ? postings : postings.data;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const avg = n > 0 ? this.#totalLength[f]! / n : 1;
      const lengths = this.#lengths[f]!;
      const w = weight * boost * idf;
      const { score, bits, stamp } = state;
      const cur = state.current;
      const { flags, kinds, need, only, onlyBits } = accept;
      for (let i = 0; i < df; i++) {
        const packed = list[i]!;
        const id = Math.floor(packed / TF_BITS);
        const seen = stamp[id] === cur;
        if (updateOnly && !seen) continue;
        const f = flags[id]!;
        if (((kinds >>> (f & 3)) & 1) === 0 || (f & need) !== need) continue;
        if (only && (only.stamp[id] !== only.current || only.bits[id] !== onlyBits)) continue;
        const tf = packed - id * TF_BITS;
        const s = w * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * lengths[id]!) / avg)));
        if (!seen) {
          stamp[id] = cur;
          score[id] = s;
          bits[id] = mask;
          state.push(id);
        } else {
          score[id]! += s;
          bits[id]! |= mask;
        }
      }
    }
  }

  #sweep(entry: TermEntry): void {
    for (let f = 0; f < entry.lists.length; f++) {
      const postings = entry.lists[f];
      if (!postings) continue;
      const list = Array.isArray(postings) ? postings : postings.data;
      const n = sizeOf(postings);
      let w = 0;
      for (let r = 0; r < n; r++) {
        const packed = list[r]!;
        if (this.#dead[Math.floor(packed / TF_BITS)] !== 1) list[w++] = packed;
      }
      if (Array.isArray(postings)) postings.length = w;
      else postings.size = w;
    }
    entry.epoch = this.#epoch;
  }

  #ensure(capacity: number): void {
    if (capacity <= this.#dead.length) return;
    const n = Math.max(capacity, this.#dead.length * 2);
    const dead = new Uint8Array(n);
    dead.set(this.#dead);
    this.#dead = dead;
    this.#lengths = this.#lengths.map((old) => {
      const next = new Uint16Array(n);
      next.set(old);
      return next;
    });
  }
}

/** Number of set bits (distinct query terms matched). */
export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
