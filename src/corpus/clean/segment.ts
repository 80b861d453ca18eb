import { endsLikeSentence, startsLowercase } from './text.js';

/** Markdown markers the cleaner looks past (offsets move after them; the body is never rewritten). */
export type UnitMarker = 'heading' | 'list' | 'blockquote';

/** A candidate paragraph: one line, or several hard-wrapped lines of one paragraph. */
export interface Unit {
  start: number;
  end: number;
  text: string;
  /** Index of the blank-line separated block the unit sits in. */
  block: number;
  /** Position of the unit inside its block (0 = first). */
  lineInBlock: number;
  marker?: UnitMarker;
}

interface Line {
  start: number;
  end: number;
  text: string;
  marker?: UnitMarker;
}

const MARKERS: Array<[UnitMarker, RegExp]> = [
  ['heading', /^#{1,6}[ \t]+/],
  ['list', /^(?:[-*+•▪●◦]|\d{1,3}[.)])[ \t]+/],
  ['blockquote', /^>[ \t]?/],
];

/** Function words a sentence does not end on: a line ending in one was wrapped mid-sentence. */
const CONTINUES = new Set(
  'a an the of to in on at by for from with and or but nor as that which who whom whose than if into onto over under about after before between during said says told'.split(' '),
);

/**
 * Splits a body into units. Blocks are separated by blank lines; inside a block every line is its own unit (page
 * captures put headline, outlet, standfirst and captions on consecutive lines), except that a line visibly wrapped
 * mid-sentence is joined with the next so hard-wrapped Markdown prose stays one paragraph.
 */
export function segment(body: string): Unit[] {
  const units: Unit[] = [];
  let block = 0;
  let lineInBlock = 0;
  let pending: Line | undefined;
  let sawText = false;

  const flush = (): void => {
    if (!pending) return;
    units.push({ ...pending, block, lineInBlock: lineInBlock++ });
    pending = undefined;
  };

  const lineRe = /[^\n]*(?:\n|$)/g;
  for (let m = lineRe.exec(body); m && m[0] !== ''; m = lineRe.exec(body)) {
    const line = trimLine(body, m.index, m.index + m[0].length);
    if (!line) {
      flush();
      if (sawText) {
        block++;
        lineInBlock = 0;
        sawText = false;
      }
      continue;
    }
    sawText = true;
    if (pending && joinsWrapped(pending, line)) {
      pending = { ...pending, end: line.end, text: body.slice(pending.start, line.end) };
      continue;
    }
    flush();
    pending = line;
  }
  flush();
  return units;
}

function trimLine(body: string, from: number, to: number): Line | undefined {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(body[start] as string)) start++;
  while (end > start && /\s/.test(body[end - 1] as string)) end--;
  if (start === end) return undefined;
  let marker: UnitMarker | undefined;
  for (const [kind, re] of MARKERS) {
    const hit = re.exec(body.slice(start, end));
    // A marker with nothing after it ("-", "#") is the whole line, not a prefix.
    if (hit && hit[0].length < end - start) {
      marker = kind;
      start += hit[0].length;
      break;
    }
  }
  return { start, end, text: body.slice(start, end), ...(marker ? { marker } : {}) };
}

/** Hard wraps happen at a fixed width (60-80 columns); a shorter line ended on purpose ("162", "Sign Up Now"). */
const MIN_WRAPPED_LINE = 30;

function joinsWrapped(prev: Line, next: Line): boolean {
  const lastLine = prev.text.slice(prev.text.lastIndexOf('\n') + 1);
  if (lastLine.length < MIN_WRAPPED_LINE) return false;
  if (next.marker === 'list' || next.marker === 'heading' || prev.marker === 'heading') return false;
  if (endsLikeSentence(prev.text)) return false;
  if (startsLowercase(next.text)) return true;
  if (/[,(\-–—]$/.test(prev.text)) return true;
  const last = prev.text.split(/\s+/).pop() ?? '';
  return CONTINUES.has(last.toLowerCase());
}
