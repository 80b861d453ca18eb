/**
 * Balanced quotation spans inside one paragraph, used to keep a multi-sentence quotation in one sentence unit.
 * Only spans whose closing mark is found are returned: an unclosed quotation (the news convention for a quote that
 * continues in the next paragraph) protects nothing, so its sentences split normally.
 */
export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark. */
  close: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Double-quote spans: curly “…” pairs and straight "…" pairs (toggled in order). */
function doubleSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let curlyOpen = -1;
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '„') {
      curlyOpen = i; // a second opener before a closer means the first one was never closed
    } else if (ch === '”') {
      if (curlyOpen >= 0) spans.push({ open: curlyOpen, close: i });
      curlyOpen = -1;
    } else if (ch === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        spans.push({ open: straightOpen, close: i });
        straightOpen = -1;
      }
    }
  }
  return spans;
}

/**
 * Single-quote spans ‘…’ or '…'. The same characters serve as apostrophes ("it’s", "allies’"), so an opener must
 * start a word (not follow a letter) and a closer must not be followed by a letter.
 */
function singleSpans(text: string, inside: (i: number) => boolean): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '‘' && ch !== '’' && ch !== "'") continue;
    if (inside(i)) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    const canOpen = !isWordChar(before) && isWordChar(after) && ch !== '’';
    const canClose = !isWordChar(after) && before !== undefined && !/\s/.test(before) && ch !== '‘';
    if (open < 0 && canOpen) open = i;
    else if (open >= 0 && canClose) {
      spans.push({ open, close: i });
      open = -1;
    }
  }
  return spans;
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const doubles = doubleSpans(text);
  const inside = (i: number): boolean => doubles.some((s) => i > s.open && i < s.close);
  return [...doubles, ...singleSpans(text, inside)].sort((a, b) => a.open - b.open);
}
