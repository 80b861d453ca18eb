export { leadSummary } from './lead.js';
export { textRankSummary } from './textrank.js';
export {
  DEFAULT_PARAMS,
  scoreSentences,
  summarize,
  type ScoredSentence,
  type SummarizeOptions,
  type SummarizerParams,
} from './summarize.js';
export { splitSentences } from './split.js';
export { isNearDuplicate, bigramContainment, NEAR_DUPLICATE_CONTAINMENT } from './redundancy.js';
export { allStems } from './terms.js';
export {
  DEFAULT_MAX_WORDS,
  SummarizerInputError,
  type BudgetOptions,
  type SentenceRef,
  type SummaryDocument,
  type SummarySentenceInput,
} from './types.js';
