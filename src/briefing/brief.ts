/**
 * /brief composition: a situation summary of extracted, cited sentences, key facts, key people, top quotes, a short
 * timeline and the sources, over the newest articles of a topic (or of a free-text search).
 */
import type { EntityLookup, Library } from '../core/library.js';
import type { Logger } from '../core/logger.js';
import type { CitedText, Reply, Section } from '../core/reply.js';
import type { Article } from '../corpus/article.js';
import { Citations, outletsNote } from './citations.js';
import { asOfLine, outletCount, plural } from './format.js';
import { enforceGrounding, groundedSentences } from './grounding.js';
import { keyFacts } from './sections/facts.js';
import { keyPeople } from './sections/people.js';
import { quoteBlocks, topQuoteGroups } from './sections/quotes.js';
import { timelineBullet, timelineEvents } from './sections/timeline.js';
import { pickSummary } from './summary.js';
import { BriefWindow } from './window.js';

export interface BriefInput {
  library: Library;
  entities: EntityLookup;
  logger: Logger;
  title: string;
  /** The brief's articles, newest first. */
  articles: readonly Article[];
  /** Slug or words the follow-up commands repeat. */
  followUpArg: string;
  /** A line shown above the summary (e.g. "No topic x; a brief on the words instead"). */
  note?: string;
}

export function composeBrief(input: BriefInput): Reply {
  const { library, logger } = input;
  const window = new BriefWindow(library, input.articles);
  const cites = new Citations();
  const sections: Section[] = [];
  if (input.note) sections.push({ blocks: [{ type: 'text', text: { text: input.note, cites: [] } }] });

  const picks = groundedSentences(pickSummary(window.items, { maxSentences: 5, maxWords: 140 }), logger);
  const summary: CitedText[] = picks.map((p) => {
    const articles = window.corroborating(p.sentence);
    const note = outletsNote(articles);
    const cited = [p.article, ...articles.filter((a) => a !== p.article)].slice(0, 5);
    return { text: note ? `${p.sentence.text} (${note})` : p.sentence.text, cites: cites.citeAll(cited) };
  });
  if (summary.length > 0) sections.push({ heading: 'Situation', blocks: summary.map((text) => ({ type: 'text', text })) });

  const facts = keyFacts(window, cites, 5, new Set(picks.map((p) => p.sentence.id)));
  if (facts.length > 0) sections.push({ heading: 'Key facts', blocks: [{ type: 'bullets', items: facts }] });

  const people = keyPeople(window, input.entities, cites, 5);
  if (people.length > 0) sections.push({ heading: 'Key people', blocks: [{ type: 'bullets', items: people }] });

  const quotes = topQuoteGroups(window.items, input.entities, logger, 4);
  if (quotes.length > 0) sections.push({ heading: 'Top quotes', blocks: quoteBlocks(quotes, cites) });

  const events = timelineEvents(window, 1).slice(-6);
  if (events.length > 0) {
    sections.push({ heading: 'Timeline', blocks: [{ type: 'bullets', items: events.map((e) => timelineBullet(e, cites)) }] });
  }

  const shown = window.items.map((i) => i.article);
  const older = input.articles.length - shown.length;
  const sourcesLine =
    `${plural(input.articles.length, 'article')} from ${plural(outletCount(input.articles), 'outlet')}` +
    (older > 0 ? `; this brief reads the newest ${shown.length}` : '');
  sections.push({ heading: 'Sources', blocks: [{ type: 'text', text: { text: sourcesLine, cites: [] } }] });

  const reply: Reply = {
    kind: 'brief',
    title: input.title,
    subtitle: asOfLine(input.articles),
    sections,
    citations: cites.list,
    followUps: [
      { label: 'Quotes', command: `/quotes about ${input.followUpArg}` },
      { label: 'Timeline', command: `/timeline ${input.followUpArg}` },
      { label: 'Sources', command: `/sources ${input.followUpArg}` },
    ],
  };
  return enforceGrounding(reply, library, logger);
}
