import type { Schedule } from '../store/types.js';
import { addDays, weekdayOf, wallTime, zonedInstant } from './zone.js';

/**
 * Slot computation: the instants at which a schedule is due. Pure functions of (schedule, interval), so DST days and
 * catch-up after downtime are tested without clocks or timers. A slot instant identifies a delivery (its idempotency
 * key), so the same schedule must always give the same instants.
 */

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** "8:05" or "08:05" -> "08:05"; undefined when not a 24h time. */
export function normaliseTime(text: string): string | undefined {
  const m = TIME.exec(text.trim());
  if (!m) return undefined;
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

function hm(time: string): [number, number] {
  const [h, m] = time.split(':');
  return [Number(h), Number(m)];
}

function runsOn(schedule: Schedule, date: { year: number; month: number; day: number }): boolean {
  if (schedule.days === 'daily') return true;
  const wd = weekdayOf(date);
  return wd >= 1 && wd <= 5;
}

/** Distinct slot instants on one local calendar day, ascending. */
function slotsOnDay(schedule: Schedule, date: { year: number; month: number; day: number }): Date[] {
  if (!runsOn(schedule, date)) return [];
  const ms = new Set<number>();
  for (const t of schedule.times) {
    const [h, m] = hm(t);
    ms.add(zonedInstant(date.year, date.month, date.day, h, m, schedule.timezone).getTime());
  }
  return [...ms].sort((a, b) => a - b).map((t) => new Date(t));
}

function localDate(instant: Date, zone: string): { year: number; month: number; day: number } {
  const w = wallTime(instant, zone);
  return { year: w.year, month: w.month, day: w.day };
}

/** Every slot s with from < s <= to, ascending. */
export function slotsBetween(schedule: Schedule, from: Date, to: Date): Date[] {
  if (to.getTime() <= from.getTime()) return [];
  const out: Date[] = [];
  // A day either side: a shifted (gap) slot can fall on the neighbouring UTC/local day boundary.
  let day = addDays(localDate(from, schedule.timezone), -1);
  const last = addDays(localDate(to, schedule.timezone), 1);
  const lastKey = Date.UTC(last.year, last.month - 1, last.day);
  while (Date.UTC(day.year, day.month - 1, day.day) <= lastKey) {
    for (const s of slotsOnDay(schedule, day)) if (s > from && s <= to) out.push(s);
    day = addDays(day, 1);
  }
  return out;
}

/** The latest slot s with from < s <= to, without walking the whole interval (downtime may be months). */
export function latestSlot(schedule: Schedule, from: Date, to: Date): Date | undefined {
  if (to.getTime() <= from.getTime()) return undefined;
  let day = addDays(localDate(to, schedule.timezone), 1);
  const first = addDays(localDate(from, schedule.timezone), -1);
  const firstKey = Date.UTC(first.year, first.month - 1, first.day);
  while (Date.UTC(day.year, day.month - 1, day.day) >= firstKey) {
    const hit = slotsOnDay(schedule, day)
      .filter((s) => s > from && s <= to)
      .pop();
    if (hit) return hit;
    day = addDays(day, -1);
  }
  return undefined;
}

/** The first slot strictly after `after`. */
export function nextSlot(schedule: Schedule, after: Date): Date {
  let day = addDays(localDate(after, schedule.timezone), -1);
  // A weekday schedule is due within 4 days; 9 covers every rule with margin.
  for (let i = 0; i < 9; i++) {
    const hit = slotsOnDay(schedule, day).find((s) => s > after);
    if (hit) return hit;
    day = addDays(day, 1);
  }
  throw new Error(`schedule has no slot within 8 days: ${JSON.stringify(schedule)}`);
}
