import type { Library } from '../core/library.js';
import type { Logger } from '../core/logger.js';
import { topicBrief, warmBriefs } from './commands/brief.js';
import { engineFor, type BriefingEngine } from './engine.js';
import type { Topic } from './topics.js';

/**
 * Startup wiring: index the library, apply the topics, compute every topic's brief now and after every later change,
 * so the first /brief is as fast as the rest.
 */
export function prepareBriefing(library: Library, topics: readonly Topic[], logger: Logger): BriefingEngine {
  const engine = engineFor(library, logger);
  engine.setTopics(topics);
  engine.sync();
  warmBriefs(engine, logger);
  for (const t of topics) topicBrief(engine, t, logger);
  return engine;
}
