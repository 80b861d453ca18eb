import { IntTable } from './int-table.js';

/**
 * Passage dedup keys ("s|the words", "q|the words|speaker") stored as 31-bit hashes, not strings: at 100k articles
 * the key strings alone took more memory than the postings. A hash hit is confirmed against the passage's own key
 * (recomputed from its text), so a collision can only cost a recomputation, never merge two different texts.
 */
export class KeyTable {
  readonly #table = new IntTable();

  /** The id stored under `key`, if `keyOf(id)` really is `key`. */
  find(key: string, keyOf: (id: number) => string | undefined): number | undefined {
    return this.#table.find(hash(key), (id) => keyOf(id) === key);
  }

  add(key: string, id: number): void {
    this.#table.add(hash(key), id);
  }

  delete(key: string, id: number): void {
    this.#table.delete(hash(key), id);
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
