import type { CommandSpec } from '../../core/commands.js';
import { infoReply, type Reply } from '../../core/reply.js';
import type { Article } from '../../corpus/article.js';
import { Citations } from '../citations.js';
import type { BriefingEngine } from '../engine.js';
import { asOfLine } from '../format.js';
import { enforceGrounding } from '../grounding.js';
import { timelineBullet, timelineEvents } from '../sections/timeline.js';
import type { Logger } from '../../core/logger.js';
import { BriefWindow } from '../window.js';
import { engineWithTopics, type BriefingDeps } from './deps.js';
import { resolveTopicOrWords, suggestionText, topicArg, TOPIC_OPTION } from './resolve.js';

const USAGE = '/timeline <topic>';
/** A timeline reads further back than a brief. */
const TIMELINE_WINDOW = 120;

function timelineReply(engine: BriefingEngine, logger: Logger, title: string, articles: readonly Article[], note?: string): Reply {
  const window = new BriefWindow(engine.library, articles, TIMELINE_WINDOW);
  const cites = new Citations();
  const events = timelineEvents(window, 3);
  const sections: Reply['sections'] = [];
  if (note) sections.push({ blocks: [{ type: 'text', text: { text: note, cites: [] } }] });
  if (events.length === 0) sections.push({ blocks: [{ type: 'text', text: { text: 'The sources give no dated events.', cites: [] } }] });
  else sections.push({ blocks: [{ type: 'bullets', items: events.map((e) => timelineBullet(e, cites)) }] });
  const reply: Reply = { kind: 'timeline', title: `Timeline: ${title}`, subtitle: asOfLine(articles), sections, citations: cites.list };
  return enforceGrounding(reply, engine.library, logger);
}

export function timelineCommand(deps: BriefingDeps): CommandSpec {
  return {
    name: 'timeline',
    usage: USAGE,
    summary: 'Dated events of a topic, oldest first, each cited to the articles that report it.',
    options: [TOPIC_OPTION],
    async run(args, ctx) {
      const arg = topicArg(args, USAGE);
      const engine = engineWithTopics(ctx, deps);
      const r = resolveTopicOrWords(arg, engine);
      if (r.kind === 'topic') {
        return engine.memo(`timeline:${r.topic.slug}`, () => timelineReply(engine, ctx.logger, r.topic.title, r.articles));
      }
      const hint = suggestionText(r.suggestions, engine.topics);
      if (r.articles.length === 0) return infoReply('Unknown topic', `There is no topic named ${arg}, and no article matches those words. ${hint}`);
      return timelineReply(engine, ctx.logger, r.words, r.articles, `There is no topic named ${arg}; this timeline covers the articles matching those words. ${hint}`);
    },
  };
}
