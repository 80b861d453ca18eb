/**
 * Which sentences may appear in a summary at all. Scraped news text carries headlines, captions, bylines, share
 * prompts and ad slugs; these rules are about the shape of a sentence, not about any one site.
 */
import type { Candidate } from './candidates.js';

export interface QualityRules {
  /** Fewer words than this is a fragment, caption or headline. */
  minWords: number;
  /** More words than this is usually a run-on list, a table flattened to text, or a splitter failure. */
  maxWords: number;
}

const BOILERPLATE =
  /\b(click here|sign up|subscribe|newsletter|cookies?|javascript|all rights reserved|copyright|follow (us|him|her|me|them)|advertisement|read more|related:|getty images|contributed to this report|share this|this (article|story) (was|has been|originally))\b|https?:|www\.|©|@\w/i;

const TERMINAL = /[.!?]["'”’)\]]*$/;

export function isSummaryWorthy(c: Candidate, rules: QualityRules): boolean {
  if (c.words < rules.minWords || c.words > rules.maxWords) return false;
  if (!TERMINAL.test(c.text)) return false;
  if (BOILERPLATE.test(c.text)) return false;
  // Counted without allocating (ASCII fast path): this runs on every sentence of every article.
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < c.text.length; i++) {
    const code = c.text.charCodeAt(i);
    if (code >= 65 && code <= 90) {
      letters++;
      upper++;
    } else if (code >= 97 && code <= 122) letters++;
    else if (code > 127) {
      const ch = c.text[i]!;
      if (/\p{Lu}/u.test(ch)) upper++;
      if (/\p{L}/u.test(ch)) letters++;
    }
  }
  if (letters < c.text.length * 0.5) return false;
  // Mostly capitals: a headline or a shouted slug.
  return upper <= letters * 0.5;
}
