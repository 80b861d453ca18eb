/**
 * An article as the rest of sitrep sees it, after loading and cleaning.
 *
 * Offsets everywhere in sitrep (paragraphs, sentences, quotes, entities) index into `body`: the Markdown body of the
 * file exactly as stored (after the front matter). Cleaning never rewrites text; it only decides which paragraphs
 * are prose, so `body.slice(start, end)` is always the verbatim source of anything shown to a user.
 */
export interface Article {
  /** Stable id: the file path relative to the content dir, without extension, using forward slashes. */
  id: string;
  /** Path relative to the content dir (forward slashes). */
  path: string;
  title: string;
  outlet: string;
  /** ISO 8601 as written in front matter (date or date-time). */
  published: string;
  /** Parsed publication instant (midnight UTC when only a date is given). */
  publishedAt: Date;
  url?: string;
  byline?: string;
  language: string;
  /** Body text as stored in the file (front matter removed, nothing else changed). */
  body: string;
  /** Prose paragraphs kept by the cleaner, in order, with offsets into `body`. */
  paragraphs: Paragraph[];
  /** What the cleaner removed and why (for debugging, never shown as content). */
  removed: RemovedSpan[];
  /** sha256 of the whole file content; analysis is cached by it. */
  hash: string;
  /**
   * Optional: `body.slice(start, end)` without building the whole body, for articles held packed (see
   * src/library/store). Readers that keep a span's place rather than its text (the search index) read through it.
   */
  text?(start: number, end: number): string;
}

export interface Paragraph {
  /** 0-based index among kept paragraphs. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** True for a standfirst/subheadline kept above the dateline (still prose, may carry quotes). */
  lead?: boolean;
}

export interface RemovedSpan {
  start: number;
  end: number;
  text: string;
  reason: string;
}

/** A file that could not be loaded: reported and skipped, never fatal. */
export interface LoadError {
  path: string;
  reason: string;
  /** Machine-readable cause (see LoadErrorCode in src/corpus/errors.ts), e.g. 'bad-yaml', 'too-large'. */
  code?: string;
}
