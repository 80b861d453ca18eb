/**
 * Quotation marks as scraped from real pages are often broken: a doubled opening mark (“”I am ...”), a quote whose
 * closing mark was dropped before its speech tag (`"We are counting, Orlo wrote. "To that end, ..."`), a quote inside
 * a quote written with the same double marks (`"... I shouted, "Stop!"`), an inner quote opened with ' and closed
 * with " (`"... he says 'kill you!" and now ..."`). Each helper here recognises one such shape from the marks around
 * it, so the double-quote scanner can give the span a careful reader would: the whole of what the speaker said.
 */
import { SPEECH_VERBS } from './lexicon.js';

/** Characters after which a straight quote mark is an opening mark. */
export const BEFORE_OPEN = /[\s([{\-–—/:;,]/;

/** A straight mark that opens: after a space or opening punctuation, with the quoted text right after it. */
export function isOpeningStraight(text: string, i: number): boolean {
  const prev = i === 0 ? ' ' : (text[i - 1] as string);
  const next = text[i + 1];
  return BEFORE_OPEN.test(prev) && next !== undefined && !/\s/.test(next);
}

/**
 * Scraped pages that lost the space between sentences: `on April 1, 1990."It was a tragic death," she said.` With no
 * quote open, a straight mark glued to the end of a sentence and to a capital (perhaps after a single mark) is an
 * opening mark.
 */
export function isGluedOpening(text: string, i: number): boolean {
  // The quotation may open with a title in single marks: `to primetime."'Dancing Nights' would love to ...`.
  // Or with a bracketed editor's insertion: `his compassion."(Olivera) comes in,"`.
  return i > 0 && /[.?!]/.test(text[i - 1] as string) && /^(?:['‘]|[([])?[\p{Lu}\p{N}]/u.test(text.slice(i + 1, i + 3));
}

/**
 * “”I am grateful ...”: a closing mark straight after the opening one, with words right after it, is a doubled
 * opening mark (a typing or scraping slip), not an empty quotation.
 */
export function isDoubledOpening(text: string, i: number): boolean {
  const next = text[i + 1];
  return next !== undefined && /[\p{L}\p{N}]/u.test(next);
}

/**
 * `”We are ready,” he said.`: some pages (and fonts that lost the distinction) print every double mark as a right
 * mark. With no quote open, a ” in opening position (after a space or opening punctuation, before a word) opens one
 * when a later ” can close it.
 */
export function isReversedOpening(text: string, i: number): boolean {
  if (text[i] !== '”') return false;
  const prev = i === 0 ? ' ' : (text[i - 1] as string);
  if (!BEFORE_OPEN.test(prev) || !/[\p{L}\p{N}'‘]/u.test(text[i + 1] ?? '')) return false;
  const close = text.indexOf('”', i + 2);
  return close > 0 && !/\s/.test(text[close - 1] as string);
}

/**
 * `“We are ready,“ he said.`, `„Wir schaffen das“ and left`: a left mark (as typed on some keyboards, or German style
 * after „) in closing position — after a word or punctuation, before a space, punctuation or the end — closes the
 * open quote instead of opening another.
 */
export function isLeftMarkClosing(text: string, i: number): boolean {
  if (text[i] !== '“') return false;
  const prev = text[i - 1];
  if (prev === undefined || /[\s([{]/.test(prev)) return false;
  const next = text[i + 1];
  return next === undefined || /[\s.,;:!?)\]—–-]/.test(next);
}

/**
 * `“He called it “unfair” and left,” she said.`: a quote inside a quote written with the same curly marks. An
 * opening mark inside an open quote, followed by two closing marks before any other opening mark, the second after
 * a word or punctuation: returns the outer quote's closing mark, or -1 (then the first quote was left open).
 */
export function nestedCurly(text: string, i: number): number {
  const inner = text.indexOf('”', i + 1);
  if (inner < 0) return -1;
  const outer = text.indexOf('”', inner + 1);
  if (outer < 0 || /\s/.test(text[outer - 1] as string)) return -1;
  const nextOpen = text.indexOf('“', i + 1);
  if (nextOpen >= 0 && nextOpen < outer) return -1;
  return outer;
}

/** The next straight mark after `from`, or -1. */
function nextStraight(text: string, from: number): number {
  return text.indexOf('"', from);
}

/**
 * Inside an open straight quote, `I shouted, "You're ...!"`: a mark that looks like an opening mark after a comma or
 * colon starts a quote within the quote. Returns where the OUTER quote's text ends and its closing mark: the mark
 * after the inner quote's close, or, when the paragraph has no further closing mark, the inner quote's own closing
 * mark (writers and scrapers collapse the two). Null when the shape does not hold.
 */
export function nestedStraight(text: string, start: number, i: number): { end: number; close: number } | null {
  const introduced = /[,:]\s+$/.test(text.slice(start, i));
  const inner = nextStraight(text, i + 1);
  if (inner < 0 || isOpeningStraight(text, inner)) return null;
  const outer = nextStraight(text, inner + 1);
  const outerCloses = outer >= 0 && !isOpeningStraight(text, outer);
  if (!introduced) {
    // `"He called it "unfair" and walked out," she said.`: a short quoted phrase mid-sentence (the mark follows a
    // space, so it cannot close the outer quote) with the sentence running on after it and the outer quote closing
    // later in the paragraph.
    const phrase = text.slice(i + 1, inner);
    const runsOn = /^[ \t]*[\p{Ll},;]/u.test(text.slice(inner + 1, inner + 4)) || /^,/.test(phrase.slice(-1));
    if (!outerCloses || phrase.split(/\s+/).length > 8 || /[.!?]$/.test(phrase) || !runsOn) return null;
    if (!/[.,!?;:…—–-]\s*$|[\p{L}\p{N}]$/u.test(text.slice(start, outer))) return null;
  }
  if (outerCloses) return { end: outer, close: outer };
  return { end: inner, close: inner };
}

/** `, Orlo wrote in a statement. ` / `, she said. `: a speech tag after a comma, ending its sentence. */
const TAG_AFTER_COMMA =
  /,\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}|(?:he|she|they|we|I|it)\s+)(?:[a-z]+ly\s+)?([a-z]+)\b[^"“”.!?]{0,50}[.!?]\s+$/u;

/**
 * Inside an open quote, `... trust, Orlo wrote in a statement. "To that end ...`: a mark that looks like an opening
 * mark after a full stop, with a speech tag before it, means the writer dropped the first quote's closing mark after
 * the comma. Returns the end of the first quote's text (after the comma), or -1.
 */
export function droppedCloseBeforeTag(text: string, start: number, i: number): number {
  const region = text.slice(start, i);
  if (!/[.!?]\s+$/.test(region)) return -1;
  const m = TAG_AFTER_COMMA.exec(region);
  if (!m || !SPEECH_VERBS.has(m[2] as string)) return -1;
  return start + m.index + 1;
}

const SINGLE_OPEN_AT = /(?:^|[\s([{\-–—/:;,])['‘](?=\p{L})(?!(?:n['’]|em\b|til\b|tis\b|twas\b|cause\b|bout\b|round\b))/giu;

/**
 * `"... he says 'yeah, I'm going to kill you!" and now I can tell ..."`: a closing double mark while a single quote
 * opened inside is still open, and the paragraph has a later closing double mark (none that opens in between): the
 * mark closes the inner quote, so the outer one runs on.
 */
export function closesInnerSingle(text: string, start: number, i: number): boolean {
  const region = text.slice(start, i);
  let lastOpen = -1;
  for (const m of region.matchAll(SINGLE_OPEN_AT)) lastOpen = (m.index ?? 0) + m[0].length - 1;
  if (lastOpen < 0) return false;
  // A close for that single quote: ' or ’ after a non-space and not before a letter ("I'm" is an apostrophe).
  if (/\S['’](?![\p{L}\p{N}])/u.test(region.slice(lastOpen + 2))) return false;
  // Wire style spaces the two closing marks apart: `says 'get out now. ' "`: the single mark right before this one
  // closes the inner quote.
  if (region.length > lastOpen + 2 && /\s['’]\s*$/.test(region)) return false;
  const later = nextStraight(text, i + 1);
  return later >= 0 && !isOpeningStraight(text, later) && text[i] === '"';
}

/** A list bullet after a sentence end, inside one paragraph: ". * Next item", "! • Next item". */
const FLATTENED_BULLET = /[.!?…]\s+[*•▪◦]\s+\p{Lu}/u;

/** Rhetorical verbs that tag a question or a quip like a speech verb ("... instead? poses the spokeswoman."). */
const RHETORICAL = new Set(['poses', 'posed', 'wonders', 'wondered', 'muses', 'mused', 'quips', 'quipped', 'jokes', 'joked']);

const INVERTED_TAG = /^[,?!]\s+([a-z]+)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[\p{L}][^"“”.!?]{0,80}[.!?](?:\s|$)/u;
const NORMAL_TAG =
  /^[,?!]\s+(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}|(?:he|she|they|we|I)\s+)(?:[a-z]+ly\s+)?([a-z]+)\b[^"“”.!?]{0,60}[.!?](?:\s|$)/u;

/**
 * `defended its use of "binders of women' and Big Bird`: a double mark never closed in its paragraph, whose short
 * phrase ends in a single mark right after a word and before a joining word or punctuation. The writer closed with
 * the wrong mark; the phrase ends there. Not after "s" (a plural possessive: "the farmers' market"), and not when a
 * single mark opened inside the phrase (then the single mark closes that inner quote). Returns the offset in `region`
 * of the single mark, or -1.
 */
function singleMarkClose(region: string): number {
  const m = /^([^"“”‘'’\n]{1,60}?[\p{L}\p{N}])['’](?=\s+(?:and|or|but|as|in|on|at|to|for|with|from|because|while)\b|[,.;:])/u.exec(region);
  if (!m || /s$/.test(m[1] as string)) return -1;
  return (m[1] as string).length;
}

/**
 * `"If they like it, why not? poses spokeswoman Ana Ruiz. She says ...` with no closing mark anywhere after it: the
 * writer dropped the close before the speech tag. Where a comma, "?" or "!" inside the unclosed run is followed by a
 * tag that ends its sentence (an inverted "says X" or "X says"), the quoted words end at that punctuation. Returns
 * the end of the quoted text: that point, or `limit` when there is no such tag.
 */
export function endBeforeTag(text: string, start: number, limit: number): number {
  const bullet = FLATTENED_BULLET.exec(text.slice(start, limit));
  // `“he would push hard on this. * There is also ...`: a page's list flattened into one paragraph; the next item
  // is not the quotation's.
  if (bullet) limit = start + bullet.index + 1;
  const region = text.slice(start, limit);
  const single = singleMarkClose(region);
  if (single >= 0) return start + single;
  for (const m of region.matchAll(/[,?!](?=\s)/g)) {
    const at = m.index ?? 0;
    // Only after some words of the quotation: a tag never follows the first word.
    if (at < 8) continue;
    const rest = region.slice(at, at + 160);
    for (const tag of [INVERTED_TAG.exec(rest), NORMAL_TAG.exec(rest)]) {
      const verb = tag?.[1];
      if (verb && (SPEECH_VERBS.has(verb) || RHETORICAL.has(verb))) return start + at + 1;
    }
  }
  return limit;
}
