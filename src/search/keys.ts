/**
 * Passage dedup keys ("s|the words", "q|the words|speaker") stored as 31-bit hashes, not strings: at 100k articles
 * the key strings alone took more memory than the postings. A hash hit is confirmed against the passage's own key
 * (recomputed from its text), so a collision can only cost a recomputation, never merge two different texts.
 */
export class KeyTable {
  readonly #buckets = new Map<number, number | number[]>();

  /** The id stored under `key`, if `keyOf(id)` really is `key`. */
  find(key: string, keyOf: (id: number) => string | undefined): number | undefined {
    const b = this.#buckets.get(hash(key));
    if (b === undefined) return undefined;
    for (const id of typeof b === 'number' ? [b] : b) if (keyOf(id) === key) return id;
    return undefined;
  }

  add(key: string, id: number): void {
    const h = hash(key);
    const b = this.#buckets.get(h);
    if (b === undefined) this.#buckets.set(h, id);
    else this.#buckets.set(h, typeof b === 'number' ? [b, id] : [...b, id]);
  }

  delete(key: string, id: number): void {
    const h = hash(key);
    const b = this.#buckets.get(h);
    if (b === undefined) return;
    if (typeof b === 'number') {
      if (b === id) this.#buckets.delete(h);
      return;
    }
    const rest = b.filter((x) => x !== id);
    if (rest.length === 0) this.#buckets.delete(h);
    else this.#buckets.set(h, rest.length === 1 ? rest[0]! : rest);
  }
}

/** FNV-1a over UTF-16 code units, folded to a non-negative small integer (a V8 Smi: no boxing as a Map key). */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 1) & 0x3fffffff;
}
