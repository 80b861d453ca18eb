/**
 * Question-shaped lookups over the index: who said these words, what did this speaker say (about that), which
 * numbers count this, which dates go with this, what happened on that day. Each returns the places in the articles
 * (article + sentence/quote) with a score and the share of the question's terms the place covers, so the caller can
 * tell an answer from a near miss.
 */
import type { ArticleAnalysis, DateMention, NumberFact, Quote, Sentence } from '../analysis/types.js';
import type { Library } from '../core/library.js';
import type { Article } from '../corpus/article.js';
import type { Hit, SearchIndex } from './index.js';
import type { Passage } from './passages.js';
import { itemOf, lazyAnalysis, listOf } from './reads.js';
import { coverage, termSet, termsOf } from './terms.js';

export interface Place {
  article: Article;
  /** The article's whole analysis (read when first asked for: most places only need their sentence). */
  readonly analysis: ArticleAnalysis;
  sentence: Sentence;
}

class FoundPlace implements Place {
  readonly #analysis: () => ArticleAnalysis;

  constructor(
    readonly article: Article,
    readonly sentence: Sentence,
    library: Library,
  ) {
    this.#analysis = lazyAnalysis(library, article.id);
  }

  get analysis(): ArticleAnalysis {
    return this.#analysis();
  }
}

/** Sentence `index` of an article as a Place; undefined when the article or sentence is gone. */
function placeAt(library: Library, articleId: string, index: number): Place | undefined {
  const article = library.article(articleId);
  const sentence = article ? itemOf(library, articleId, 'sentences', index) : undefined;
  return article && sentence ? new FoundPlace(article, sentence, library) : undefined;
}

export interface SentenceHit {
  passage: Passage;
  /** Articles printing this sentence, newest first (the newest `maxPlaces` of them). */
  places: Place[];
  /** Distinct outlets printing this sentence, counted over every place (not only those listed). */
  outlets: number;
  score: number;
  /** Share of the query's terms found (0..1). */
  coverage: number;
}

export interface QuoteHit {
  quote: Quote;
  article: Article;
  /** The article's whole analysis (read when first asked for). */
  readonly analysis: ArticleAnalysis;
  score: number;
  coverage: number;
}

class FoundQuote implements QuoteHit {
  readonly #analysis: () => ArticleAnalysis;

  constructor(
    readonly quote: Quote,
    readonly article: Article,
    library: Library,
    readonly score: number,
    readonly coverage: number,
  ) {
    this.#analysis = lazyAnalysis(library, article.id);
  }

  get analysis(): ArticleAnalysis {
    return this.#analysis();
  }
}

export interface NumberHit {
  fact: NumberFact;
  /** The sentence passage carrying the fact (every outlet printing it: SearchIndex.outletCount). */
  passage: Passage;
  place: Place;
  score: number;
  /** Share of the counted words ("US soldiers") found in what the number counts. */
  countsCoverage: number;
  coverage: number;
}

export interface DateHit {
  date: DateMention;
  place: Place;
  score: number;
  coverage: number;
}

const newestFirst = (a: { article: Article }, b: { article: Article }): number =>
  b.article.publishedAt.getTime() - a.article.publishedAt.getTime() || (a.article.id < b.article.id ? -1 : 1);

/**
 * Places per passage a query expands by default. A sentence wire services spread can occur in thousands of articles;
 * answers show a handful of them (and count outlets over all of them separately).
 */
export const PLACES_PER_PASSAGE = 20;

/** The places a passage occurs, newest first (at most `max`); occurrences whose article left the library are skipped. */
export function placesOf(index: SearchIndex, library: Library, passage: Passage, max?: number): Place[] {
  const out: Place[] = [];
  for (const o of index.occurrencesOf(passage, max)) {
    const place = placeAt(library, o.articleId, o.index);
    if (place) out.push(place);
  }
  return out;
}

export function sentencesAbout(
  index: SearchIndex,
  library: Library,
  query: string,
  opts: { limit?: number; filter?: (p: Passage) => boolean; hasPerson?: boolean; maxPlaces?: number } = {},
): SentenceHit[] {
  const maxPlaces = opts.maxPlaces ?? PLACES_PER_PASSAGE;
  return index
    .search(query, {
      kinds: ['sentence'],
      limit: opts.limit ?? 20,
      ...(opts.filter ? { filter: opts.filter } : {}),
      ...(opts.hasPerson ? { flags: { hasPerson: true } } : {}),
    })
    .map((h) => ({
      passage: h.passage,
      places: placesOf(index, library, h.passage, maxPlaces),
      outlets: index.outletCount([h.passage]),
      score: h.score,
      coverage: h.coverage,
    }))
    .filter((h) => h.places.length > 0)
    .sort(byCoverageThenScore);
}

function byCoverageThenScore(a: { coverage: number; score: number }, b: { coverage: number; score: number }): number {
  return b.coverage - a.coverage || b.score - a.score;
}

/** Occurrences per quote passage a quote query expands: enough to show every outlet's attribution in practice. */
const QUOTE_PLACES = 50;

