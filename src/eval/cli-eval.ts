/**
 * Quote evaluation through the product's own interface: every labelled article of every set is put into ONE temporary
 * corpus and `sitrep --content DIR --json "/quotes"` runs on it as a child process, exactly as an outside evaluator
 * would run it. Unlike the per-article eval, this exercises loading, caching and the corpus-level canonicalisation of
 * speakers across unrelated articles (where two people sharing a surname could be merged), so it is the figure that
 * matters for unseen corpora.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import type { QuoteRecord } from '../cli/quotes-json.js';
import { loadCorpus } from '../corpus/load.js';
import { readGoldFile, scoreArticle, scoreSet, type GoldArticle, type ScoredQuote, type SetResult } from './quotes-eval.js';

const run = promisify(execFile);

/** A labelled set: a folder of `<name>.md` + `<name>.json`, or the seeds (articles in one folder, gold in one file). */
export type LabelledSet =
  | { name: string; kind: 'fixtures'; dir: string }
  | { name: string; kind: 'seeds'; articlesDir: string; goldPath: string };

interface Staged {
  set: string;
  /** Article path inside the temporary corpus, without `.md`. */
  corpusId: string;
  gold: GoldArticle;
}

export class CliEvalError extends Error {
  override readonly name = 'CliEvalError';
}

async function stage(sets: readonly LabelledSet[], root: string): Promise<Staged[]> {
  const staged: Staged[] = [];
  for (const set of sets) {
    const target = join(root, set.name);
    await mkdir(target, { recursive: true });
    if (set.kind === 'fixtures') {
      for (const file of (await readdir(set.dir)).filter((f) => f.endsWith('.json')).sort()) {
        const name = basename(file, '.json');
        await copyFile(join(set.dir, `${name}.md`), join(target, `${name}.md`));
        for (const gold of await readGoldFile(join(set.dir, file))) staged.push({ set: set.name, corpusId: `${set.name}/${name}`, gold });
      }
    } else {
      // Seed gold is keyed by URL, so the staged file is found again through its front matter.
      const { articles } = await loadCorpus(set.articlesDir);
      for (const gold of await readGoldFile(set.goldPath)) {
        const article = articles.find((a) => a.url !== undefined && a.url === gold.url);
        if (!article) continue;
        const name = basename(article.path, '.md');
        await copyFile(join(set.articlesDir, article.path), join(target, `${name}.md`));
        staged.push({ set: set.name, corpusId: `${set.name}/${name}`, gold });
      }
    }
  }
  return staged;
}

async function quotesJson(binPath: string, contentDir: string, dataDir: string): Promise<QuoteRecord[]> {
  try {
    const { stdout } = await run(process.execPath, [binPath, '--content', contentDir, '--data', dataDir, '--json', '/quotes'], {
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, LOG_LEVEL: 'error' },
    });
    return (JSON.parse(stdout) as { quotes: QuoteRecord[] }).quotes;
  } catch (err) {
    throw new CliEvalError(`sitrep --json "/quotes" failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

const scored = (r: QuoteRecord): ScoredQuote => ({ text: r.text, kind: r.kind, speaker: { kind: r.speakerKind, name: r.speaker } });

export async function evalThroughCli(binPath: string, sets: readonly LabelledSet[]): Promise<SetResult[]> {
  const root = await mkdtemp(join(tmpdir(), 'sitrep-cli-eval-'));
  try {
    const contentDir = join(root, 'content');
    const staged = await stage(sets, contentDir);
    const records = await quotesJson(binPath, contentDir, join(root, 'data'));
    const byArticle = new Map<string, ScoredQuote[]>();
    for (const r of records) {
      const id = r.article.path.replace(/\.md$/, '');
      byArticle.set(id, [...(byArticle.get(id) ?? []), scored(r)]);
    }
    return sets.map((set) =>
      scoreSet(
        set.name,
        staged.filter((s) => s.set === set.name).map((s) => scoreArticle(s.gold.id, byArticle.get(s.corpusId) ?? [], s.gold.quotes)),
      ),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
