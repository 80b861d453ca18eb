/**
 * A small sentence splitter for raw article text (Multi-News documents, feed bodies): the summarizer's own, so
 * it works on plain strings without the analysis stage. Lines are hard boundaries (scraped text puts headlines,
 * captions and paragraphs on their own lines); inside a line we split after . ! ? (and any closing quotes or
 * brackets) when the next word looks like a sentence start, except after common abbreviations, initials and
 * dotted acronyms such as "U.S." followed by a name, and never inside a closed double quotation.
 */

/** Lowercased abbreviations (without the final dot) after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt',
  'capt', 'cmdr', 'adm', 'maj', 'cpl', 'pvt', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'vs', 'etc', 'inc', 'corp',
  'co', 'ltd', 'no', 'nos', 'vol', 'pp', 'fig', 'approx', 'est', 'dept', 'univ', 'assn', 'bros', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del',
  'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb',
  'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'e.g', 'i.e', 'a.m', 'p.m',
]);

/** Words that start sentences often enough that "U.S. He said" should split but "U.S. Army" should not. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'that',
  'these', 'those', 'but', 'and', 'so', 'yet', 'in', 'on', 'at', 'for', 'after', 'before', 'when', 'while', 'if',
  'as', 'there', 'then', 'now', 'still', 'however', 'meanwhile', 'also', 'officials', 'police',
]);

const CLOSERS = `"'”’)]»`;
const OPENERS = `"'“‘([«`;

function isUpperStart(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return /[\p{Lu}\p{N}]/u.test(ch);
}

/** The token (letters, digits, dots) that ends at `end` (exclusive), e.g. "U.S" or "Mr" before the final dot. */
function tokenBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

function nextWord(text: string, from: number): string {
  const match = /^[\p{L}\p{N}'’]+/u.exec(text.slice(from, from + 40));
  return match ? match[0] : '';
}

function isBoundary(text: string, dot: number, next: number): boolean {
  const mark = text[dot];
  // Skip opening quotes/brackets to see how the next sentence starts.
  let k = next;
  while (k < text.length && OPENERS.includes(text[k]!)) k++;
  if (!isUpperStart(text[k])) return false;
  if (mark !== '.') return true;
  // "..." mid-sentence is usually followed by lowercase; before a capital treat it as an end.
  const before = tokenBefore(text, dot);
  if (before.length === 0) return true;
  const lower = before.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  // A single capital letter is an initial ("John F. Kennedy").
  if (/^\p{Lu}$/u.test(before)) return false;
  // Dotted acronyms ("U.S", "D.C"): split only before a common sentence opener.
  if (/^(\p{L}\.)+\p{L}$/u.test(before)) {
    return SENTENCE_STARTERS.has(nextWord(text, k).toLowerCase());
  }
  return true;
}

/**
 * Marks positions inside a closed double-quote span (“…” or "…"): a quotation of several sentences stays one unit,
 * so a summary never carries half a quote. Single quotes are ignored: ’ is also the apostrophe.
 */
function quotedPositions(line: string): Uint8Array {
  const inside = new Uint8Array(line.length + 1);
  let curly = -1;
  let straight = -1;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '“') curly = i;
    else if (ch === '”' && curly >= 0) {
      inside.fill(1, curly + 1, i);
      curly = -1;
    } else if (ch === '"') {
      if (straight < 0) straight = i;
      else {
        inside.fill(1, straight + 1, i);
        straight = -1;
      }
    }
  }
  return inside;
}

function splitLine(line: string): string[] {
  const out: string[] = [];
  const quoted = quotedPositions(line);
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < line.length && (line[end] === '.' || line[end] === '!' || line[end] === '?')) end++;
    while (end < line.length && CLOSERS.includes(line[end]!)) end++;
    if (end >= line.length || !/\s/.test(line[end]!)) {
      i = end - 1;
      continue;
    }
    let next = end;
    while (next < line.length && /\s/.test(line[next]!)) next++;
    if (!quoted[end] && isBoundary(line, i, next)) {
      const sentence = line.slice(start, end).trim();
      if (sentence.length > 0) out.push(sentence);
      start = next;
    }
    i = end - 1;
  }
  const rest = line.slice(start).trim();
  if (rest.length > 0) out.push(rest);
  return out;
}

/** Splits raw text into trimmed, non-empty sentences, in order. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.replace(/\s+/g, ' ').trim();
    if (trimmed.length > 0) out.push(...splitLine(trimmed));
  }
  return out;
}
