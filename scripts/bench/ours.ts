/** sitrep's side of the bench: the real index, topics, briefs and answers over the synthetic library. */
import { briefingCommands } from '../../src/briefing/commands/index.js';
import { engineFor } from '../../src/briefing/engine.js';
import { prepareBriefing } from '../../src/briefing/prepare.js';
import { answerQuestion } from '../../src/briefing/question/answer.js';
import type { Topic } from '../../src/briefing/topics.js';
import type { CommandContext } from '../../src/core/commands.js';
import { silentLogger } from '../../src/core/logger.js';
import { makeArticle, rng, type BenchLibrary } from './corpus.js';
import type { ArticleStoreStats } from '../../src/library/store/article-store.js';
import { latency, liveHeapMib, mib, ms, peakMib, timeAll, type Latency, type MemoryFigures } from './measure.js';

export const KINDS = ['who-said', 'what-said', 'how-many', 'when', 'happened-on', 'who-is', 'general'] as const;

export interface OursResult extends MemoryFigures {
  side: 'ours';
  size: number;
  genMs: number;
  members: number;
  passages: number;
  /** Index plus topic membership, from nothing. */
  buildMs: number;
  /** Every topic's brief, computed once at start-up. */
  briefsMs: number;
  brief: Latency;
  /** Distinct questions, each asked once (so never answered from the cache). */
  questions: Latency;
  byKind: Record<string, Latency>;
  /** The three slowest questions, for diagnosis. */
  slowest: { ms: number; question: string }[];
  /** The same questions after one more article arrived (answer cache cleared, code warm). */
  afterChange: Latency;
  /** The same questions asked again: answered from the per-version cache. */
  repeated: Latency;
  addMs: number;
  recomputeMs: number;
  store: ArticleStoreStats;
}

export async function runOurs(
  library: BenchLibrary,
  genMs: number,
  topics: readonly Topic[],
  questions: readonly string[],
  briefs: number,
  src: { story: string[]; general: string[] },
  warmup: readonly string[],
): Promise<OursResult> {
  const size = library.articles().length;
  const heapCorpus = liveHeapMib();
  const rssCorpus = mib();
  const logger = silentLogger();
  const t1 = process.hrtime.bigint();
  const engine = engineFor(library, logger);
  engine.setTopics(topics);
  engine.sync();
  const buildMs = ms(t1);
  const tb = process.hrtime.bigint();
  prepareBriefing(library, topics, logger);
  const briefsMs = ms(tb);
  const rssIndexed = mib();
  const heapIndexed = liveHeapMib();
  const members = engine.topicArticles('iraq-mission').length;
  const [brief] = briefingCommands({ topics: () => topics });
  const ctx: CommandContext = {
    library,
    clock: { now: () => new Date() },
    logger,
    input: { platform: 'bench', channel: 'bench:1', user: { id: 'b', canManage: false }, text: '' },
  };
  for (const q of warmup) await answerQuestion(q, ctx);
  const briefTimes = await timeAll(briefs, () => brief!.run('iraq-mission', ctx));
  const askTimes = await timeAll(questions.length, (i) => answerQuestion(questions[i]!, ctx));
  const repeated = await timeAll(Math.min(50, questions.length), (i) => answerQuestion(questions[i]!, ctx));
  const byKind: Record<string, Latency> = {};
  KINDS.forEach((k, j) => (byKind[k] = latency(askTimes.filter((_, i) => i % KINDS.length === j))));
  // After a change: the incremental index update, then a /brief asked before the background recompute has run.
  const extra = makeArticle(size, rng(size + 2), src);
  const t2 = process.hrtime.bigint();
  library.add(extra);
  const addMs = ms(t2);
  const t3 = process.hrtime.bigint();
  await brief!.run('iraq-mission', ctx);
  const recomputeMs = ms(t3);
  // The same questions once more, after the change: the answer cache is empty again but the code is compiled, which
  // is the steady state of a long-running bot (the first pass above also pays the JIT for each kind of question).
  await new Promise((resolve) => setTimeout(resolve, 200));
  const afterChange = await timeAll(questions.length, (i) => answerQuestion(questions[i]!, ctx));
  const passages = engine.index.size.passages;
  engine.close();
  return {
    side: 'ours',
    size,
    genMs,
    members,
    passages,
    buildMs,
    briefsMs,
    brief: latency(briefTimes),
    questions: latency(askTimes),
    byKind,
    slowest: askTimes.map((t, i) => ({ ms: t, question: questions[i]! })).sort((a, b) => b.ms - a.ms).slice(0, 3),
    repeated: latency(repeated),
    afterChange: latency(afterChange),
    addMs,
    recomputeMs,
    store: library.storeStats(),
    rssCorpus,
    rssIndexed,
    heapCorpus,
    heapIndexed,
    rssAfter: mib(),
    peakRss: peakMib(),
  };
}
