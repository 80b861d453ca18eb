import type { Article } from '../corpus/article.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "2020-01-06" -> "Mon 6 Jan 2020", read from the digits so a date never shifts with the zone. */
export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return day;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** An article's publication as the reader should see it: the day, plus the UTC time when the source gives one. */
export function formatPublished(article: Article): string {
  const day = formatDay(article.published.slice(0, 10));
  if (!/T\d{2}:\d{2}/.test(article.published)) return day;
  const t = article.publishedAt;
  return `${day} ${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')} UTC`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function outletCount(articles: readonly Article[]): number {
  return new Set(articles.map((a) => a.outlet)).size;
}

/** "As of Tue 7 Jan 2020 09:00 UTC · 3 articles · 3 outlets" for articles sorted newest first. */
export function asOfLine(newestFirst: readonly Article[]): string {
  const latest = newestFirst[0];
  if (!latest) return 'No articles yet';
  return `As of ${formatPublished(latest)} · ${plural(newestFirst.length, 'article')} · ${plural(outletCount(newestFirst), 'outlet')}`;
}

/** A resolved date at the precision the text gave: "Mon 6 Jan 2020", "Jan 2020" or "2020". */
export function formatDate(day: string, precision: 'day' | 'month' | 'year' = 'day'): string {
  if (precision === 'year') return day.slice(0, 4);
  if (precision === 'month') return `${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''} ${day.slice(0, 4)}`.trim();
  return formatDay(day);
}
