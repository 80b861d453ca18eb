/**
 * The platform-neutral reply model. The core builds it; adapters render it (console text, Discord embeds, Slack
 * Block Kit). Text fields are plain text with no markup: renderers escape them for their platform.
 *
 * A reply is a title, ordered sections of blocks, and a numbered citation list. Blocks are the units a renderer may
 * move to the next message when splitting: a quote block is never split.
 */

export interface Citation {
  /** 1-based number, referenced by `cites` arrays. */
  n: number;
  articleId: string;
  /** Article path relative to the content dir. */
  path: string;
  title: string;
  outlet: string;
  /** ISO date or date-time of publication. */
  published: string;
  url?: string;
}

/** The citation numbered `n` for an article (anything with an article's identifying fields). */
export function citationOf(
  article: { id: string; path: string; title: string; outlet: string; published: string; url?: string | undefined },
  n: number,
): Citation {
  const { id, path, title, outlet, published, url } = article;
  return { n, articleId: id, path, title, outlet, published, ...(url ? { url } : {}) };
}

export interface CitedText {
  text: string;
  /** Citation numbers backing this text; empty only for the bot's own framing text (headings, "not in the sources"). */
  cites: number[];
}

export interface QuoteItem {
  /** Quote.id in the analysis, so machine consumers (--json) can reach offsets and article paths. */
  id?: string;
  /** Verbatim text (checked against the article at render time by the core). */
  text: string;
  kind: 'direct' | 'partial';
  /** Display name: canonical name, or an anonymous description. */
  speaker: string;
  /** "NATO secretary-general", or "via AFP" style provenance for anonymous speakers. */
  speakerRole?: string;
  /** Attribution verb as written. */
  verb?: string;
  /** YYYY-MM-DD. */
  date: string;
  cite: number;
  /** Other outlets that printed the same words, possibly with a different attribution. */
  alsoReportedBy?: { outlet: string; speaker: string; cite: number; text: string }[];
}

/**
 * Set only on the parts of a quote too long for any single message of a platform (see splitReply): the one case a
 * quote is cut. Renderers show it ("part 1 of 2") so a reader knows the words go on.
 */
export interface QuotePart {
  n: number;
  of: number;
}

export type Block =
  | { type: 'text'; text: CitedText }
  | { type: 'bullets'; items: CitedText[] }
  | { type: 'quote'; quote: QuoteItem; part?: QuotePart };

export interface Section {
  heading?: string;
  blocks: Block[];
}

export interface FollowUp {
  /** Button label, e.g. "Quotes". */
  label: string;
  /** Command the button runs, e.g. "/quotes about iraq-mission". */
  command: string;
}

export type ReplyKind = 'brief' | 'answer' | 'quotes' | 'timeline' | 'sources' | 'digest' | 'help' | 'info' | 'error';

export interface Reply {
  kind: ReplyKind;
  title: string;
  /** One-line context under the title, e.g. "As of 6 Jan 2020 · 2 sources". */
  subtitle?: string;
  sections: Section[];
  citations: Citation[];
  followUps?: FollowUp[];
}

/** Helpers for the common tiny replies. */
export function infoReply(title: string, text: string, kind: ReplyKind = 'info'): Reply {
  return { kind, title, sections: [{ blocks: [{ type: 'text', text: { text, cites: [] } }] }], citations: [] };
}

export function errorReply(title: string, text: string): Reply {
  return infoReply(title, text, 'error');
}
