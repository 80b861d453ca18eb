import type { Library } from '../core/library.js';
import type { Article } from '../corpus/article.js';

/** A topic a channel can subscribe to (defined by the briefing layer in content/topics.yml). */
export interface Topic {
  slug: string;
  title: string;
}

/** The topics known right now (they can change when content/topics.yml is edited). */
export type TopicList = () => readonly Topic[];

/** The articles that belong to a topic, as the briefing layer decides. */
export type SelectArticles = (topicSlug: string, library: Library) => readonly Article[];

/**
 * An extractive summarizer, structurally the same as src/briefing/summarize's contract: documents of sentences in,
 * references to the chosen sentences out, best first or in reading order.
 */
export interface SummaryInputDoc {
  sentences: readonly { text: string }[];
  date?: string | number | Date;
  source?: string;
}
export type DigestSummarizer = (
  documents: readonly SummaryInputDoc[],
  budget: { maxSentences: number; maxWords: number },
) => readonly { doc: number; sentence: number }[];
