/**
 * Unsigned LEB128 numbers written into, and read back from, a one-byte string. A string rather than a typed array:
 * V8 keeps a Latin-1 string at one byte per character with a 16-byte header and frees it with its owner, where a
 * small typed array costs an ArrayBuffer object and an off-heap allocation of its own.
 */

export class VarintWriter {
  #buf = Buffer.allocUnsafe(4096);
  #len = 0;

  get length(): number {
    return this.#len;
  }

  reset(): void {
    this.#len = 0;
  }

  /** A non-negative safe integer. */
  uint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a non-negative integer: ${value}`);
    this.#room(8);
    let v = value;
    while (v >= 0x80) {
      this.#buf[this.#len++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.#buf[this.#len++] = v;
  }

  /** An integer of either sign below 2^52 in size (zigzag: 0, -1, 1, -2 ... -> 0, 1, 2, 3 ...), so the zigzag stays safe. */
  int(value: number): void {
    if (!Number.isSafeInteger(value) || Math.abs(value) >= 2 ** 52) throw new RangeError(`not an integer below 2^52 in size: ${value}`);
    this.uint(value < 0 ? -value * 2 - 1 : value * 2);
  }

  /** Any number, integers in as few bytes as their size needs. */
  number(value: number): void {
    if (Number.isSafeInteger(value) && !Object.is(value, -0)) {
      this.uint(value < 0 ? 1 : 0);
      this.uint(Math.abs(value));
      return;
    }
    this.uint(2);
    this.#room(8);
    this.#buf.writeDoubleLE(value, this.#len);
    this.#len += 8;
  }

  /** Appends what `other` holds. */
  append(other: VarintWriter): void {
    this.#room(other.#len);
    other.#buf.copy(this.#buf, this.#len, 0, other.#len);
    this.#len += other.#len;
  }

  /** Everything written since the last reset, as a one-byte string. */
  finish(): string {
    return this.#buf.toString('latin1', 0, this.#len);
  }

  #room(n: number): void {
    if (this.#len + n <= this.#buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.#buf.length * 2, this.#len + n));
    this.#buf.copy(next, 0, 0, this.#len);
    this.#buf = next;
  }
}

const float = new DataView(new ArrayBuffer(8));

export class VarintReader {
  pos: number;

  constructor(
    readonly data: string,
    pos = 0,
  ) {
    this.pos = pos;
  }

  uint(): number {
    let b = this.data.charCodeAt(this.pos++);
    if (b < 0x80) return b;
    let v = b & 0x7f;
    let scale = 0x80;
    for (;;) {
      b = this.data.charCodeAt(this.pos++);
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 0x80;
    }
  }

  int(): number {
    const z = this.uint();
    return z % 2 === 1 ? -(z + 1) / 2 : z / 2;
  }

  number(): number {
    const tag = this.uint();
    if (tag === 0) return this.uint();
    if (tag === 1) return -this.uint();
    for (let i = 0; i < 8; i++) float.setUint8(i, this.data.charCodeAt(this.pos++));
    return float.getFloat64(0, true);
  }
}
