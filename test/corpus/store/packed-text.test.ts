import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownCopy, packText, unpackText } from '../../../src/corpus/store/packed-text.js';

/** Any UTF-16 code units, weighted towards what news text holds: ASCII, Latin-1, typographic marks, C1 codes. */
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
  { weight: 2, arbitrary: fc.constantFrom(0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0x20ac) },
  { weight: 1, arbitrary: fc.integer({ min: 0x80, max: 0xff }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }) },
);
const text = fc.array(unit, { maxLength: 300 }).map((cs) => String.fromCharCode(...cs));

describe('packed text', () => {
  it('gives back every span of any text exactly, lone surrogates and C1 codes included', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
        const p = packText(t, 1);
        if (!p) return;
        const a = x % (t.length + 1);
        const b = a + (y % (t.length - a + 1));
        expect(unpackText(p, a, b)).toBe(t.slice(a, b));
        expect(unpackText(p)).toBe(t);
      }),
      { numRuns: 500 },
    );
  });

  it('holds English with curly quotes and dashes at one byte per character', () => {
    const t = '“We are ready,” Jens Stoltenberg said — it’s “a clear signal”… Zürich, €5.';
    const p = packText(t)!;
    expect(p.bytes.length).toBe(t.length);
    expect([...p.bytes].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
    expect(p.patches).toBeUndefined();
    expect(unpackText(p, 1, 14)).toBe('We are ready,');
  });

  it('declines text mostly in another script, and keeps a few such characters as patches', () => {
    expect(packText('مرحبا بالعالم هذا نص عربي طويل')).toBeUndefined();
    const p = packText('Łukasz Kowalski told the Sejm the plan was “dead”.')!;
    expect(p.patches).toEqual([0, 'Ł'.charCodeAt(0)]);
    expect(unpackText(p, 0, 6)).toBe('Łukasz');
  });

  it('copies a string into one of its own', () => {
    const whole = 'x'.repeat(1000) + 'Jens Stoltenberg, the NATO chief';
    expect(ownCopy(whole.slice(1000))).toBe('Jens Stoltenberg, the NATO chief');
    expect(ownCopy('“quoted”, said the official')).toBe('“quoted”, said the official');
  });
});
