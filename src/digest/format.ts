/** How digests and /status show times: in the subscription's zone, with the zone's abbreviation. */

const cache = new Map<string, Intl.DateTimeFormat>();

function fmt(locale: string, zone: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(opts)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: zone, ...opts });
    cache.set(key, f);
  }
  return f;
}

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** "CET", "EDT", else "GMT+9": ICU knows letter abbreviations per locale, so ask British then American English. */
function zoneName(instant: Date, zone: string): string {
  let fallback = '';
  for (const locale of ['en-GB', 'en-US']) {
    const name = part(fmt(locale, zone, { timeZoneName: 'short' }).formatToParts(instant), 'timeZoneName');
    if (name && !name.startsWith('GMT') && !name.startsWith('UTC')) return name;
    fallback ||= name;
  }
  return fallback === 'GMT' && zone !== 'Europe/London' ? 'UTC' : fallback;
}

/** "Mon 6 Jan 08:00 CET"; the year is added unless it is the same as `relativeTo`'s. */
export function formatWhen(instant: Date, zone: string, relativeTo?: Date): string {
  const p = fmt('en-GB', zone, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const year = part(p, 'year');
  const showYear = relativeTo === undefined || String(relativeTo.getUTCFullYear()) !== year;
  return `${part(p, 'weekday')} ${part(p, 'day')} ${part(p, 'month')}${showYear ? ` ${year}` : ''} ${part(p, 'hour')}:${part(p, 'minute')} ${zoneName(instant, zone)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2020-01-06" or an ISO date-time -> "6 Jan 2020", read from the text so a date-only value never shifts a day. */
export function formatDay(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}
