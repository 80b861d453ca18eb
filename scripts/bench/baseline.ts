/**
 * The naive baseline: one MiniSearch full-text index over whole articles (default options), answering a question with
 * the best-matching sentence of the top five articles and a brief with the leads of the top five articles for the
 * topic's terms. Run in its own process so its memory is measured apart from ours.
 */
import MiniSearch from 'minisearch';
import type { Built } from './corpus.js';
import { latency, liveHeapMib, mib, ms, peakMib, timeAll, type Latency, type MemoryFigures } from './measure.js';

export interface BaselineResult extends MemoryFigures {
  side: 'baseline';
  size: number;
  genMs: number;
  buildMs: number;
  brief: Latency;
  questions: Latency;
}

export async function runBaseline(
  items: readonly Built[],
  genMs: number,
  topicTerms: string,
  questions: readonly string[],
  briefs: number,
  warmup: readonly string[],
): Promise<BaselineResult> {
  const heapCorpus = liveHeapMib();
  const rssCorpus = mib();
  const mini = new MiniSearch<{ id: string; title: string; body: string }>({ fields: ['title', 'body'] });
  const t0 = process.hrtime.bigint();
  mini.addAll(items.map((b) => ({ id: b.article.id, title: b.article.title, body: b.article.body })));
  const buildMs = ms(t0);
  const rssIndexed = mib();
  const heapIndexed = liveHeapMib();
  const byId = new Map(items.map((b) => [b.article.id, b]));
  const answer = (q: string): string => {
    const hits = mini.search(q).slice(0, 5);
    const terms = new Set(q.toLowerCase().split(/\W+/).filter((w) => w.length > 3));
    let best = '';
    let bestScore = -1;
    for (const h of hits) {
      for (const s of byId.get(h.id as string)!.analysis.sentences) {
        const score = s.text.toLowerCase().split(/\W+/).filter((w) => terms.has(w)).length;
        if (score > bestScore) (bestScore = score), (best = s.text);
      }
    }
    return best;
  };
  const brief = (terms: string): string[] =>
    mini.search(terms).slice(0, 5).map((h) => byId.get(h.id as string)!.analysis.sentences.slice(0, 3).map((s) => s.text).join(' '));
  for (const q of warmup) answer(q);
  const briefTimes = await timeAll(briefs, () => brief(topicTerms));
  const askTimes = await timeAll(questions.length, (i) => answer(questions[i]!));
  return {
    side: 'baseline',
    size: items.length,
    genMs,
    buildMs,
    brief: latency(briefTimes),
    questions: latency(askTimes),
    rssCorpus,
    rssIndexed,
    heapCorpus,
    heapIndexed,
    rssAfter: mib(),
    peakRss: peakMib(),
  };
}
