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
  const letters = c.text.replace(/[^\p{L}]/gu, '');
  if (letters.length < c.text.length * 0.5) return false;
  // Mostly capitals: a headline or a shouted slug.
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper <= letters.length * 0.5;
}
