import * as chrono from 'chrono-node';
import type { Article } from '../corpus/article.js';
import type { DateMention, Sentence } from './types.js';

/**
 * Dates and times in the article, resolved against its publication day. News is mostly past tense, so a bare weekday
 * ("Friday", "on Sunday") is the latest such day on or before publication; when the clause speaks of the future
 * ("will meet Monday", "is due to", "next") it is the first such day on or after publication. A date without a year
 * takes the year that puts it nearest the publication day, except that in a past-tense clause a date more than a
 * month ahead moves back a year. A time of day without a date takes the last date written before it in the same
 * paragraph, else the publication day.
 */
export function extractDates(article: Article, sentences: Sentence[]): DateMention[] {
  const pub = publicationDay(article);
  const ref = { instant: new Date(Date.UTC(pub.y, pub.m - 1, pub.d, 12)), timezone: 0 };
  const out: DateMention[] = [];
  let lastDated: { paragraph: number; date: string } | undefined;
  for (const s of sentences) {
    const found: DateMention[] = [];
    const parsed = DATE_HINT.test(s.text) ? chrono.parse(s.text, ref, { forwardDate: false }) : [];
    for (const r of parsed) {
      const m = fromChrono(r, s, pub);
      if (m) found.push(m);
    }
    found.push(...gmtTimes(s, found), ...years(s, found));
    found.sort((a, b) => a.start - b.start);
    for (const m of found) {
      if (m.date === '') {
        m.date = lastDated && lastDated.paragraph === s.paragraph ? lastDated.date : ymd(pub);
      } else if (m.precision === undefined) {
        lastDated = { paragraph: s.paragraph, date: m.date };
      }
      out.push(m);
    }
  }
  return out;
}

interface Day {
  y: number;
  m: number;
  d: number;
}

/** The calendar day as written in front matter (its local day), else the UTC day of the instant. */
function publicationDay(article: Article): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(article.published);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const t = article.publishedAt;
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function ymd(day: Day): string {
  return `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

function addDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function daysBetween(a: Day, b: Day): number {
  return (Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000;
}

const FUTURE = /\b(?:will|shall|would|(?:is|are|was|were) (?:due |expected |set |scheduled |going )?to|due to|expected to|plans? to|planned|scheduled|set to|going to|next|upcoming)\b|['’]ll\b/i;
/** chrono costs ~0.3 ms a sentence; most sentences have no date word at all and skip it. */
const DATE_HINT = /\d|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|yesterday|today|tonight|tomorrow|noon|midnight|ago|last|next|this|week|month|year|morning|evening|afternoon|night|weekend)/i;
const RELATIVE_WORDS = /\b(?:yesterday|today|tonight|tomorrow|last|next|this|ago|coming|past|previous|earlier|later)\b/i;
const LEADING_PREPOSITION = /^(?:on|at|in|by|from|since|until|till|before|after|during|of)\s+/i;
const DURATION = /^(?:(?:in|within|for|over)\s+)?(?:a|an|\d+|[a-z-]+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i;
const VAGUE = /^(?:now|right now|currently|present|the moment)$/i;

const PAST = /(?<!\b(?:be|been|being)\s)\b(?:(?!(?:scheduled|planned|expected|needed|proceeded)\b)\p{L}+ed|said|says|met|was|were|had|did|began|took|left|made|came|went|held|told|struck|fought|spoke|gave|saw|rose|fell|won|lost|sent|ran|led|hit|became|began|broke|chose|drove|flew|grew|knew|paid|sold|stood|threw|wrote|ago)\b/giu;

function lastIndex(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) last = m.index ?? last;
  return last;
}

/**
 * Future tense governs a date when the nearest tense marker before it (within the clause, 80 characters) is a future
 * one: "NATO will review the mission, which was suspended on Friday" is past; "will meet in Brussels on Monday" future.
 */
function futureContext(s: Sentence, start: number, end: number): boolean {
  const from = Math.max(0, start - s.start - 80);
  const lead = s.text.slice(from, start - s.start).split(/[;:]|,\s(?:but|and|while)\s|[“”"]/).pop() ?? '';
  const own = s.text.slice(start - s.start, end - s.start);
  if (FUTURE.test(own)) return true;
  const future = lastIndex(FUTURE, lead);
  return future >= 0 && future > lastIndex(PAST, lead);
}

/** "February," -> "February", "March of" -> "March", "Monday." -> "Monday"; keeps the period of "Jan." or "p.m.". */
function trimTail(text: string): string {
  let t = text.replace(/(?:[\s,;:]+|\s+of)+$/i, '');
  if (/(?:\p{L}{4,}|\d)\.$/u.test(t)) t = t.slice(0, -1);
  return t.replace(/(?:[\s,;:]+|\s+of)+$/i, '');
}

function fromChrono(r: chrono.ParsedResult, s: Sentence, pub: Day): DateMention | undefined {
  // "in three hours", "for two days": a duration, not a point in time
  if (DURATION.test(r.text)) return undefined;
  let text = r.text;
  let offset = r.index;
  const lead = LEADING_PREPOSITION.exec(text);
  if (lead) {
    text = text.slice(lead[0].length);
    offset += lead[0].length;
  }
  text = trimTail(text);
  if (VAGUE.test(text.trim()) || /^now\b/i.test(text)) return undefined;
  // lower-case "mon", "may", "march" are words, not dates; relative words ("today") are fine in lower case
  if (!/\d/.test(text) && /^\p{Ll}/u.test(text) && !RELATIVE_WORDS.test(text)) return undefined;
  // spans counted in years or months are durations ("last 10 years", "20 years later") unless anchored by "ago"
  const coarse = /\b(?:years?|decades?|months?)\b/i.exec(text);
  if (coarse && !/\bago\b/i.test(text)) return undefined;
  const c = r.start;
  const has = (k: chrono.Component): boolean => c.isCertain(k);
  const explicitTime = has('hour') && (/\d[:.]\d\d(?!\d)|\d\s?[ap]\.?m\b\.?|noon|midnight|GMT|UTC/i.test(text) || has('timezoneOffset')) &&
    !/^\$|^\d+\.\d+\s+a\b/.test(text);
  if (!has('day') && !has('weekday') && !has('month') && !has('year') && !explicitTime) return undefined;
  const start = s.start + offset;
  const end = start + text.length;
  const relative = RELATIVE_WORDS.test(text) || (has('weekday') && !has('day'));
  const m: DateMention = { text, start, end, date: '', relative, sentence: s.index };
  const chronoDay: Day = { y: c.get('year') ?? pub.y, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
  const future = futureContext(s, start, end);
  if (coarse) {
    m.date = ymd(chronoDay);
    m.precision = /month/i.test(coarse[0]) ? 'month' : 'year';
  } else if (has('day') || RELATIVE_WORDS.test(text)) {
    let day = chronoDay;
    if (!has('year') && !RELATIVE_WORDS.test(text) && !future && daysBetween(pub, day) > 31) day = { ...day, y: day.y - 1 };
    m.date = ymd(day);
    if (!has('day') && !has('weekday') && has('month')) m.precision = 'month';
  } else if (has('weekday')) {
    const wd = c.get('weekday') as number;
    const pubWd = new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay();
    m.date = ymd(future ? addDays(pub, (wd - pubWd + 7) % 7) : addDays(pub, -((pubWd - wd + 7) % 7)));
  } else if (has('month')) {
    let day = { ...chronoDay, d: 1 };
    if (!has('year') && !future && daysBetween(pub, day) > 0) day = { ...day, y: day.y - 1 };
    m.date = ymd(day);
    m.precision = 'month';
  } else if (has('year')) {
    m.date = `${chronoDay.y}-01-01`;
    m.precision = 'year';
  }
  if (explicitTime) {
    let hour = c.get('hour') as number;
    const minute = c.get('minute') ?? 0;
    if (has('timezoneOffset')) {
      hour = (((hour * 60 + minute - (c.get('timezoneOffset') ?? 0)) / 60) % 24 + 24) % 24;
      m.timeZone = 'UTC';
    }
    m.time = `${String(Math.floor(hour)).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  }
  return m;
}

