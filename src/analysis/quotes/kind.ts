/**
 * Direct or partial. A quotation is direct when it stands as the speaker's own sentence(s): it opens its sentence,
 * or it is introduced by an attribution (`X said: “...”`, `he said, “respond.”` after a split), or it continues a
 * quote from the previous paragraph. It is partial when its words are embedded in the reporter's sentence
 * (`was continuing “but training activities are currently suspended.”`, `would have to “wait and see”`).
 */
import type { QuoteKind } from '../types.js';
import type { Attribution } from './attribution.js';
import type { Range } from './clauses.js';
import { MASK, type Layout } from './layout.js';
import type { RawSpan } from './spans.js';

export function quoteKind(layout: Layout, span: RawSpan, sentence: Range | undefined, attribution: Attribution | null): QuoteKind {
  const from = sentence?.start ?? 0;
  const pre = layout.masked.slice(from, span.open);
  if (/^[\s([\-–—•*]*$/.test(pre)) return 'direct';
  const first = layout.text.slice(span.start, span.start + 2).replace(/^[\s"'“‘(….]+/, '');
  const startsUpper = /^[\p{Lu}\p{N}]/u.test(first);
  // Topic-led paragraphs ("On uptake last year: “...”") quote whole answers.
  if (!attribution && /:\s*$/.test(pre)) return 'direct';
  if (attribution?.form === 'before') {
    if (/:\s*$/.test(pre)) return 'direct';
    // The second half of a split quote: “We will,” he said, “respond.”
    if (pre.includes(MASK) && /[,:]\s*$/.test(pre)) return 'direct';
    return startsUpper ? 'direct' : 'partial';
  }
  return 'partial';
}

/** A title or name in quotes ("the operation, dubbed “Epic Fury”"): every word capitalised and no attribution. */
export function looksLikeTitle(text: string): boolean {
  const words = text.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 6) return false;
  const minor = /^(?:of|the|and|in|on|a|an|for|to|at|de|la)$/;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || minor.test(w)) && !/[.?!,]$/.test(text.trim());
}
