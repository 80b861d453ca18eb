/**
 * A hash table from non-negative 31-bit keys to non-negative 31-bit values, several values per key allowed, in two
 * Int32Arrays (open addressing, linear probing). At half a million entries a Map costs about three times as much
 * (an entry object per key, boxed arrays for repeated keys); these tables hold the index's text hashes.
 */
const EMPTY = -1;
const DELETED = -2;

export class IntTable {
  #keys = new Int32Array(1024).fill(EMPTY);
  #values = new Int32Array(1024);
  #size = 0;
  /** Slots not EMPTY (live and deleted): what probing has to walk past. */
  #used = 0;

  get size(): number {
    return this.#size;
  }

  /** The first value stored under `key` that `accept` takes. */
  find(key: number, accept: (value: number) => boolean): number | undefined {
    const mask = this.#keys.length - 1;
    for (let i = key & mask; ; i = (i + 1) & mask) {
      const k = this.#keys[i]!;
      if (k === EMPTY) return undefined;
      if (k === key && accept(this.#values[i]!)) return this.#values[i];
    }
  }

  /** Adds `value` under `key` (beside any values already there). */
  add(key: number, value: number): void {
    check(key);
    check(value);
    // Up to three quarters full (deleted slots counted), rebuilt to at most half full.
    if ((this.#used + 1) * 4 > this.#keys.length * 3) this.#rehash();
    const mask = this.#keys.length - 1;
    let i = key & mask;
    while (this.#keys[i]! >= 0) i = (i + 1) & mask;
    if (this.#keys[i] === EMPTY) this.#used++;
    this.#keys[i] = key;
    this.#values[i] = value;
    this.#size++;
  }

  /** Makes `value` the only value under `key`. */
  set(key: number, value: number): void {
    const mask = this.#keys.length - 1;
    for (let i = key & mask; this.#keys[i] !== EMPTY; i = (i + 1) & mask) {
      if (this.#keys[i] === key) {
        this.#keys[i] = DELETED;
        this.#size--;
      }
    }
    this.add(key, value);
  }

  /** Removes `value` from under `key`, if it is there. */
  delete(key: number, value: number): void {
    const mask = this.#keys.length - 1;
    for (let i = key & mask; this.#keys[i] !== EMPTY; i = (i + 1) & mask) {
      if (this.#keys[i] === key && this.#values[i] === value) {
        this.#keys[i] = DELETED;
        this.#size--;
        return;
      }
    }
  }

  clear(): void {
    this.#keys = new Int32Array(1024).fill(EMPTY);
    this.#values = new Int32Array(1024);
    this.#size = 0;
    this.#used = 0;
  }

  /** Rebuilds at a capacity fitting the live entries (deleted slots dropped). */
  #rehash(): void {
    const keys = this.#keys;
    const values = this.#values;
    let capacity = 1024;
    while (capacity < (this.#size + 1) * 2) capacity *= 2;
    this.#keys = new Int32Array(capacity).fill(EMPTY);
    this.#values = new Int32Array(capacity);
    this.#size = 0;
    this.#used = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i]! >= 0) this.add(keys[i]!, values[i]!);
  }
}

function check(x: number): void {
  if (!Number.isInteger(x) || x < 0 || x > 0x7fffffff) throw new RangeError(`IntTable holds 31-bit non-negative integers, got ${x}`);
}
