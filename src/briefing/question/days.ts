/**
 * Resolves the day a question names ("Saturday", "January 4", "2020-01-04", "yesterday") against the story's own
 * clock: the newest article's publication day, because "what happened on Saturday?" about a January story means
 * the Saturday of that story, not of today.
 */
import * as chrono from 'chrono-node';

const WEEKDAY = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** YYYY-MM-DD, or undefined when the words name no day. `reference` is the story's latest day (UTC midnight). */
export function resolveDay(text: string, reference: Date): string | undefined {
  const t = text.toLowerCase().trim();
  const ref = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate()));
  const explicit = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
  if (explicit) return `${explicit[1]}-${explicit[2]}-${explicit[3]}`;
  if (/\byesterday\b/.test(t)) return iso(new Date(ref.getTime() - 86_400_000));
  if (/\btoday\b/.test(t)) return iso(ref);
  const weekday = WEEKDAY.findIndex((d) => new RegExp(`\\b${d}\\b`).test(t));
  const hasMonth = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(t);
  if (weekday >= 0 && !hasMonth) {
    // The latest such weekday on or before the reference day: stories are told in the past tense.
    const back = (ref.getUTCDay() - weekday + 7) % 7;
    return iso(new Date(ref.getTime() - back * 86_400_000));
  }
  const parsed = chrono.parseDate(text, { instant: ref, timezone: 0 }, { forwardDate: false });
  if (!parsed) return undefined;
  return `${parsed.getFullYear()}-${String(parsed.getMonth() + 1).padStart(2, '0')}-${String(parsed.getDate()).padStart(2, '0')}`;
}
