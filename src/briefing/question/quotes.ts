/** Answers about quotes: "who said <words>" and "what did <speaker> say [about <words>]". */
import type { Block } from '../../core/reply.js';
import { quotesBySpeaker, quotesMatching, type QuoteHit } from '../../search/queries.js';
import { groupQuotes, type QuoteGroup } from '../attribution.js';
import type { BriefingEngine } from '../engine.js';
import { groundedQuotes } from '../grounding.js';
import { quoteItem } from '../sections/quotes.js';
import { speakerLine } from '../speakers.js';
import type { EntityLookup } from '../../core/library.js';
import type { Logger } from '../../core/logger.js';
import type { Reply } from '../../core/reply.js';
import { AnswerBuilder, articlesOf, notInSources } from './reply.js';

/** Share of the question's words a quote must contain to count as "those words". */
const SAID_COVERAGE = 0.6;
const MAX_GROUPS = 6;
/** Quotes of one speaker an answer reads (it shows at most ten groups of them). */
const SPEAKER_QUOTES = 60;

function attributionNote(g: QuoteGroup): string {
  const differing = g.others.filter((o) => o.label.speaker !== g.label.speaker);
  const outlets = new Set([g.lead.article.outlet, ...g.others.map((o) => o.ref.article.outlet)]);
  const parts: string[] = [speakerLine(g.label)];
  if (differing.length > 0) {
    parts.push(`(${differing.map((o) => `${o.ref.article.outlet} attributes the same words to ${o.label.speaker}`).join('; ')})`);
  }
  if (outlets.size > 1) parts.push(`— ${outlets.size} outlets`);
  return parts.join(' ');
}

export function answerWhoSaid(engine: BriefingEngine, logger: Logger, question: string, words: string): Reply {
  const lib = engine.library;
  const all = groundedQuotes(quotesMatching(engine.index, lib, words), logger);
  const hits = all.filter((h) => h.coverage >= SAID_COVERAGE);
  if (hits.length === 0) {
    return notInSources(lib, logger, question, articlesOf(all), 'No quote in the sources matches those words.');
  }
  const groups = groupQuotes(hits, lib.entities).slice(0, MAX_GROUPS);
  const b = new AnswerBuilder(lib, logger);
  // One line per attribution: a speaker quoted twice is named once, with every article citing them.
  const lines = new Map<string, number[]>();
  for (const g of groups) {
    const note = attributionNote(g);
    const cites = b.cites.citeAll([g.lead.article, ...g.others.map((o) => o.ref.article)]);
    lines.set(note, [...new Set([...(lines.get(note) ?? []), ...cites])].sort((x, y) => x - y));
  }
  b.bullets([...lines].map(([text, cites]) => ({ text, cites })), 'Said by');
  b.section(groups.map((g): Block => ({ type: 'quote', quote: quoteItem(g, b.cites) })), 'Quotes');
  return b.build('Who said it', question);
}

export function answerWhatSaid(engine: BriefingEngine, logger: Logger, question: string, speaker: string, about?: string): Reply {
  const lib = engine.library;
  const found = quotesBySpeaker(engine.index, lib, speaker, about, SPEAKER_QUOTES);
  if (!found.speakerFound) {
    const entity = lib.entities.lookup(speaker);
    const reason = entity
      ? `The sources mention ${entity.name} but quote nothing from them.`
      : `No quote in the sources is attributed to ${speaker}.`;
    const nearest = entity ? entity.articleIds.map((id) => lib.article(id)).filter((a) => a !== undefined) : [];
    return notInSources(lib, logger, question, nearest, reason);
  }
  let hits: QuoteHit[] = groundedQuotes(found.hits, logger);
  const b = new AnswerBuilder(lib, logger);
  if (about) {
    hits = hits.filter((h) => h.coverage >= 0.5);
    if (hits.length === 0) {
      const other = groundedQuotes(quotesBySpeaker(engine.index, lib, speaker, undefined, SPEAKER_QUOTES).hits, logger);
      b.text(`No quote from ${speaker} about ${about} in the sources. Their other quotes:`);
      return speakerSections(b, other, lib.entities).build(`What ${speaker} said`, question);
    }
  }
  return speakerSections(b, hits, lib.entities).build(about ? `What ${speaker} said about ${about}` : `What ${speaker} said`, question);
}

/** Quotes grouped by speaker, newest first within each speaker. */
function speakerSections(b: AnswerBuilder, hits: readonly QuoteHit[], entities: EntityLookup): AnswerBuilder {
  const groups = groupQuotes(hits.slice(0, 60), entities).slice(0, 10);
  const bySpeaker = new Map<string, QuoteGroup[]>();
  for (const g of groups) {
    const key = speakerLine(g.label);
    const list = bySpeaker.get(key) ?? [];
    list.push(g);
    bySpeaker.set(key, list);
  }
  for (const [speaker, list] of bySpeaker) {
    list.sort((x, y) => y.lead.article.publishedAt.getTime() - x.lead.article.publishedAt.getTime());
    b.section(list.map((g): Block => ({ type: 'quote', quote: quoteItem(g, b.cites) })), speaker);
  }
  return b;
}
