import type { Article, Paragraph } from '../corpus/article.js';
import {
  AMBIGUOUS_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_OPENERS,
  TITLE_ABBREVIATIONS,
  abbreviationKey,
  isDottedAcronym,
  isInitial,
} from './text/abbreviations.js';
import { findQuoteSpans, type QuoteSpan } from './text/quote-spans.js';
import type { Sentence } from './types.js';

/**
 * Sentence units for every kept paragraph.
 *
 * Design choice for quotations: a quotation whose closing mark is in the same paragraph is never split, so
 * `“We agree. We share concerns,” he said.` is ONE unit holding the whole quote and its attribution. Quote
 * attribution then works sentence by sentence, and a cited sentence never shows half a quotation with an unbalanced
 * mark. A quotation left open at the end of a paragraph (continued in the next one) protects nothing.
 *
 * Paragraphs are never joined: a sentence always lies inside one paragraph.
 */
export function splitSentences(article: Article): Sentence[] {
  const out: Sentence[] = [];
  for (const paragraph of article.paragraphs) {
    for (const [start, end] of splitParagraph(paragraph)) {
      const index = out.length;
      out.push({
        id: `${article.id}#s${index}`,
        articleId: article.id,
        paragraph: paragraph.index,
        index,
        start,
        end,
        text: article.body.slice(start, end),
      });
    }
  }
  return out;
}

const TERMINATORS = '.!?…';
const CLOSERS = '”"’\')]»*_';
const OPENERS = '“"‘\'([«*_';
const STARTER = /[\p{Lu}\p{N}“"‘'(\[«¿¡]/u;

/** [start, end) body offsets of each sentence in a paragraph, trimmed of surrounding whitespace. */
export function splitParagraph(paragraph: Paragraph): Array<[number, number]> {
  const text = paragraph.text;
  const quotes = findQuoteSpans(text);
  const cuts: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (!TERMINATORS.includes(text[i] as string)) {
      i++;
      continue;
    }
    const termStart = i;
    let j = i;
    while (j < text.length && TERMINATORS.includes(text[j] as string)) j++;
    const termEnd = j;
    while (j < text.length && CLOSERS.includes(text[j] as string)) j++;
    i = j;
    if (j < text.length && isGluedBoundary(text, termStart, termEnd, j, quotes)) {
      cuts.push(j);
      continue;
    }
    if (j >= text.length || !/\s/.test(text[j] as string)) continue;
    let k = j;
    while (k < text.length && /\s/.test(text[k] as string)) k++;
    if (k >= text.length) continue;
    if (!isBoundary(text, termStart, termEnd, j, k, quotes)) continue;
    cuts.push(j);
  }
  // Markdown list items, headings and block-quote lines inside one paragraph are separate units.
  for (const m of text.matchAll(/\n[ \t]*(?:[-*+•][ \t]|\d{1,3}[.)][ \t]|#{1,6}[ \t]|>)/g)) cuts.push(m.index ?? 0);
  cuts.sort((a, b) => a - b);
  cuts.push(text.length);
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const cut of cuts) {
    const piece = text.slice(from, cut);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) {
      const s = paragraph.start + from + lead;
      spans.push([s, s + trimmed.length]);
    }
    from = cut;
  }
  return spans;
}

function isBoundary(
  text: string,
  termStart: number,
  termEnd: number,
  afterClosers: number,
  next: number,
  quotes: QuoteSpan[],
): boolean {
  if (!STARTER.test(text[next] as string)) return false;
  // Inside a quotation that closes later in the paragraph: keep the quotation whole.
  if (quotes.some((q) => q.open < termStart && q.close >= afterClosers)) return false;
  const run = text.slice(termStart, termEnd);
  if (run !== '.') return true; // "?", "!", "...", "…" before a capital or quote mark end the sentence
  const word = wordBefore(text, termStart);
  if (!word) return true;
  // "1. First step": an ordered-list marker at the start of a line
  if (/^\d{1,3}$/.test(word) && /(?:^|\n)[ \t]*$/.test(text.slice(0, termStart - word.length))) return false;
  const nextWord = wordAt(text, next);
  const key = abbreviationKey(word);
  if (/^\p{Lu}/u.test(word) && TITLE_ABBREVIATIONS.has(key)) return false;
  if (NUMBER_ABBREVIATIONS.has(key) && /^\p{N}/u.test(nextWord)) return false;
  if (isDottedAcronym(word) || isInitial(word) || AMBIGUOUS_ABBREVIATIONS.has(key)) {
    // "said Ann Roe, analyst at Roe Research Inc. “I think ...”": a quotation opening after the abbreviation starts
    // a new sentence (a name or title in the middle of one does not open on a quotation mark).
    if (!isInitial(word) && quotes.some((q) => q.open === next)) return true;
    return SENTENCE_OPENERS.has(nextWord.toLowerCase());
  }
  return true;
}

/**
 * A missing space after a full stop ("was preserved.Then the archive") is a capture glitch common in scraped copy:
 * a lower-case word of two or more letters, one terminator, then a capitalised word. Abbreviations ("U.S.Army") and
 * domains ("example.com") do not have that shape.
 */
function isGluedBoundary(text: string, termStart: number, termEnd: number, next: number, quotes: QuoteSpan[]): boolean {
  if (termEnd - termStart !== 1 || next !== termEnd) return false;
  if (!/^\p{Lu}\p{Ll}+\b/u.test(text.slice(next, next + 20))) return false;
  if (!/(?:^|[^\p{L}.])\p{Ll}{2,}$/u.test(text.slice(Math.max(0, termStart - 30), termStart))) return false;
  return !quotes.some((q) => q.open < termStart && q.close >= next);
}

/** The whitespace-delimited word ending just before `end`, without leading quote marks or brackets. */
function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && !/\s/.test(text[s - 1] as string)) s--;
  let w = text.slice(s, end);
  while (w && OPENERS.includes(w[0] as string)) w = w.slice(1);
  return w;
}

/** The word starting at `start` after any opening marks, letters/digits/apostrophes only. */
function wordAt(text: string, start: number): string {
  let s = start;
  while (s < text.length && OPENERS.includes(text[s] as string)) s++;
  const m = /^[\p{L}\p{N}’']+/u.exec(text.slice(s, s + 40));
  return m ? m[0] : '';
}
