import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntTable } from '../../src/search/int-table.js';

describe('IntTable', () => {
  it('agrees with a map of value lists through any adds, sets, deletes and clears', () => {
    const op = fc.oneof(
      fc.tuple(fc.constantFrom('add', 'set', 'delete'), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 2 ** 31 - 1 })),
      fc.tuple(fc.constant('clear'), fc.constant(0), fc.constant(0)),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 3000 }), (ops) => {
        const table = new IntTable();
        const model = new Map<number, number[]>();
        for (const [kind, k, v0] of ops) {
          // Keys collide on purpose (few keys, spread over the table); values are often repeated.
          const key = k * 1024 + (k % 3);
          const v = v0 % 50;
          if (kind === 'add') {
            table.add(key, v);
            model.set(key, [...(model.get(key) ?? []), v]);
          } else if (kind === 'set') {
            table.set(key, v);
            model.set(key, [v]);
          } else if (kind === 'delete') {
            table.delete(key, v);
            const list = model.get(key) ?? [];
            const at = list.indexOf(v);
            if (at >= 0) list.splice(at, 1);
          } else {
            table.clear();
            model.clear();
          }
        }
        let size = 0;
        for (const [key, values] of model) {
          size += values.length;
          for (const v of new Set(values)) expect(table.find(key, (x) => x === v)).toBe(v);
          expect(table.find(key, (x) => x === 999)).toBeUndefined();
        }
        expect(table.size).toBe(size);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses keys and values outside 31 bits', () => {
    expect(() => new IntTable().add(-3, 1)).toThrow(RangeError);
    expect(() => new IntTable().add(1, 2 ** 31)).toThrow(RangeError);
  });
});
