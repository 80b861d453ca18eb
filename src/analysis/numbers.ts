import type { Article } from '../corpus/article.js';
import { extractDates } from './dates.js';
import { tagPos, type PosToken } from './text/pos.js';
import type { DateMention, NumberFact, Sentence } from './types.js';

/**
 * Quantities and what they count: "5,200 US soldiers" (5200, "US soldiers"), "500-strong training mission" (500,
 * "training mission"), "$1.5 billion" (1.5e9, unit USD), "2.5 percent", "two soldiers". Dates, times, years, ordinals,
 * labels ("No. 10", "Resolution 2231") and vague amounts ("several hundred", "thousands") are left out. Spelled-out
 * numbers count only when a noun follows ("two soldiers", not "one of them").
 * `dates` (from extractDates) marks spans already read as dates; computed here when not given.
 */
export function extractNumbers(article: Article, sentences: Sentence[], dates?: DateMention[]): NumberFact[] {
  const dateSpans = dates ?? extractDates(article, sentences);
  const out: NumberFact[] = [];
  for (const s of sentences) {
    const candidates = [...numericCandidates(s.text), ...spelledCandidates(s.text)]
      .filter((c) => !dateSpans.some((d) => d.start < s.start + c.end && s.start + c.start < d.end))
      .sort((a, b) => a.start - b.start);
    if (candidates.length === 0) continue;
    // Tagging is most of this stage's cost, and an amount with its own unit ("$5 million", "12%") reads no word after
    // it (toFact), so a sentence with only such amounts is not tagged.
    const tokens = candidates.every((c) => c.unit !== undefined) ? [] : tagPos(s.text);
    for (const c of candidates) {
      const fact = toFact(s, c, tokens);
      if (fact) out.push(fact);
    }
  }
  return out;
}

interface Candidate {
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  value: number;
  unit?: string;
  spelled: boolean;
}

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, hundred: 100 };
const CURRENCY: Record<string, string> = { $: 'USD', 'US$': 'USD', 'U.S.$': 'USD', C$: 'CAD', A$: 'AUD', AU$: 'AUD', NZ$: 'NZD', HK$: 'HKD', S$: 'SGD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const LABEL_BEFORE = /(?:^|\s)(?:No\.|Nos\.|Article|Art\.|Section|Chapter|Resolution|Flight|Route|Highway|Room|Gate|Terminal|Phase|Level|Category|Grade|Platform|Model|Version|Vol\.|Page|Paragraph|Rule|Law|Bill|Act|Building|Block|Sector|Camp|Brigade|Division|Battalion|number|no\.)\s+$/;

const NUMERIC = /(?<![\p{L}\p{N}\-/.,$€£¥])((?:US|U\.S\.|C|A|AU|NZ|HK|S)?[$€£¥]\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(million|billion|trillion|thousand|hundred|bn|mn)\b)?(\s?(?:%|percent\b|per cent\b))?/gu;

function numericCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const next = text.slice(end, end + 6);
    if (/^[\p{L}\p{N}]/u.test(next) || /^[.,:/]\d/.test(next)) continue; // "1st", "737MAX", "3:00", "1/6"
    if (/^\s?(?:[ap]\.?m\b|GMT|UTC|hrs\b|h\b)/i.test(next)) continue; // a time of day
    const before = text.slice(0, start);
    if (LABEL_BEFORE.test(before)) continue;
    const digits = m[2] as string;
    const scale = m[3] ? (SCALE[m[3].toLowerCase()] ?? 1) : 1;
    const c: Candidate = { start, end, value: Number(digits.replace(/,/g, '')) * scale, spelled: false };
    if (m[1]) c.unit = CURRENCY[m[1].trim()] ?? 'money';
    if (m[4]) c.unit = 'percent';
    // A capitalised word right before a short bare number is a name with a number ("Boeing 737", "Camp 5").
    const prev = /(\S+)\s+$/.exec(before)?.[1];
    if (!m[1] && !m[4] && !digits.includes(',') && prev && /^\p{Lu}\p{Ll}+$/u.test(prev) && before.trim() !== prev) continue;
    out.push(c);
  }
  return out;
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SPELLED = /\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(a dozen|dozen))(?:\s+(hundred|thousand|million|billion))?\b/gi;
const VAGUE_BEFORE = /\b(?:several|a few|few|many|some|hundreds|thousands|dozens|tens|no|any|every|each|the|this|that|which|another|at)\s+$/i;

function spelledCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SPELLED)) {
    const start = m.index ?? 0;
    if (VAGUE_BEFORE.test(text.slice(0, start))) continue;
    let value = m[1] ? (TENS[m[1].toLowerCase()] ?? 0) + (m[2] ? (UNITS[m[2].toLowerCase()] ?? 0) : 0) : m[3] ? (UNITS[m[3].toLowerCase()] ?? 0) : 12;
    if (m[5]) value *= SCALE[m[5].toLowerCase()] ?? 1;
    out.push({ start, end: start + m[0].length, value, spelled: true });
  }
  return out;
}

const COUNT_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const MEASURES = new Set([
  'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'metres', 'meters', 'metre', 'meter',
  'kg', 'kilograms', 'tonnes', 'tons', 'barrels', 'hectares', 'acres', 'degrees', 'mph', 'years', 'year', 'months',
  'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'minute', 'seconds', 'dollars', 'euros',
  'percent', 'kilotons', 'megawatts', 'gigawatts', 'litres', 'liters', 'gallons', 'feet', 'inches',
]);
const MONEY_WORDS: Record<string, string> = { dollars: 'USD', euros: 'EUR' };

function toFact(s: Sentence, c: Candidate, tokens: PosToken[]): NumberFact | undefined {
  let from = c.end;
  const strong = /^-(?:strong|member|man|person|nation|seat)\b/.exec(s.text.slice(c.end));
  if (strong) from += strong[0].length;
  let i = tokens.findIndex((t) => t.start >= from);
  if (i >= 0 && tokens[i]?.text.toLowerCase() === 'of') {
    if (c.spelled) return undefined; // "one of the officials", "two of them": a selection, not a count
    if (tokens[i + 1]?.pos === 'DET') i += 2; // "3,000 of the troops"
  }
  const picked: PosToken[] = [];
  for (let k = i; k >= 0 && k < tokens.length && picked.length < 4; k++) {
    const t = tokens[k] as PosToken;
    if (!COUNT_POS.has(t.pos)) break;
    if (picked.some((p) => p.pos === 'NOUN') && t.pos === 'ADJ') break;
    picked.push(t);
    const next = tokens[k + 1];
    if (t.pos === 'NOUN' && (!next || next.pos !== 'NOUN')) break;
  }
  while (picked.length && picked[picked.length - 1]?.pos === 'ADJ') picked.pop();
  let counts = picked.length ? s.text.slice((picked[0] as PosToken).start, (picked[picked.length - 1] as PosToken).end) : '';
  let unit = c.unit;
  const head = counts.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (!unit && MEASURES.has(head)) {
    unit = MONEY_WORDS[head] ?? head;
  }
  if (c.spelled && !counts) return undefined;
  let end = c.end;
  if (unit && !c.unit && picked[0]) end = picked[0].end;
  else if (counts && !unit) end = (picked[picked.length - 1] as PosToken).end;
  if (unit) counts = '';
  const fact: NumberFact = {
    text: s.text.slice(c.start, end),
    start: s.start + c.start,
    end: s.start + end,
    value: c.value,
    counts,
    sentence: s.index,
  };
  if (unit) fact.unit = unit;
  return fact;
}
