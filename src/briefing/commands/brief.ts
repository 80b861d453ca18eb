import type { CommandSpec } from '../../core/commands.js';
import type { Logger } from '../../core/logger.js';
import { infoReply, type Reply } from '../../core/reply.js';
import { composeBrief } from '../brief.js';
import type { BriefingEngine } from '../engine.js';
import type { Topic } from '../topics.js';
import { engineWithTopics, type BriefingDeps } from './deps.js';
import { resolveTopicOrWords, suggestionText, topicArg } from './resolve.js';

const USAGE = '/brief <topic>';

/** A topic's brief, computed once per library version (and recomputed in the background after each change). */
export function topicBrief(engine: BriefingEngine, topic: Topic, logger: Logger): Reply {
  return engine.memo(`brief:${topic.slug}`, () =>
    composeBrief({
      library: engine.library,
      entities: engine.library.entities,
      logger,
      title: topic.title,
      articles: engine.topicArticles(topic.slug),
      followUpArg: topic.slug,
    }),
  );
}

/** Registers every topic's brief for background recomputation after library changes. */
export function warmBriefs(engine: BriefingEngine, logger: Logger): void {
  for (const t of engine.topics) engine.warmAfterChange(`brief:${t.slug}`, () => void topicBrief(engine, t, logger));
}

export function briefCommand(deps: BriefingDeps): CommandSpec {
  return {
    name: 'brief',
    usage: USAGE,
    summary: 'Situation summary of a topic: cited summary, key facts, people, top quotes, timeline and sources.',
    options: [{ name: 'topic', description: 'Topic slug, e.g. iraq-mission', required: true, autocomplete: 'topic' }],
    async run(args, ctx) {
      const arg = topicArg(args, USAGE);
      const engine = engineWithTopics(ctx, deps);
      warmBriefs(engine, ctx.logger);
      const r = resolveTopicOrWords(arg, engine);
      if (r.kind === 'topic') {
        if (r.articles.length === 0) return infoReply(r.topic.title, 'No articles on this topic yet.');
        return topicBrief(engine, r.topic, ctx.logger);
      }
      const hint = suggestionText(r.suggestions, engine.topics);
      if (r.articles.length === 0) {
        return infoReply('Unknown topic', `There is no topic named ${arg}, and no article matches those words. ${hint}`);
      }
      return engine.memo(`brief-words:${r.words.toLowerCase()}`, () =>
        composeBrief({
          library: ctx.library,
          entities: ctx.library.entities,
          logger: ctx.logger,
          title: `Brief: ${r.words}`,
          articles: r.articles,
          followUpArg: r.words,
          note: `There is no topic named ${arg}; this brief covers the articles matching those words. ${hint}`,
        }),
      );
    },
  };
}
