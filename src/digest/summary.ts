import type { Sentence } from '../analysis/types.js';
import type { Logger } from '../core/logger.js';
import type { Article } from '../corpus/article.js';
import type { DigestSummarizer } from './types.js';

export interface SummaryDoc {
  article: Article;
  /** Verbatim sentences of the article, in reading order. */
  sentences: readonly Sentence[];
}

export interface PickedSentence {
  article: Article;
  sentence: Sentence;
}

export const MIN_SUMMARY = 2;
export const MAX_SUMMARY = 4;
const MAX_WORDS = 120;
const MIN_WORDS = 5;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Fallback summary: lead sentences, newest article first, one per article, taking second sentences only when there are
 * too few articles. News leads carry the who/what/when, so this is a fair "what changed" without any model.
 */
export function leadSentences(docs: readonly SummaryDoc[], max = 3): PickedSentence[] {
  const usable = docs.map((d) => {
    const long = d.sentences.filter((s) => words(s.text) >= MIN_WORDS);
    return long.length > 0 ? long : d.sentences;
  });
  const out: PickedSentence[] = [];
  for (let i = 0; i < docs.length && out.length < max; i++) {
    const s = usable[i]?.[0];
    if (s) out.push({ article: docs[i]!.article, sentence: s });
  }
  for (let depth = 1; out.length < Math.min(MIN_SUMMARY, max); depth++) {
    const before = out.length;
    for (let i = 0; i < docs.length && out.length < MIN_SUMMARY; i++) {
      const s = usable[i]?.[depth];
      if (s) out.push({ article: docs[i]!.article, sentence: s });
    }
    if (out.length === before) break;
  }
  return out;
}

/**
 * 2-4 sentences for "what changed": the injected summarizer's picks when it gives a usable answer, topped up or
 * replaced by lead sentences otherwise. A summarizer failure is logged, never shown and never fatal to the digest.
 */
export function pickSummary(docs: readonly SummaryDoc[], summarize?: DigestSummarizer, logger?: Logger): PickedSentence[] {
  const total = docs.reduce((n, d) => n + d.sentences.length, 0);
  if (total === 0) return [];
  if (!summarize) return leadSentences(docs);
  let picked: PickedSentence[] = [];
  try {
    const refs = summarize(
      docs.map((d) => ({ sentences: d.sentences, date: d.article.publishedAt, source: d.article.outlet })),
      { maxSentences: MAX_SUMMARY, maxWords: MAX_WORDS },
    );
    const seen = new Set<string>();
    for (const r of refs) {
      const doc = docs[r.doc];
      const sentence = doc?.sentences[r.sentence];
      if (!doc || !sentence || seen.has(sentence.id)) continue;
      seen.add(sentence.id);
      picked.push({ article: doc.article, sentence });
      if (picked.length === MAX_SUMMARY) break;
    }
  } catch (e) {
    logger?.warn({ err: e }, 'digest summarizer failed; using lead sentences');
    picked = [];
  }
  if (picked.length >= Math.min(MIN_SUMMARY, total)) return picked;
  const have = new Set(picked.map((p) => p.sentence.id));
  for (const lead of leadSentences(docs, MAX_SUMMARY)) {
    if (picked.length >= MIN_SUMMARY) break;
    if (!have.has(lead.sentence.id)) picked.push(lead);
  }
  return picked;
}
