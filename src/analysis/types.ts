/**
 * Output of the analysis stage. All offsets index into Article.body (see src/corpus/article.ts), so that
 * `article.body.slice(x.start, x.end) === x.text` holds for every sentence, mention and quote.
 */

export interface Sentence {
  /** `${articleId}#s${index}` */
  id: string;
  articleId: string;
  paragraph: number;
  /** 0-based index in the article. */
  index: number;
  start: number;
  end: number;
  text: string;
}

export type EntityType = 'person' | 'organization' | 'place';

export interface EntityMention {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  sentence: number;
  /** Local (per-article) canonical name, e.g. "Jens Stoltenberg" for a later "Stoltenberg". */
  name: string;
  /** Role or title written next to the name ("US Secretary of Defense" for Mark Esper). */
  role?: string;
}

/** A corpus-wide entity after alias resolution. */
export interface Entity {
  /** slug of the canonical name, e.g. "jens-stoltenberg". */
  id: string;
  type: EntityType;
  /** Canonical name: the longest, most frequent full form. */
  name: string;
  /** Every surface form seen, including the canonical name ("Soleimani", "Qassem Soleimani", "the NATO secretary-general"). */
  aliases: string[];
  /** Roles/titles seen, most frequent first. */
  roles: string[];
  /** Articles it appears in. */
  articleIds: string[];
  mentionCount: number;
}

export interface NumberFact {
  /** Surface text, e.g. "5,200 US soldiers". */
  text: string;
  start: number;
  end: number;
  /** Numeric value (500 for "500-strong"). */
  value: number;
  /** What the number counts or measures, e.g. "US soldiers", "personnel", "allies"; "" when unknown. */
  counts: string;
  /** Unit when it is a measure rather than a count ("percent", "km", "USD"). */
  unit?: string;
  sentence: number;
}

export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** Resolved calendar day, YYYY-MM-DD, against the article's publication date. */
  date: string;
  /** Resolved time of day when the text gives one (HH:MM, 24h, in the zone the text implies or UTC). */
  time?: string;
  /** True when the text was relative ("Friday", "yesterday"). */
  relative: boolean;
  sentence: number;
  /** How much of `date` the text gives: "in 2018" -> 'year' (date 2018-01-01), "in January" -> 'month'. Absent = 'day'. */
  precision?: 'day' | 'month' | 'year';
  /** 'UTC' when the text gave the time in GMT/UTC (or an offset, converted); absent when the zone is the story's local one. */
  timeZone?: string;
}

export type QuoteKind = 'direct' | 'partial';

export type SpeakerKind = 'person' | 'description' | 'group' | 'organization' | 'unknown';

export interface Speaker {
  /** Canonical person name, the description the article gives ("a NATO diplomat", "another NATO diplomat"), a group
   * ("Britain, France and Germany"), or "unknown". */
  name: string;
  kind: SpeakerKind;
  /** Corpus entity id when the speaker is a resolved entity. */
  entityId?: string;
  role?: string;
  /** How the text refers to the speaker at this quote ("he", "the diplomat", "Stoltenberg"). */
  asWritten?: string;
  /** No tag names the speaker: read from the sentence around the quote (its subject, the source it cites). */
  inferred?: boolean;
}

export interface Quote {
  /** `${articleId}#q${index}` */
  id: string;
  articleId: string;
  /** Verbatim text between the quote marks (marks excluded): body.slice(start, end). */
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: Speaker;
  /** Attribution verb as written ("said", "told", "warned"), null when inherited or unknown. */
  verb: string | null;
  paragraph: number;
  sentence: number;
  /** YYYY-MM-DD the statement was made when the text says, else the publication day. */
  date: string;
}

export interface ArticleAnalysis {
  articleId: string;
  /** Article.hash this analysis was computed from (cache key). */
  hash: string;
  /** Bumped when analysis logic changes, so stale caches are recomputed. */
  version: number;
  sentences: Sentence[];
  mentions: EntityMention[];
  quotes: Quote[];
  numbers: NumberFact[];
  dates: DateMention[];
}
