import type { CommandSpec } from '../../core/commands.js';
import type { Block, Reply } from '../../core/reply.js';
import { quotesBySpeaker, quotesMatching, type QuoteHit } from '../../search/queries.js';
import { groupQuotes, type QuoteGroup, type QuoteRef } from '../attribution.js';
import { Citations } from '../citations.js';
import { asOfLine } from '../format.js';
import { enforceGrounding, groundedQuotes } from '../grounding.js';
import { notInSources } from '../question/reply.js';
import { quoteItem, quoteRefs } from '../sections/quotes.js';
import { speakerLine } from '../speakers.js';
import { BRIEF_WINDOW, BriefWindow } from '../window.js';
import { engineWithTopics, type BriefingDeps } from './deps.js';
import { findTopic } from '../topics.js';

const USAGE = '/quotes [speaker] [about <words or topic>]';
const MAX_GROUPS = 15;

export function parseQuotesArgs(args: string): { speaker?: string; about?: string } {
  const m = /^(.*?)(?:^|\s)about\s+(.+)$/i.exec(args.trim());
  const speaker = (m ? m[1]! : args).trim().replace(/^(?:from|by)\s+/i, '');
  const about = m?.[2]?.trim();
  return { ...(speaker ? { speaker } : {}), ...(about ? { about } : {}) };
}

export function quotesCommand(deps: BriefingDeps): CommandSpec {
  return {
    name: 'quotes',
    usage: USAGE,
    summary: 'Verbatim quotes, newest first, grouped by speaker; filter by speaker and/or subject or topic.',
    options: [
      { name: 'speaker', description: 'Who said it (name or description)', required: false },
      { name: 'about', description: 'Words or a topic slug', required: false },
    ],
    async run(args, ctx) {
      const engine = engineWithTopics(ctx, deps);
      engine.sync();
      const lib = ctx.library;
      const { speaker, about } = parseQuotesArgs(args);
      const topic = about ? findTopic(about, engine.topics) : undefined;
      let refs: QuoteRef[];
      let scope: string;
      if (speaker) {
        const found = quotesBySpeaker(engine.index, lib, speaker, topic ? undefined : about);
        if (!found.speakerFound) return notInSources(lib, ctx.logger, `/quotes ${args}`.trim(), [], `No quote in the sources is attributed to ${speaker}.`);
        let hits: QuoteHit[] = found.hits;
        if (topic) {
          const members = new Set(engine.topicArticles(topic.slug).map((a) => a.id));
          hits = hits.filter((h) => members.has(h.article.id));
        } else if (about) hits = hits.filter((h) => h.coverage >= 0.5);
        refs = groundedQuotes(hits, ctx.logger);
        scope = `from ${speaker}${about ? ` about ${topic ? topic.title : about}` : ''}`;
      } else if (topic) {
        refs = quoteRefs(new BriefWindow(lib, engine.topicArticles(topic.slug)).items, ctx.logger);
        scope = `on ${topic.title}`;
      } else if (about) {
        refs = groundedQuotes(quotesMatching(engine.index, lib, about, 60).filter((h) => h.coverage >= 0.5), ctx.logger);
        scope = `about ${about}`;
      } else {
        refs = quoteRefs(new BriefWindow(lib, engine.newestArticles(BRIEF_WINDOW)).items, ctx.logger);
        scope = 'newest';
      }
      if (refs.length === 0) return notInSources(lib, ctx.logger, `/quotes ${args}`.trim(), [], 'No quotes match that.');
      return quotesReply(ctx, refs, scope);
    },
  };
}

function quotesReply(ctx: Parameters<CommandSpec['run']>[1], refs: readonly QuoteRef[], scope: string): Reply {
  const time = (r: QuoteRef): number => r.article.publishedAt.getTime();
  const sorted = [...refs].sort((a, b) => time(b) - time(a));
  // Newest first by the newest outlet printing the words, whichever attribution leads the group.
  const newestOf = (g: QuoteGroup): number => Math.max(time(g.lead), ...g.others.map((o) => time(o.ref)));
  const groups = groupQuotes(sorted.slice(0, 120), ctx.library.entities)
    .sort((a, b) => newestOf(b) - newestOf(a))
    .slice(0, MAX_GROUPS);
  const cites = new Citations();
  const bySpeaker = new Map<string, QuoteGroup[]>();
  for (const g of groups) {
    const key = speakerLine(g.label);
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), g]);
  }
  const sections = [...bySpeaker.entries()].map(([heading, list]) => ({
    heading,
    blocks: list.map((g): Block => ({ type: 'quote', quote: quoteItem(g, cites) })),
  }));
  const articles = [...new Set(sorted.map((r) => r.article))];
  const reply: Reply = { kind: 'quotes', title: `Quotes ${scope}`, subtitle: asOfLine(articles), sections, citations: cites.list };
  return enforceGrounding(reply, ctx.library, ctx.logger);
}
