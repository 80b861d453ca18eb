/**
 * Contract of the multi-document extractive summarizer. Input sentences only need `text`, so the analysis
 * stage's `Sentence` objects can be passed as they are and the output refers back to them by index.
 */

export interface SummarySentenceInput {
  text: string;
}

export interface SummaryDocument {
  sentences: readonly SummarySentenceInput[];
  /** Publication time: ISO 8601 string, epoch milliseconds or Date. Orders the output; undated documents go last. */
  date?: string | number | Date;
  /** Outlet or feed name; breaks ties between documents of the same time. */
  source?: string;
}

/** One selected sentence: `documents[doc].sentences[sentence]`. */
export interface SentenceRef {
  doc: number;
  sentence: number;
}

export interface BudgetOptions {
  /** Word budget (whitespace-separated words) for the whole summary. Default 250. */
  maxWords?: number;
  /** Optional cap on the number of sentences. */
  maxSentences?: number;
}

export class SummarizerInputError extends Error {
  override readonly name = 'SummarizerInputError';
}

export const DEFAULT_MAX_WORDS = 250;