/**
 * Military-style GMT times chrono does not read ("1400 GMT"). Right after another time ("3:00 pm (1400 GMT)") they
 * join it, and the GMT reading wins since its zone is known.
 */
function gmtTimes(s: Sentence, found: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const g of s.text.matchAll(/\b([01]\d|2[0-3]):?([0-5]\d)\s*(?:GMT|UTC|Zulu)\b\)?/g)) {
    const start = s.start + (g.index ?? 0);
    const end = start + g[0].length;
    if (found.some((f) => start < f.end && f.start < end)) continue;
    const time = `${g[1]}:${g[2]}`;
    const before = found.find((f) => f.time && /^\s*\(?\s*$/.test(s.text.slice(f.end - s.start, start - s.start)));
    if (before) {
      before.end = end;
      before.text = s.text.slice(before.start - s.start, end - s.start);
      before.time = time;
      before.timeZone = 'UTC';
      continue;
    }
    out.push({ text: g[0], start, end, date: '', time, timeZone: 'UTC', relative: true, sentence: s.index });
  }
  return out;
}

/** Plural nouns after a four-digit number make it a count ("2000 troops"), not a year. */
const COUNT_AFTER = /^\s+(?:[a-z]+\s+)?(people|personnel|troops|men|women|children|[a-z]{3,}s)\b/;
const NOT_PLURAL = new Set(['this', 'was', 'has', 'does', 'his', 'its', 'yes', 'thus', 'plus', 'less', 'unless', 'always', 'perhaps', 'whereas', 'besides', 'across', 'towards', 'afterwards', 'is', 'as']);

/** Years written alone ("in 2018", "the 2015 nuclear deal"), which chrono leaves out. */
function years(s: Sentence, found: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const y of s.text.matchAll(/(?<![\p{L}\p{N}$€£.,:/-])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,]\d|-\d)/gu)) {
    const start = s.start + (y.index ?? 0);
    const end = start + 4;
    if (found.some((f) => start < f.end && f.start < end)) continue;
    const after = s.text.slice((y.index ?? 0) + 4);
    const plural = COUNT_AFTER.exec(after)?.[1];
    if (plural && !NOT_PLURAL.has(plural) && !/^\s+(?:nuclear|election|elections|deal|agreement|accord|war|protests|talks)\b/.test(after)) continue;
    out.push({ text: y[0], start, end, date: `${y[0]}-01-01`, precision: 'year', relative: false, sentence: s.index });
  }
  return out;
}
