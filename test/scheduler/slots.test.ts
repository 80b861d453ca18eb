import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestSlot, nextSlot, normaliseTime, slotsBetween } from '../../src/scheduler/slots.js';
import { canonicalTimeZone, isValidTimeZone, zonedInstant } from '../../src/scheduler/zone.js';
import type { Schedule } from '../../src/store/types.js';

const at = (times: string[], timezone: string, days: Schedule['days'] = 'daily'): Schedule => ({ times, days, timezone });
const iso = (ds: Date[]) => ds.map((d) => d.toISOString());
const day = (date: string) => [new Date(`${date}T00:00:00Z`), new Date(`${date}T23:59:59Z`)] as const;

describe('slotsBetween on DST days', () => {
  it('Europe/Brussels 08:00 fires exactly once on the spring-forward day, at 06:00Z instead of 07:00Z', () => {
    const s = at(['08:00'], 'Europe/Brussels');
    expect(iso(slotsBetween(s, new Date('2024-03-30T00:00:00Z'), new Date('2024-04-01T23:00:00Z')))).toEqual([
      '2024-03-30T07:00:00.000Z',
      '2024-03-31T06:00:00.000Z',
      '2024-04-01T06:00:00.000Z',
    ]);
  });

  it('Europe/Brussels 08:00 fires exactly once on the fall-back day', () => {
    const s = at(['08:00'], 'Europe/Brussels');
    expect(iso(slotsBetween(s, new Date('2024-10-26T00:00:00Z'), new Date('2024-10-28T23:00:00Z')))).toEqual([
      '2024-10-26T06:00:00.000Z',
      '2024-10-27T07:00:00.000Z',
      '2024-10-28T07:00:00.000Z',
    ]);
  });

  it('America/New_York 08:00 fires exactly once on both change days', () => {
    const s = at(['08:00'], 'America/New_York');
    expect(iso(slotsBetween(s, ...day('2024-03-10')))).toEqual(['2024-03-10T12:00:00.000Z']);
    expect(iso(slotsBetween(s, ...day('2024-03-09')))).toEqual(['2024-03-09T13:00:00.000Z']);
    expect(iso(slotsBetween(s, ...day('2024-11-03')))).toEqual(['2024-11-03T13:00:00.000Z']);
    expect(iso(slotsBetween(s, ...day('2024-11-02')))).toEqual(['2024-11-02T12:00:00.000Z']);
  });

  it('a time skipped by spring-forward fires once, shifted by the gap (02:30 -> 03:30 local)', () => {
    expect(iso(slotsBetween(at(['02:30'], 'Europe/Brussels'), ...day('2024-03-31')))).toEqual(['2024-03-31T01:30:00.000Z']);
    expect(iso(slotsBetween(at(['02:30'], 'America/New_York'), ...day('2024-03-10')))).toEqual(['2024-03-10T07:30:00.000Z']);
  });

  it('a time repeated by fall-back fires once, at its first occurrence', () => {
    expect(iso(slotsBetween(at(['02:30'], 'Europe/Brussels'), ...day('2024-10-27')))).toEqual(['2024-10-27T00:30:00.000Z']);
    expect(iso(slotsBetween(at(['01:30'], 'America/New_York'), ...day('2024-11-03')))).toEqual(['2024-11-03T05:30:00.000Z']);
  });

  it('two times that collapse onto one instant in a gap give one slot', () => {
    expect(iso(slotsBetween(at(['02:30', '03:30'], 'Europe/Brussels'), ...day('2024-03-31')))).toEqual(['2024-03-31T01:30:00.000Z']);
  });
});

describe('slotsBetween rules', () => {
  it('is half-open: excludes from, includes to', () => {
    const s = at(['08:00'], 'UTC');
    const slot = new Date('2024-01-02T08:00:00Z');
    expect(slotsBetween(s, slot, new Date('2024-01-02T09:00:00Z'))).toEqual([]);
    expect(iso(slotsBetween(s, new Date('2024-01-02T07:59:59Z'), slot))).toEqual([slot.toISOString()]);
  });

  it('weekdays skip Saturday and Sunday in the subscription zone, not in UTC', () => {
    // 08:00 in Tokyo on Monday 2024-01-08 is Sunday 23:00Z.
    const s = at(['08:00'], 'Asia/Tokyo', 'weekdays');
    expect(iso(slotsBetween(s, new Date('2024-01-05T00:00:00Z'), new Date('2024-01-09T00:00:00Z')))).toEqual(['2024-01-07T23:00:00.000Z', '2024-01-08T23:00:00.000Z']);
  });

  it('twice-daily gives both times in order', () => {
    const s = at(['08:00', '18:00'], 'America/New_York');
    expect(iso(slotsBetween(s, ...day('2024-06-05')))).toEqual(['2024-06-05T12:00:00.000Z', '2024-06-05T22:00:00.000Z']);
  });

  it('property: consecutive slots of a daily single-time schedule are 23-25h apart, one per local day', () => {
    const zones = ['Europe/Brussels', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC', 'America/Santiago'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        (zone, h, m, start) => {
          const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const slots = slotsBetween(at([time], zone), new Date(start), new Date(start + 20 * 86_400_000));
          expect(slots.length).toBeGreaterThanOrEqual(19);
          expect(slots.length).toBeLessThanOrEqual(21);
          for (let i = 1; i < slots.length; i++) {
            const gap = slots[i]!.getTime() - slots[i - 1]!.getTime();
            expect(gap).toBeGreaterThanOrEqual(22.5 * 3600_000);
            expect(gap).toBeLessThanOrEqual(25.5 * 3600_000);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('latestSlot and nextSlot', () => {
  const s = at(['08:00', '18:00'], 'Europe/Brussels', 'weekdays');

  it('latestSlot agrees with the last element of slotsBetween', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2025, 0, 1) }), fc.integer({ min: 1, max: 10 * 86_400_000 }), (from, len) => {
        const a = new Date(from);
        const b = new Date(from + len);
        expect(latestSlot(s, a, b)?.toISOString()).toBe(slotsBetween(s, a, b).at(-1)?.toISOString());
      }),
      { numRuns: 80 },
    );
  });

  it('latestSlot after months of downtime returns the last slot only, quickly', () => {
    expect(latestSlot(at(['08:00'], 'UTC'), new Date('2020-01-01T00:00:00Z'), new Date('2024-06-05T12:00:00Z'))?.toISOString()).toBe('2024-06-05T08:00:00.000Z');
  });

  it('nextSlot skips the weekend and crosses DST correctly', () => {
    // Friday 2024-03-29 18:00 CET -> Monday 2024-04-01 08:00 CEST.
    expect(nextSlot(s, new Date('2024-03-29T17:00:00Z')).toISOString()).toBe('2024-04-01T06:00:00.000Z');
  });
});

describe('time and zone parsing', () => {
  it('normalises 24h times and rejects others', () => {
    expect(normaliseTime('8:05')).toBe('08:05');
    expect(normaliseTime('23:59')).toBe('23:59');
    for (const bad of ['24:00', '8', '8:5', '08:60', '8am', '']) expect(normaliseTime(bad)).toBeUndefined();
  });

  it('accepts IANA zones in any case and rejects made-up ones', () => {
    expect(canonicalTimeZone('europe/brussels')).toBe('Europe/Brussels');
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('zonedInstant is stable for ordinary times', () => {
    expect(zonedInstant(2024, 7, 1, 8, 0, 'Europe/Brussels').toISOString()).toBe('2024-07-01T06:00:00.000Z');
  });
});
