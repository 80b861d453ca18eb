import type { Quote } from '../analysis/types.js';
import type { Library } from '../core/library.js';
import type { LoadError } from '../corpus/article.js';

/**
 * The stable, documented JSON shape of `sitrep --json "/quotes"`: one record per quotation in the corpus. This is
 * the interface evaluations read, so fields are only ever added, never renamed or removed.
 */
export interface QuoteRecord {
  /** Verbatim text without the quote marks: article body.slice(start, end). */
  text: string;
  kind: 'direct' | 'partial';
  /** Canonical person name, the description the article gives ("a NATO diplomat"), a group, or "unknown". */
  speaker: string;
  speakerKind: Quote['speaker']['kind'];
  speakerRole: string | null;
  /** How the article refers to the speaker at this quote ("he", "the diplomat"). */
  speakerAsWritten: string | null;
  /** True when no tag names the speaker and it is read from the sentence around the quote (its subject, the source
   * it cites); false for a speaker a tag, a credit line or a continued quotation gives, and for "unknown". */
  speakerInferred: boolean;
  verb: string | null;
  article: { id: string; path: string; title: string; outlet: string; published: string; url: string | null };
  /** 0-based index of the paragraph among the article's prose paragraphs. */
  paragraph: number;
  /** Character offsets into the article body (the file after its front matter). */
  start: number;
  end: number;
  /** YYYY-MM-DD the words were said when the article says, else its publication day. */
  date: string;
}

export interface QuotesJson {
  quotes: QuoteRecord[];
  /** Files skipped while loading the corpus, with the reason. */
  skipped: LoadError[];
}

export function quoteRecord(library: Library, quote: Quote): QuoteRecord | undefined {
  const article = library.article(quote.articleId);
  if (!article) return undefined;
  return {
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker.name,
    speakerKind: quote.speaker.kind,
    speakerRole: quote.speaker.role ?? null,
    speakerAsWritten: quote.speaker.asWritten ?? null,
    speakerInferred: quote.speaker.inferred === true,
    verb: quote.verb,
    article: {
      id: article.id,
      path: article.path,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      url: article.url ?? null,
    },
    paragraph: quote.paragraph,
    start: quote.start,
    end: quote.end,
    date: quote.date,
  };
}

/** Every quote in corpus order (articles by publication time, quotes by position), optionally filtered. */
export function quotesJson(library: Library, skipped: LoadError[], keep: (q: Quote) => boolean = () => true): QuotesJson {
  const quotes: QuoteRecord[] = [];
  for (const article of library.articles()) {
    for (const quote of library.analysis(article.id)?.quotes ?? []) {
      if (!keep(quote)) continue;
      const record = quoteRecord(library, quote);
      if (record) quotes.push(record);
    }
  }
  return { quotes, skipped };
}
