/**
 * The one place the brief chooses its summary sentences, so the summarizer can be swapped without touching the
 * brief. Returns extracted sentences only (the rule "every summary sentence is an article sentence" holds by
 * construction, and grounding re-checks the offsets).
 */
import type { Sentence } from '../analysis/types.js';
import type { Article } from '../corpus/article.js';
import { summarize } from './summarize/index.js';
import type { WindowItem } from './window.js';

export interface SummaryPick {
  article: Article;
  sentence: Sentence;
}

export interface SummaryBudget {
  maxSentences: number;
  maxWords: number;
}

export function pickSummary(items: readonly WindowItem[], budget: SummaryBudget): SummaryPick[] {
  if (items.length === 0) return [];
  const documents = items.map((it) => ({
    sentences: it.analysis.sentences,
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
