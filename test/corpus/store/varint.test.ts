import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VarintReader, VarintWriter } from '../../../src/corpus/store/varint.js';

describe('varints in a one-byte string', () => {
  it('read back every unsigned, signed and floating number written, in order', () => {
    const item = fc.oneof(
      fc.record({ kind: fc.constant('uint' as const), v: fc.oneof(fc.nat(300), fc.maxSafeNat()) }),
      fc.record({ kind: fc.constant('int' as const), v: fc.oneof(fc.integer({ min: -300, max: 300 }), fc.integer({ min: -(2 ** 52) + 1, max: 2 ** 52 - 1 })) }),
      fc.record({ kind: fc.constant('number' as const), v: fc.oneof(fc.integer(), fc.double()) }),
    );
    fc.assert(
      fc.property(fc.array(item), (items) => {
        const w = new VarintWriter();
        for (const { kind, v } of items) w[kind](v);
        const data = w.finish();
        expect([...data].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
        const r = new VarintReader(data);
        for (const { kind, v } of items) expect(r[kind]()).toBe(kind === 'int' && v === 0 ? 0 : v);
        expect(r.pos).toBe(data.length);
      }),
    );
  });

  it('refuses what it cannot write as an unsigned integer', () => {
    const w = new VarintWriter();
    expect(() => w.uint(-1)).toThrow(RangeError);
    expect(() => w.uint(1.5)).toThrow(RangeError);
  });

  it('refuses a signed integer whose zigzag form would not be a safe integer', () => {
    const w = new VarintWriter();
    expect(() => w.int(2 ** 52)).toThrow(RangeError);
    expect(() => w.int(-(2 ** 52))).toThrow(RangeError);
    w.int(2 ** 52 - 1);
    w.int(-(2 ** 52) + 1);
    const r = new VarintReader(w.finish());
    expect([r.int(), r.int()]).toEqual([2 ** 52 - 1, -(2 ** 52) + 1]);
  });
});
