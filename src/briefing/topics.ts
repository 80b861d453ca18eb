/**
 * Topics: named slices of the corpus (content/topics.yml). Loaded and validated once per file change; an article
 * belongs to a topic when enough of the topic's terms occur in it (after stemming), which a new article can be
 * tested for on arrival without touching the others.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Library } from '../core/library.js';
import type { Article } from '../corpus/article.js';
import { stemPrefixes, stemWord, words } from '../search/terms.js';

const TopicSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lowercase words joined by hyphens'),
    title: z.string().min(1),
    description: z.string().min(1),
    terms: z.array(z.string().min(1)).min(1),
    entities: z.array(z.string().min(1)).default([]),
    requireAny: z.array(z.string().min(1)).default([]),
    minMatches: z.number().int().min(1).default(2),
  })
  .strict();

const TopicsFileSchema = z.object({ topics: z.array(TopicSchema) }).strict();

export type TopicDef = z.infer<typeof TopicSchema>;

export interface Topic extends TopicDef {
  /** Index forms of each term/entity: one stem sequence per phrase. */
  readonly matchers: readonly string[][];
  readonly required: readonly string[][];
}

export class TopicsFileError extends Error {
  override readonly name = 'TopicsFileError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

const phrase = (text: string): string[] => words(text).map(stemWord);

export function compileTopic(def: TopicDef): Topic {
  return {
    ...def,
    matchers: [...def.terms, ...def.entities].map(phrase).filter((p) => p.length > 0),
    required: def.requireAny.map(phrase).filter((p) => p.length > 0),
  };
}

/** Parses and validates topics.yml text; throws TopicsFileError with the first problem in plain words. */
export function parseTopics(text: string, path = 'topics.yml'): Topic[] {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    throw new TopicsFileError(path, `not valid YAML: ${(err as Error).message}`);
  }
  const parsed = TopicsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    throw new TopicsFileError(path, `${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'}`);
  }
  const seen = new Set<string>();
  for (const t of parsed.data.topics) {
    if (seen.has(t.slug)) throw new TopicsFileError(path, `duplicate topic slug "${t.slug}"`);
    seen.add(t.slug);
  }
  return parsed.data.topics.map(compileTopic);
}

export async function loadTopics(contentDir: string): Promise<Topic[]> {
  const path = join(contentDir, 'topics.yml');
  const text = await readTopicsFile(path);
  if (text === undefined) throw new TopicsFileError(path, 'cannot read: no such file');
  return parseTopics(text, path);
}

/**
 * A topics file's text, or undefined when there is none (topics.yml is optional: a corpus handed over as a folder
 * of articles still answers questions and /quotes). Any other read failure is a TopicsFileError.
 */
export async function readTopicsFile(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new TopicsFileError(path, `cannot read: ${(err as Error).message}`);
  }
}

/**
 * An article's words in index form, with adjacent pairs, for phrase tests. With a vocabulary (the stems the topics
 * use), only those words and pairs are kept: testing an article against the topics then builds a handful of strings
 * instead of one per word pair of the article.
 */
export class ArticleTerms {
  readonly #unigrams = new Set<string>();
  readonly #bigrams = new Set<string>();
  constructor(article: Article, vocabulary?: ReadonlySet<string>) {
    let prev: string | undefined;
    const prefixes = vocabulary ? prefixesOf(vocabulary) : undefined;
    for (const w of words(`${article.title}\n${article.paragraphs.map((p) => p.text).join('\n')}`)) {
      // Most words cannot stem to a topic stem: their first two letters say so without stemming them.
      const stem = prefixes && !prefixes.has(w.slice(0, 2)) ? undefined : stemWord(w);
      if (stem === undefined || (vocabulary && !vocabulary.has(stem))) {
        prev = undefined;
        continue;
      }
      this.#unigrams.add(stem);
      if (prev !== undefined) this.#bigrams.add(`${prev} ${stem}`);
      prev = stem;
    }
  }
  has(p: readonly string[]): boolean {
    if (p.length === 1) return this.#unigrams.has(p[0]!);
    for (let i = 0; i + 1 < p.length; i++) if (!this.#bigrams.has(`${p[i]} ${p[i + 1]}`)) return false;
    return true;
  }
}

const prefixCache = new WeakMap<ReadonlySet<string>, Set<string> | undefined>();

function prefixesOf(vocabulary: ReadonlySet<string>): Set<string> | undefined {
  if (!prefixCache.has(vocabulary)) prefixCache.set(vocabulary, stemPrefixes(vocabulary));
  return prefixCache.get(vocabulary);
}

/** Every stem the topics' phrases use: what ArticleTerms needs to keep to test an article against them. */
export function topicVocabulary(topics: readonly Topic[]): Set<string> {
  const out = new Set<string>();
  for (const t of topics) for (const p of [...t.matchers, ...t.required]) for (const stem of p) out.add(stem);
  return out;
}

/** How many of the topic's phrases the article has, or 0 when it misses a required one. */
export function topicScore(topic: Topic, terms: ArticleTerms): number {
  if (topic.required.length > 0 && !topic.required.some((p) => terms.has(p))) return 0;
  let n = 0;
  for (const p of topic.matchers) if (terms.has(p)) n++;
  return n;
}

export function matchesTopic(topic: Topic, article: Article | ArticleTerms): boolean {
  const terms = article instanceof ArticleTerms ? article : new ArticleTerms(article);
  return topicScore(topic, terms) >= topic.minMatches;
}

/** The topic's articles, oldest first (a full scan: the briefing engine keeps this incrementally instead). */
export function selectArticles(topic: Topic, library: Library): Article[] {
  return library.articles().filter((a) => matchesTopic(topic, a));
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Topics closest to what was typed: near-miss slugs first, then shared words with title, terms and description. */
export function suggestTopics(typed: string, topics: readonly Topic[], max = 3): Topic[] {
  const q = typed.trim().toLowerCase();
  const qStems = new Set(words(q).map(stemWord));
  const scored = topics.map((t) => {
    const dist = editDistance(q, t.slug) / Math.max(q.length, t.slug.length, 1);
    const topicStems = new Set(words(`${t.slug} ${t.title} ${t.description} ${t.terms.join(' ')}`).map(stemWord));
    let shared = 0;
    for (const s of qStems) if (topicStems.has(s)) shared++;
    const overlap = qStems.size > 0 ? shared / qStems.size : 0;
    return { t, score: Math.max(1 - dist, overlap) };
  });
  return scored
    .filter((s) => s.score >= 0.4)
    .sort((a, b) => b.score - a.score || a.t.slug.localeCompare(b.t.slug))
    .slice(0, max)
    .map((s) => s.t);
}

export function findTopic(slug: string, topics: readonly Topic[]): Topic | undefined {
  const s = slug.trim().toLowerCase();
  return topics.find((t) => t.slug === s);
}
