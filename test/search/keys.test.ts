import { describe, expect, it } from 'vitest';
import { KeyTable, hash } from '../../src/search/keys.js';

describe('KeyTable', () => {
  it('confirms a hash hit against the stored id’s own key, so colliding keys stay apart', () => {
    const keys = new Map<number, string>([[1, 's|alpha'], [2, 's|beta']]);
    const keyOf = (id: number) => keys.get(id);
    const t = new KeyTable();
    // Same bucket for two different texts (as a collision would put them).
    t.add('s|alpha', 1);
    t.add('s|alpha', 2);
    expect(t.find('s|alpha', keyOf)).toBe(1);
    keys.set(1, 's|gamma');
    expect(t.find('s|alpha', keyOf)).toBeUndefined();
    keys.set(2, 's|alpha');
    expect(t.find('s|alpha', keyOf)).toBe(2);
    t.delete('s|alpha', 2);
    expect(t.find('s|alpha', keyOf)).toBeUndefined();
    t.delete('s|alpha', 1);
    t.add('s|alpha', 3);
    expect(t.find('s|alpha', (id) => (id === 3 ? 's|alpha' : undefined))).toBe(3);
  });

  it('hashes to small non-negative integers', () => {
    for (const s of ['', 'a', 'q|wait and see|another nato diplomat', 'é'.repeat(1000)]) {
      const h = hash(s);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 30).toBe(true);
    }
  });
});
