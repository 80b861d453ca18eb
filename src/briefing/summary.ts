/**
 * The one place the brief chooses its summary sentences, so the summarizer can be swapped without touching the
 * brief. Returns extracted sentences only (the rule "every summary sentence is an article sentence" holds by
 * construction, and grounding re-checks the offsets).
 */
import type { Sentence } from '../analysis/types.js';
import type { Article } from '../corpus/article.js';
import { summarize } from './summarize/index.js';
import { isBareQuotation } from './quoted.js';
import type { WindowItem } from './window.js';

export interface SummaryPick {
  article: Article;
  sentence: Sentence;
}

export interface SummaryBudget {
  maxSentences: number;
  maxWords: number;
}

/**
 * The summary's sentences. A sentence that is mostly a quotation and does not itself say who is speaking (a
 * continuation paragraph, the middle of a long quote) would read as the bot's own claim: it is never offered, and
 * stays in the quotes section with its speaker. Quotations that carry their attribution remain candidates.
 */
export function pickSummary(items: readonly WindowItem[], budget: SummaryBudget): SummaryPick[] {
  if (items.length === 0) return [];
  // Removing only these keeps the summarizer's view of the story (centrality, centroid) otherwise unchanged.
  return run(items, budget, (s, a) => !isBareQuotation(s, a));
}

function run(items: readonly WindowItem[], budget: SummaryBudget, eligible: (s: Sentence, a: WindowItem['analysis']) => boolean): SummaryPick[] {
  // Ineligible sentences are passed as empty text, which the summarizer skips, so indexes still line up.
  const documents = items.map((it) => ({
    sentences: it.analysis.sentences.map((s) => (eligible(s, it.analysis) ? s : { text: '' })),
    date: it.article.publishedAt,
    source: it.article.outlet,
  }));
  const refs = summarize(documents, { maxSentences: budget.maxSentences, maxWords: budget.maxWords });
  const out: SummaryPick[] = [];
  for (const r of refs) {
    const it = items[r.doc];
    const sentence = it?.analysis.sentences[r.sentence];
    if (it && sentence) out.push({ article: it.article, sentence });
  }
  return out;
}