function quotePlaces(
  index: SearchIndex,
  library: Library,
  hits: readonly Hit[],
  q: ReadonlySet<string>,
  withContext: boolean,
  score: (h: Hit) => number,
): QuoteHit[] {
  const out: QuoteHit[] = [];
  for (const h of hits) {
    for (const o of index.occurrencesOf(h.passage, QUOTE_PLACES)) {
      const article = library.article(o.articleId);
      const quote = article ? itemOf(library, o.articleId, 'quotes', o.index) : undefined;
      if (!article || !quote) continue;
      // The quote's own words are the passage's words; only the sentence around it differs between places.
      let cov = h.coverage;
      if (withContext && q.size > 0) {
        const context = itemOf(library, o.articleId, 'sentences', quote.sentence);
        if (context) cov = coverage(q, new Set([...termsOf(quote), ...termsOf(context)]));
      }
      out.push(new FoundQuote(quote, article, library, score(h), cov));
    }
  }
  return out.sort((a, b) => byCoverageThenScore(a, b) || newestFirst(a, b));
}

/** Quotes whose words match `text` ("who said training was suspended"). */
export function quotesMatching(index: SearchIndex, library: Library, text: string, limit = 30): QuoteHit[] {
  const hits = index.search(text, { kinds: ['quote'], fields: ['text'], limit });
  return quotePlaces(index, library, hits, termSet(text), false, (h) => h.score);
}

/**
 * Quotes by a speaker ("Stoltenberg", "the diplomats"): every term of `speaker` must be in the quote's speaker line.
 * Without `about`, the newest; with it, ranked by how well the quote or the sentence around it matches `about` (quotes
 * matching none of it are left out). `speakerFound` is false when no quote in the corpus has that speaker.
 */
export function quotesBySpeaker(
  index: SearchIndex,
  library: Library,
  speaker: string,
  about?: string,
  limit = 200,
): { speakerFound: boolean; hits: QuoteHit[] } {
  const within = { query: speaker, fields: ['speaker'] as const };
  const aboutTerms = about ? termSet(about) : new Set<string>();
  const found = index.search(about ?? '', {
    kinds: ['quote'],
    fields: ['text', 'context'],
    within,
    // With a subject, only quotes whose words or sentence touch it: a speaker's other quotes cannot qualify.
    requireMatch: aboutTerms.size > 0,
    order: aboutTerms.size > 0 ? ['matched', 'within', 'newest'] : ['newest'],
    limit,
  });
  if (found.length === 0) return { speakerFound: aboutTerms.size > 0 && index.matchesAll(speaker, ['speaker'], ['quote']), hits: [] };
  // Ties keep the speaker match as the score, as when quotes were first found by speaker and then ranked by topic.
  const hits = quotePlaces(index, library, found, aboutTerms, true, (h) => h.withinScore);
  if (!about) return { speakerFound: true, hits: hits.sort(newestFirst) };
  return { speakerFound: true, hits: hits.filter((h) => h.coverage > 0) };
}

/** Number facts counting `counted` ("US soldiers"), in sentences matching `context` as well as possible. */
export function numbersAbout(index: SearchIndex, library: Library, counted: string, context: string, limit = 30): NumberHit[] {
  const countedTerms = termSet(counted);
  const hits = index.search(`${counted} ${context}`, { kinds: ['sentence'], limit, flags: { hasNumber: true } });
  const out: NumberHit[] = [];
  for (const h of hits) {
    for (const place of placesOf(index, library, h.passage, PLACES_PER_PASSAGE)) {
      for (const fact of listOf(library, place.article.id, 'numbers') ?? []) {
        if (fact.sentence !== place.sentence.index) continue;
        const countsCoverage = coverage(countedTerms, termSet(`${fact.counts} ${fact.unit ?? ''} ${fact.text}`));
        out.push({ fact, passage: h.passage, place, score: h.score, countsCoverage, coverage: h.coverage });
      }
    }
  }
  return out.sort((a, b) => b.countsCoverage - a.countsCoverage || byCoverageThenScore(a, b) || newestFirst(a.place, b.place));
}

/** Dated sentences matching `text` ("NATO ambassadors meet"), each with the dates it resolves. */
export function datesAbout(index: SearchIndex, library: Library, text: string, limit = 30): DateHit[] {
  const hits = index.search(text, { kinds: ['sentence'], limit, flags: { hasDate: true } });
  const out: DateHit[] = [];
  for (const h of hits) {
    for (const place of placesOf(index, library, h.passage, PLACES_PER_PASSAGE)) {
      for (const date of listOf(library, place.article.id, 'dates') ?? []) {
        if (date.sentence === place.sentence.index) out.push({ date, place, score: h.score, coverage: h.coverage });
      }
    }
  }
  return out.sort((a, b) => byCoverageThenScore(a, b) || newestFirst(a.place, b.place));
}

/** Sentences that mention `day` (YYYY-MM-DD), in article order. */
export function eventsOn(index: SearchIndex, library: Library, day: string): { place: Place; date: DateMention }[] {
  const out: { place: Place; date: DateMention }[] = [];
  const seen = new Set<string>();
  for (const o of index.onDay(day)) {
    const key = `${o.articleId}#${o.index}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const date = listOf(library, o.articleId, 'dates')?.find((d) => d.sentence === o.index && d.date === day);
    const place = date ? placeAt(library, o.articleId, o.index) : undefined;
    if (place && date) out.push({ place, date });
  }
  return out.sort((a, b) => (a.date.time ?? '99') .localeCompare(b.date.time ?? '99') || newestFirst(a.place, b.place));
}
