import { UserError, type CommandOption } from '../../core/commands.js';
import type { Article } from '../../corpus/article.js';
import { sentencesAbout } from '../../search/queries.js';
import type { BriefingEngine } from '../engine.js';
import { newestFirst } from '../engine.js';
import { findTopic, suggestTopics, type Topic } from '../topics.js';

export type Resolved =
  | { kind: 'topic'; topic: Topic; articles: Article[] }
  | { kind: 'words'; words: string; articles: Article[]; suggestions: Topic[] };

/** Share of the words an article's sentence must contain to join a free-text brief. */
const WORDS_COVERAGE = 0.5;

/** The topic argument of /brief, /timeline and /sources: required, trimmed. */
export function topicArg(args: string, usage: string): string {
  const arg = args.trim();
  if (!arg) throw new UserError('Which topic? Give a topic slug.', usage);
  return arg;
}

/** The option every topic command registers, so adapters offer topic autocomplete. */
export const TOPIC_OPTION: CommandOption = { name: 'topic', description: 'Topic slug', required: true, autocomplete: 'topic' };

/**
 * A topic slug, or else the words themselves: the closest topics are suggested and the articles whose sentences
 * best match the words stand in for a topic.
 */
export function resolveTopicOrWords(arg: string, engine: BriefingEngine): Resolved {
  const topic = findTopic(arg, engine.topics);
  if (topic) return { kind: 'topic', topic, articles: engine.topicArticles(topic.slug) };
  const words = arg.replace(/-/g, ' ');
  const hits = sentencesAbout(engine.index, engine.library, words, { limit: 200 }).filter((h) => h.coverage >= WORDS_COVERAGE);
  const articles: Article[] = [];
  const seen = new Set<string>();
  for (const h of hits) {
    for (const p of h.places) {
      if (seen.has(p.article.id)) continue;
      seen.add(p.article.id);
      articles.push(p.article);
    }
  }
  return { kind: 'words', words, articles: articles.sort(newestFirst), suggestions: suggestTopics(arg, engine.topics) };
}

export function suggestionText(suggestions: readonly Topic[], all: readonly Topic[]): string {
  if (suggestions.length > 0) return `Did you mean ${suggestions.map((t) => t.slug).join(', ')}?`;
  if (all.length > 0) return `Topics: ${all.map((t) => t.slug).join(', ')}.`;
  return 'No topics are defined yet (content/topics.yml).';
}
