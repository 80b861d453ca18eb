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
  const monthDay = resolveMonthDay(t, ref);
  if (monthDay) return monthDay;
  const parsed = chrono.parseDate(text, { instant: ref, timezone: 0 }, { forwardDate: false });
  if (!parsed) return undefined;
  return `${parsed.getFullYear()}-${String(parsed.getMonth() + 1).padStart(2, '0')}-${String(parsed.getDate()).padStart(2, '0')}`;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const MONTH_FIRST = new RegExp(`^(?:on\\s+)?${MONTH}\\s+${DAY}(?:,?\\s+(\\d{4}))?$`);
const DAY_FIRST = new RegExp(`^(?:on\\s+)?(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?$`);

/** How far past the story's latest day a yearless date may fall (an announced meeting next week). */
const AHEAD_DAYS = 31;

/**
 * "March 7", "7 March", "Mar. 7th, 2020": the commonest way to name a day, resolved without chrono (whose first
 * parse of some month names costs a third of a second). Without a year: the latest such day at most a month after
 * the story's latest day, since "what happened on" asks about the past (chrono would take whichever year is nearer,
 * so "July 1" in a January story became the coming July).
 */
function resolveMonthDay(t: string, ref: Date): string | undefined {
  let month: string | undefined;
  let day: string | undefined;
  let year: string | undefined;
  let m = MONTH_FIRST.exec(t);
  if (m) [, month, day, year] = m;
  else if ((m = DAY_FIRST.exec(t))) [, day, month, year] = m;
  if (!month || !day) return undefined;
  const mi = MONTH_NAMES.indexOf(month.slice(0, 3));
  const d = Number(day);
  if (mi < 0 || d < 1 || d > 31) return undefined;
  const at = (y: number): Date | undefined => {
    const date = new Date(Date.UTC(y, mi, d));
    return date.getUTCMonth() === mi ? date : undefined;
  };
  let best: Date | undefined;
  if (year) best = at(Number(year));
  else {
    const limit = ref.getTime() + AHEAD_DAYS * 86_400_000;
    for (const y of [ref.getUTCFullYear() + 1, ref.getUTCFullYear(), ref.getUTCFullYear() - 1]) {
      const c = at(y);
      if (c && c.getTime() <= limit) {
        best = c;
        break;
      }
    }
  }
  return best ? iso(best) : undefined;
}
