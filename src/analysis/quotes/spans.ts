/**
 * Finds quotation spans in one paragraph. Offsets are local to the paragraph text; callers add the paragraph start.
 *
 * Double quotes (curly, straight, guillemets) are the primary marks. Single quotes are accepted as quote marks only
 * outside double-quoted text (British headlines and standfirsts, outlets that quote with single marks), and only
 * when they cannot be apostrophes: "don't", "Iran’s", "allies’ ", "’90s", "rock ’n’ roll" never open or close a span.
 * Quotes nested inside a quote stay part of the outer quote's text (double marks inside single ones too, British
 * style). Marks broken in scraping (doubled, dropped, glued, reused for an inner quote) are repaired by the shapes in
 * broken-marks.ts; stray spaces inside the marks are not part of the quoted text.
 */

import {
  BEFORE_OPEN,
  closesInnerSingle,
  droppedCloseBeforeTag,
  endBeforeTag,
  isDoubledOpening,
  isGluedOpening,
  isLeftMarkClosing,
  isOpeningStraight,
  isReversedOpening,
  nestedCurly,
  nestedStraight,
} from './broken-marks.js';

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

/** Just past the span: after its closing mark, or at the end of its text when it runs on unclosed. */
export function closeEnd(span: RawSpan): number {
  return span.close === null ? span.end : span.close + 1;
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const STRAIGHT_DOUBLE = '"';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** After an elision apostrophe rather than an opening single quote: ’n’, ’em, ’til, ’tis, ’90s, ’cause. */
const ELISION = /^(?:n['’]|em\b|til\b|tis\b|twas\b|cause\b|bout\b|round\b|\d0s\b|\d\ds\b|\d\d\b)/i;

export function scanQuoteSpans(text: string): RawSpan[] {
  const doubles = scanDouble(text);
  const singles = scanSingle(text, doubles);
  // British style nests double marks inside single ones: 'They said "get out now", so we ran,' is one quote.
  const outer = doubles.filter((d) => !singles.some((s) => s.open < d.open && s.close !== null && d.close !== null && d.close < s.close));
  return [...outer, ...singles].sort((a, b) => a.open - b.open);
}

function scanDouble(text: string): RawSpan[] {
  const spans: RawSpan[] = [];
  let openAt = -1;
  let startAt = -1;
  const push = (end: number, close: number | null): void => {
    let from = startAt;
    let to = end;
    // Stray spaces inside the marks (“ We will ”) are not part of the quoted words.
    while (from < to && /\s/.test(text[from] as string)) from++;
    while (to > from && /\s/.test(text[to - 1] as string)) to--;
    if (to > from) spans.push({ open: openAt, start: from, end: to, close, mark: 'double' });
    openAt = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (openAt < 0) {
      if (
        OPEN_DOUBLE.has(ch) ||
        (ch === STRAIGHT_DOUBLE && (isOpeningStraight(text, i) || isGluedOpening(text, i))) ||
        isReversedOpening(text, i)
      ) {
        openAt = i;
        startAt = i + 1;
      }
      continue;
    }
    if ((ch === "'" || ch === '’') && text[i + 1] === ch && i > startAt) {
      // Wire copy (AP) closes a double quote with two apostrophes: "We didn't plan it,'' she said. Some outlets'
      // typesetting turns them into two curly ones: “Evil Dead’’ is a remake.
      push(i, i + 1);
      i++;
      continue;
    }
    // A closing ” garbled in a bad re-encoding comes out as a replacement character and a question mark (“We won,�?
    // she said): its 0x9D byte has no character in Windows-1252. Two characters, like the wire's two apostrophes.
    if (ch === '\uFFFD' && text[i + 1] === '?') {
      push(i, i + 1);
      i++;
      continue;
    }
    // A height in feet and inches ("6'2\"", "5’11\"") uses the straight mark as an inch sign, not a close.
    if (ch === STRAIGHT_DOUBLE && /\d['’]\d{1,2}$/.test(text.slice(Math.max(0, i - 5), i))) continue;
    const closes = CLOSE_DOUBLE.has(ch) || ch === STRAIGHT_DOUBLE;
    if (closes) {
      if (i === startAt) {
        if (isDoubledOpening(text, i)) startAt = i + 1;
        else openAt = -1;
        continue;
      }
      if (ch === STRAIGHT_DOUBLE && isOpeningStraight(text, i)) {
        const nested = nestedStraight(text, startAt, i);
        if (nested) {
          push(nested.end, nested.close);
          i = nested.close;
          continue;
        }
        const dropped = droppedCloseBeforeTag(text, startAt, i);
        if (dropped >= 0) {
          push(dropped, null);
          openAt = i;
          startAt = i + 1;
          continue;
        }
      }
      if (closesInnerSingle(text, startAt, i)) continue;
      push(i, i);
    } else if (isLeftMarkClosing(text, i)) {
      push(i, i);
    } else if (OPEN_DOUBLE.has(ch)) {
      const outer = nestedCurly(text, i);
      if (outer >= 0) {
        push(outer, outer);
        i = outer;
        continue;
      }
      // A second opening mark before any close: the first quote was left open (typo or run-on); end it here.
      pushUnclosed(spans, text, openAt, i);
      openAt = i;
      startAt = i + 1;
    }
  }
  if (openAt >= 0) pushUnclosed(spans, text, openAt, text.length);
  return spans;
}

function pushUnclosed(spans: RawSpan[], text: string, openAt: number, limit: number): void {
  let end = endBeforeTag(text, openAt + 1, limit);
  while (end > openAt + 1 && /\s/.test(text[end - 1] as string)) end--;
  if (end > openAt + 1) spans.push({ open: openAt, start: openAt + 1, end, close: null, mark: 'double' });
}

/** The span whose marks and text cover offset `i`. */
function spanAround(i: number, spans: RawSpan[]): RawSpan | undefined {
  return spans.find((s) => i >= s.open && i < closeEnd(s));
}

function insideAny(i: number, spans: RawSpan[]): boolean {
  return spanAround(i, spans) !== undefined;
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
const AFTER_CLOSE =
  /^\s+(?:with|and|as|from|in|to|for|on|at|after|before|because|but|or|by|over|until|since|if|when|while|than|into|of|outside|inside|during|amid|despite|against|about|across|around|near|without|through|under|among|between|toward|towards|upon)\b/;

/**
 * A mark between a word and a space closes the quote ("leave 'immediately' after", "'working around the clock' with")
 * unless it can be an apostrophe: a plural possessive ("fans' anger") or an elision ("rock 'n' roll"). After a
 * plural, a function word next still shows a close ("'at least six weeks' with").
 */
function isWordClose(text: string, j: number): boolean {
  if (!/\s/.test(text[j + 1] ?? '')) return false;
  if (/['’]n$/.test(text.slice(j - 2, j))) return false;
  if (text[j - 1] !== 's') return true;
  return AFTER_CLOSE.test(text.slice(j + 1, j + 14));
}

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
    let afterS = -1;
    for (let j = i + 2; j < limit; j++) {
      const inner = spanAround(j, doubles);
      if (inner) {
        // British style quotes inside a single-quoted quote with double marks: step over the inner quote.
        if (inner.close === null) break;
        j = inner.close;
        continue;
      }
      if (isSingleOpen(text, j) && (weak >= 0 || afterS >= 0)) {
        // "The 'Yes' campaign won. 'It is over,' he said": another quote opens before any sure close, so the
        // earlier candidate, even after an s, was this quote's closing mark.
        strong = weak >= 0 ? weak : afterS;
        break;
      }
      if (!isSingleCloseCandidate(text, j)) continue;
      if (afterS < 0 && text[j - 1] === 's') afterS = j;
      if (isStrongClose(text, j) || isWordClose(text, j)) {
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
