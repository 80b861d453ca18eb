import { Citations } from '../briefing/citations.js';
import { isVerbatimQuote, isVerbatimSentence } from '../briefing/grounding.js';
import { speakerLabel } from '../briefing/speakers.js';
import type { Library } from '../core/library.js';
import type { Logger } from '../core/logger.js';
import type { Block, CitedText, Citation, QuoteItem, Reply, Section } from '../core/reply.js';
import type { Article } from '../corpus/article.js';
import type { Coverage, LedgerEntry } from '../store/types.js';
import { formatDay, formatWhen, plural } from './format.js';
import { pickSummary } from './summary.js';
import type { DigestSummarizer, Topic } from './types.js';

export interface ComposeInput {
  library: Library;
  topic: Topic;
  /** The topic's articles (from the injected selectArticles). */
  articles: readonly Article[];
  /** What this channel already received for this topic; undefined for a first digest. */
  ledger?: LedgerEntry;
  /** Zone the times in the text are shown in. */
  timezone: string;
  now: Date;
  /** The scheduled slot this digest is for, when it is late (catch-up after downtime). */
  delayedFrom?: Date;
  /** Preview (/digest now): same content, different title, nothing is recorded. */
  preview?: boolean;
}

export interface ComposeOptions {
  summarize?: DigestSummarizer;
  logger?: Logger;
  /** Articles listed by title; the rest are counted (all are covered). Default 12. */
  maxArticlesListed?: number;
  /** Quotes shown; all quotes of the new articles are covered. Default 6. */
  maxQuotes?: number;
}

export interface ComposedDigest {
  reply: Reply;
  /** Everything this digest reports, to add to the ledger once it is posted. */
  covers: Coverage;
  newArticles: number;
  newQuotes: number;
  /** Nothing new since the last digest. */
  empty: boolean;
  /** Carries a "delayed" note. */
  delayed: boolean;
}

function newestFirst(a: Article, b: Article): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || a.id.localeCompare(b.id);
}


function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * One digest for one channel and topic: what is new since the channel's ledger, a short cited summary of it, the new
 * quotes verbatim with speaker and date (the outlet is in the citation), and the new articles with links.
 */
export function composeDigest(input: ComposeInput, options: ComposeOptions = {}): ComposedDigest {
  const { library, topic, ledger } = input;
  const seenArticles = new Set(ledger?.articleIds ?? []);
  const seenQuotes = new Set(ledger?.quoteIds ?? []);
  const fresh = input.articles.filter((a) => !seenArticles.has(a.id)).sort(newestFirst);
  const title = `${input.preview ? 'Digest preview' : 'Digest'}: ${topic.title}`;
  const since = ledger?.lastDeliveredAt ? formatWhen(new Date(ledger.lastDeliveredAt), input.timezone, input.now) : undefined;
  const sections: Section[] = [];
  if (input.delayedFrom) {
    const text = `Delayed: this digest was due ${formatWhen(input.delayedFrom, input.timezone, input.now)}, while sitrep was not running.`;
    sections.push({ blocks: [{ type: 'text', text: { text, cites: [] } }] });
  }

  if (fresh.length === 0) {
    const text = since ? `No new reporting since ${since}.` : 'No reporting on this topic yet.';
    sections.push({ blocks: [{ type: 'text', text: { text, cites: [] } }] });
    return { reply: { kind: 'digest', title, sections, citations: [] }, covers: { articleIds: [], quoteIds: [] }, newArticles: 0, newQuotes: 0, empty: true, delayed: input.delayedFrom !== undefined };
  }

  const citations = new Citations();
  const covers: Coverage = { articleIds: fresh.map((a) => a.id), quoteIds: [] };

  // What changed: 2-4 extractive sentences from the new articles.
  const docs = fresh.slice(0, 10).map((article) => ({
    article,
    sentences: (library.analysis(article.id)?.sentences ?? []).filter((s) => isVerbatimSentence(article, s)),
  }));
  const picked = pickSummary(docs, options.summarize, options.logger);
  const summary: CitedText[] = picked.map(({ article, sentence }) => ({ text: sentence.text, cites: [citations.cite(article)] }));
  if (summary.length > 0) sections.push({ heading: 'What changed', blocks: [{ type: 'bullets', items: summary }] });

  // New quotes, verbatim; a quote with no known speaker is covered but not shown.
  const quoteBlocks: Block[] = [];
  const shownTexts = new Set<string>();
  const candidates: { article: Article; item: Omit<QuoteItem, 'cite'>; order: number }[] = [];
  for (const article of fresh) {
    for (const q of library.analysis(article.id)?.quotes ?? []) {
      if (seenQuotes.has(q.id)) continue;
      covers.quoteIds.push(q.id);
      if (!isVerbatimQuote(article, q) || q.speaker.kind === 'unknown' || wordCount(q.text) < 4) continue;
      const label = speakerLabel(q, article, library.entities);
      const item: Omit<QuoteItem, 'cite'> = {
        id: q.id,
        text: q.text,
        kind: q.kind,
        speaker: label.speaker,
        ...(label.role ? { speakerRole: label.role } : {}),
        ...(q.verb ? { verb: q.verb } : {}),
        date: q.date,
      };
      candidates.push({ article, item, order: candidates.length });
    }
  }
  const maxQuotes = options.maxQuotes ?? 6;
  // Direct quotes first, then partial; within each, newest article first and reading order.
  candidates.sort((a, b) => (a.item.kind === b.item.kind ? a.order - b.order : a.item.kind === 'direct' ? -1 : 1));
  for (const c of candidates) {
    if (quoteBlocks.length >= maxQuotes) break;
    const norm = c.item.text.toLowerCase().replace(/\s+/g, ' ');
    if (shownTexts.has(norm)) continue;
    shownTexts.add(norm);
    quoteBlocks.push({ type: 'quote', quote: { ...c.item, cite: citations.cite(c.article) } });
  }
  if (quoteBlocks.length > 0) sections.push({ heading: 'New quotes', blocks: quoteBlocks });

  // New articles, newest first.
  const maxListed = options.maxArticlesListed ?? 12;
  const items: CitedText[] = fresh.slice(0, maxListed).map((a) => ({ text: `${a.title} (${a.outlet}, ${formatDay(a.published)})`, cites: [citations.cite(a)] }));
  const articleBlocks: Block[] = [{ type: 'bullets', items }];
  if (fresh.length > maxListed) {
    const text = `${plural(fresh.length - maxListed, 'older new article')} not listed; /sources ${topic.slug} lists every source.`;
    articleBlocks.push({ type: 'text', text: { text, cites: [] } });
  }
  sections.push({ heading: 'New articles', blocks: articleBlocks });

  const subtitle = `${plural(fresh.length, 'new article')}, ${plural(quoteBlocks.length, 'new quote')} ${since ? `since ${since}` : 'in this first digest'}`;
  return {
    reply: { kind: 'digest', title, subtitle, sections, citations: citations.list, followUps: [{ label: 'Brief', command: `/brief ${topic.slug}` }] },
    covers,
    newArticles: fresh.length,
    newQuotes: quoteBlocks.length,
    empty: false,
    delayed: input.delayedFrom !== undefined,
  };
}
