/**
 * Finds quotation spans in one paragraph. Offsets are local to the paragraph text; callers add the paragraph start.
 *
 * Double quotes (curly, straight, guillemets) are the primary marks. Single quotes are accepted as quote marks only
 * outside double-quoted text (British headlines and standfirsts, outlets that quote with single marks), and only
 * when they cannot be apostrophes: "don't", "Iran’s", "allies’ ", "’90s", "rock ’n’ roll" never open or close a span.
 * Quotes nested inside a quote stay part of the outer quote's text.
 */

export interface RawSpan {
  /** Offset of the opening mark. */
  open: number;
  /** First character of the quoted text (after the mark). */
  start: number;
  /** End of the quoted text (before the closing mark, or the trimmed paragraph end when unclosed). */
  end: number;
  /** Offset of the closing mark, or null when the quote runs on to the next paragraph (wire style). */
  close: number | null;
  mark: 'double' | 'single';
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const STRAIGHT_DOUBLE = '"';

/** Characters after which a straight quote mark is an opening mark. */
const BEFORE_OPEN = /[\s([{\-–—/:;,]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** After an elision apostrophe rather than an opening single quote: ’n’, ’em, ’til, ’tis, ’90s, ’cause. */
const ELISION = /^(?:n['’]|em\b|til\b|tis\b|twas\b|cause\b|bout\b|round\b|\d0s\b|\d\ds\b|\d\d\b)/i;

export function scanQuoteSpans(text: string): RawSpan[] {
  const doubles = scanDouble(text);
  const singles = scanSingle(text, doubles);
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}

function isOpeningStraight(text: string, i: number): boolean {
  const prev = i === 0 ? ' ' : (text[i - 1] as string);
  const next = text[i + 1];
  return BEFORE_OPEN.test(prev) && next !== undefined && !/\s/.test(next);
}

function scanDouble(text: string): RawSpan[] {
  const spans: RawSpan[] = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (openAt < 0) {
      if (OPEN_DOUBLE.has(ch) || (ch === STRAIGHT_DOUBLE && isOpeningStraight(text, i))) openAt = i;
      continue;
    }
    if (ch === "'" && text[i + 1] === "'" && i > openAt + 1) {
      // Wire copy (AP) closes a double quote with two apostrophes: "We didn't plan it,'' she said.
      spans.push({ open: openAt, start: openAt + 1, end: i, close: i + 1, mark: 'double' });
      openAt = -1;
      i++;
      continue;
    }
    const closes = CLOSE_DOUBLE.has(ch) || ch === STRAIGHT_DOUBLE;
    if (closes) {
      if (i > openAt + 1) spans.push({ open: openAt, start: openAt + 1, end: i, close: i, mark: 'double' });
      openAt = -1;
    } else if (OPEN_DOUBLE.has(ch)) {
      // A second opening mark before any close: the first quote was left open (typo or run-on); end it here.
      pushUnclosed(spans, text, openAt, i);
      openAt = i;
    }
  }
  if (openAt >= 0) pushUnclosed(spans, text, openAt, text.length);
  return spans;
}

function pushUnclosed(spans: RawSpan[], text: string, openAt: number, limit: number): void {
  let end = limit;
  while (end > openAt + 1 && /\s/.test(text[end - 1] as string)) end--;
  if (end > openAt + 1) spans.push({ open: openAt, start: openAt + 1, end, close: null, mark: 'double' });
}

function insideAny(i: number, spans: RawSpan[]): boolean {
  return spans.some((s) => i >= s.open && (s.close === null ? i < s.end : i <= s.close));
}

function isSingleOpen(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '‘' && ch !== "'") return false;
  const prev = i === 0 ? ' ' : (text[i - 1] as string);
  if (!BEFORE_OPEN.test(prev) && prev !== '"' && prev !== '“') return false;
  const next = text[i + 1];
  if (next === undefined || !(LETTER_OR_DIGIT.test(next) || next === '“' || next === '"')) return false;
  return !ELISION.test(text.slice(i + 1, i + 6));
}

/** A closing single mark: after a non-space, and not followed by a letter (that would be an apostrophe: "don't"). */
function isSingleCloseCandidate(text: string, j: number): boolean {
  const ch = text[j];
  if (ch !== '’' && ch !== "'") return false;
  const prev = text[j - 1];
  if (prev === undefined || /\s/.test(prev)) return false;
  const next = text[j + 1];
  return next === undefined || !LETTER_OR_DIGIT.test(next);
}

/** A close that cannot be a possessive: punctuation before it, or punctuation/line end after it. */
function isStrongClose(text: string, j: number): boolean {
  const prev = text[j - 1] as string;
  const next = text[j + 1];
  return /[,.?!…;:—–-]/.test(prev) || next === undefined || /[\n,.;:?!)\]—–]/.test(next);
}

/** Words after which "weeks’ " closes a quote rather than marking a plural possessive ("fans’ frustration"). */
const AFTER_CLOSE = /^\s+(?:with|and|as|from|in|to|for|on|at|after|before|because|but|or|by|over|until|since|if|when|while|than|into|of)\b/;

/** A close after a plural noun ("out for ‘at least six weeks’ with"), accepted only when a function word follows. */
function pluralClose(text: string, open: number, limit: number, doubles: RawSpan[]): number {
  for (let j = open + 2; j < limit; j++) {
    if (insideAny(j, doubles)) return -1;
    if (isSingleCloseCandidate(text, j) && AFTER_CLOSE.test(text.slice(j + 1, j + 12))) return j;
  }
  return -1;
}

function scanSingle(text: string, doubles: RawSpan[]): RawSpan[] {
  const spans: RawSpan[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isSingleOpen(text, i) || insideAny(i, doubles)) {
      i++;
      continue;
    }
    const lineEnd = text.indexOf('\n', i);
    const limit = lineEnd < 0 ? text.length : lineEnd;
    let strong = -1;
    let weak = -1;
    for (let j = i + 2; j < limit; j++) {
      if (insideAny(j, doubles)) break;
      if (!isSingleCloseCandidate(text, j)) continue;
      if (isStrongClose(text, j)) {
        strong = j;
        break;
      }
      // "allies’ forces": an s before the mark makes a plural possessive likely; keep looking for a better close.
      if (weak < 0 && text[j - 1] !== 's') weak = j;
    }
    const close = strong >= 0 ? strong : weak >= 0 ? weak : pluralClose(text, i, limit, doubles);
    if (close < 0 || !LETTER_OR_DIGIT.test(text.slice(i + 1, close))) {
      i++;
      continue;
    }
    spans.push({ open: i, start: i + 1, end: close, close, mark: 'single' });
    i = close + 1;
  }
  return spans;
}
