/**
 * Text kept at one byte per character. News text is ASCII plus a few typographic marks (curly quotes and apostrophes,
 * dashes, ellipses); one such mark makes V8 store a whole article at two bytes per character. Packing writes those
 * marks as the bytes Windows-1252 gives them (0x80-0x9F: C1 control codes, which prose never uses), so the packed
 * string is Latin-1 and V8 keeps it at one byte per character. Any other character above 0xFF (and a real C1 code) is
 * written as a placeholder byte, its code unit kept in a side list of patches. Packing is lossless for any string,
 * lone surrogates included.
 *
 * Unpacking a span is a plain slice when the span holds none of those bytes (most sentences; their positions are
 * kept), else slices joined around them: cheap enough to do on every read, so only the packed form stays in memory.
 */

/** Windows-1252's characters for 0x80-0x9F; undefined slots (0x81, 0x8D, 0x8F, 0x90, 0x9D) are never produced. */
const CP1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
/** The byte standing for "the next patch". */
const PLACEHOLDER = 0x81;
const BYTE_OF = new Map<number, number>();
for (let i = 0; i < CP1252.length; i++) if (0x80 + i !== CP1252.charCodeAt(i)) BYTE_OF.set(CP1252.charCodeAt(i), 0x80 + i);

export interface PackedText {
  /** One byte per character: Latin-1, with C1 bytes standing for CP1252 marks and PLACEHOLDER for a patch. */
  bytes: string;
  /** Positions of the C1 bytes of `bytes`, three bytes each (big-endian), ascending; '' when there is none. */
  marks: string;
  /** [position, code unit] pairs, by position, for each PLACEHOLDER byte; undefined when there is none. */
  patches: number[] | undefined;
}

/** Longest text packed: mark positions are 24-bit. */
const MAX_PACKED = 1 << 24;

let scratch = Buffer.allocUnsafe(1 << 16);
let markScratch = Buffer.allocUnsafe(1 << 12);

/**
 * Packs `text`; undefined when more than one character in `maxPatchShare` would need a patch (text in another script:
 * kept as it is, since a patch costs more than the byte it saves), or when the text is too long.
 */
export function packText(text: string, maxPatchShare = 16): PackedText | undefined {
  const n = text.length;
  if (n >= MAX_PACKED) return undefined;
  if (n > scratch.length) scratch = Buffer.allocUnsafe(Math.max(n, scratch.length * 2));
  let patches: number[] | undefined;
  let marks = 0;
  const limit = Math.floor(n / maxPatchShare) + 1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c > 0x9f && c < 0x100)) {
      scratch[i] = c;
      continue;
    }
    const b = BYTE_OF.get(c);
    if (b !== undefined) {
      scratch[i] = b;
    } else {
      scratch[i] = PLACEHOLDER;
      (patches ??= []).push(i, c);
      if (patches.length / 2 > limit) return undefined;
    }
    if (marks * 3 + 3 > markScratch.length) {
      const grown = Buffer.allocUnsafe(markScratch.length * 2);
      markScratch.copy(grown, 0, 0, marks * 3);
      markScratch = grown;
    }
    markScratch[marks * 3] = i >>> 16;
    markScratch[marks * 3 + 1] = (i >>> 8) & 0xff;
    markScratch[marks * 3 + 2] = i & 0xff;
    marks++;
  }
  return { bytes: scratch.toString('latin1', 0, n), marks: marks === 0 ? '' : markScratch.toString('latin1', 0, marks * 3), patches };
}

const markAt = (marks: string, k: number): number =>
  (marks.charCodeAt(k * 3) << 16) | (marks.charCodeAt(k * 3 + 1) << 8) | marks.charCodeAt(k * 3 + 2);

/** `text.slice(start, end)` of the text packed as `p`. */
export function unpackText(p: PackedText, start = 0, end = p.bytes.length): string {
  const { bytes, marks } = p;
  const n = marks.length / 3;
  // First mark at or after `start`.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (markAt(marks, mid) < start) lo = mid + 1;
    else hi = mid;
  }
  if (lo === n || markAt(marks, lo) >= end) return start === 0 && end === bytes.length ? bytes : bytes.slice(start, end);
  let out = '';
  let from = start;
  for (let k = lo; k < n; k++) {
    const at = markAt(marks, k);
    if (at >= end) break;
    const b = bytes.charCodeAt(at);
    out += bytes.slice(from, at) + (b === PLACEHOLDER ? String.fromCharCode(patchAt(p.patches, at)) : CP1252[b - 0x80]!);
    from = at + 1;
  }
  return out + bytes.slice(from, end);
}

function patchAt(patches: readonly number[] | undefined, position: number): number {
  let lo = 0;
  let hi = (patches?.length ?? 0) / 2 - 1;
  while (patches && lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = patches[mid * 2]!;
    if (p === position) return patches[mid * 2 + 1]!;
    if (p < position) lo = mid + 1;
    else hi = mid - 1;
  }
  throw new Error(`packed text has a placeholder at ${position} but no patch for it`);
}

/**
 * A flat copy of `text` that shares no memory with the string it came from. V8 keeps a substring of 13 or more
 * characters as a pointer into its parent, so a title sliced from a file would keep the whole file alive.
 */
export function ownCopy(text: string): string {
  if (text.length < 13) return text;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0xff) return Buffer.from(text, 'utf16le').toString('utf16le');
  }
  return Buffer.from(text, 'latin1').toString('latin1');
}
