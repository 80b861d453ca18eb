import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../corpus/article.js';
import type { Logger } from '../core/logger.js';
import { ANALYSIS_VERSION, analyzeArticle } from './analyze.js';
import { analysisFingerprint } from './fingerprint.js';
import type { ArticleAnalysis } from './types.js';

export interface AnalysisCacheOptions {
  /** Directory for JSON files; omit for a memory-only cache (tests, one-shot runs). */
  dir?: string;
  logger?: Logger;
  /** Defaults to ANALYSIS_VERSION plus a fingerprint of the analysis code; a different version never reads another's files. */
  version?: number | string;
  /** Defaults to analyzeArticle; injectable so tests can count calls. */
  analyze?: (article: Article) => ArticleAnalysis;
}

export interface AnalysisCacheStats {
  memoryHits: number;
  diskHits: number;
  computed: number;
}

/**
 * Analyses keyed by article content hash + article id + analysis version. A restart reads them back from disk
 * instead of re-analysing; an edited article (new hash) or a new analysis version is recomputed. The article id is
 * part of the key because the same file content under two paths must still produce ids of its own path.
 * A corrupt or unreadable cache file is logged and recomputed; a failed write is logged and the analysis still
 * returned (the cache is an optimisation, never a source of truth).
 * With a directory the files ARE the cache and nothing is kept in memory: the library keeps its own compact copy of
 * every analysis, and a second full copy here would cost more memory than the whole corpus store (measured at 100k).
 */
export class AnalysisCache {
  private readonly memory = new Map<string, ArticleAnalysis>();
  private readonly version: number | string;
  /** The `version` field analyses carry (the file name carries the code fingerprint too). */
  private readonly dataVersion: number;
  private readonly analyze: (article: Article) => ArticleAnalysis;
  private madeDir = false;
  readonly stats: AnalysisCacheStats = { memoryHits: 0, diskHits: 0, computed: 0 };

  constructor(private readonly opts: AnalysisCacheOptions = {}) {
    this.version = opts.version ?? `${ANALYSIS_VERSION}-${analysisFingerprint()}`;
    this.dataVersion = typeof opts.version === 'number' ? opts.version : ANALYSIS_VERSION;
    this.analyze = opts.analyze ?? analyzeArticle;
  }

  /** The file name (without directory) an article's analysis is stored under. */
  keyOf(article: Article): string {
    const idDigest = createHash('sha256').update(article.id).digest('hex').slice(0, 12);
    return `${article.hash}.${idDigest}.v${this.version}.json`;
  }

  async get(article: Article): Promise<ArticleAnalysis> {
    const key = this.keyOf(article);
    const inMemory = this.memory.get(key);
    if (inMemory) {
      this.stats.memoryHits++;
      return inMemory;
    }
    const fromDisk = await this.read(key, article);
    if (fromDisk) {
      this.stats.diskHits++;
      return fromDisk;
    }
    const analysis = this.analyze(article);
    this.stats.computed++;
    if (!this.opts.dir) this.memory.set(key, analysis);
    await this.write(key, analysis);
    return analysis;
  }

  /** Drops entries (memory and disk) of articles not in `live`, e.g. after files were edited or deleted. */
  async prune(live: readonly Article[]): Promise<number> {
    const keep = new Set(live.map((a) => this.keyOf(a)));
    let removed = 0;
    for (const key of [...this.memory.keys()]) if (!keep.has(key)) this.memory.delete(key);
    if (!this.opts.dir) return 0;
    let names: string[];
    try {
      names = await readdir(this.opts.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw err;
    }
    for (const name of names) {
      if (!name.endsWith('.json') || keep.has(name)) continue;
      await unlink(join(this.opts.dir, name));
      removed++;
    }
    return removed;
  }

  private async read(key: string, article: Article): Promise<ArticleAnalysis | undefined> {
    if (!this.opts.dir) return undefined;
    const path = join(this.opts.dir, key);
    let raw: string;
    try {
      raw = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      this.opts.logger?.warn({ err, path }, 'analysis cache unreadable; recomputing');
      return undefined;
    }
    try {
      const parsed = JSON.parse(raw) as ArticleAnalysis;
      if (parsed.version !== this.dataVersion || parsed.hash !== article.hash || parsed.articleId !== article.id ||
        !Array.isArray(parsed.sentences) || !Array.isArray(parsed.mentions) || !Array.isArray(parsed.quotes) ||
        !Array.isArray(parsed.numbers) || !Array.isArray(parsed.dates)) {
        throw new Error('cached analysis does not match the article or the analysis version');
      }
      return parsed;
    } catch (err) {
      this.opts.logger?.warn({ err, path }, 'analysis cache file is corrupt; recomputing');
      return undefined;
    }
  }

  private async write(key: string, analysis: ArticleAnalysis): Promise<void> {
    const dir = this.opts.dir;
    if (!dir) return;
    const path = join(dir, key);
    const tmp = `${path}.${process.pid}.tmp`;
    try {
      if (!this.madeDir) {
        await mkdir(dir, { recursive: true });
        this.madeDir = true;
      }
      await writeFile(tmp, JSON.stringify(analysis));
      await rename(tmp, path); // atomic: a crash never leaves a half-written cache file under the real name
    } catch (err) {
      this.opts.logger?.error({ err, path }, 'could not write analysis cache; analysis kept in memory only');
    }
  }
}
