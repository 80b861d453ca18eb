import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CorpusDirError } from './errors.js';

/** Article files live under `<contentDir>/articles/`, at any depth. */
export const ARTICLES_DIR = 'articles';
const ARTICLE_EXT = /\.(md|markdown)$/i;

/**
 * Whether a path (relative or absolute) names an article file. Dotfiles and dot-dirs are never articles: editors and
 * the ingester write temporary files with a leading dot, and those must not be loaded half-written.
 */
export function isArticlePath(path: string): boolean {
  const parts = path.split(/[\\/]/);
  if (parts.some((p) => p.startsWith('.') && p !== '.' && p !== '..')) return false;
  return ARTICLE_EXT.test(path);
}

/** Path relative to the content dir with forward slashes, as used in Article.path and Article.id. */
export function toRelative(contentDir: string, absPath: string): string {
  return relative(contentDir, absPath).split(sep).join('/');
}

export function idFromRelative(relPath: string): string {
  return relPath.replace(ARTICLE_EXT, '');
}

/**
 * The folder articles are read from: `<contentDir>/articles` when it exists, else the content folder itself, so
 * `--content` can point straight at a folder of Markdown articles (how a collection is often handed over).
 */
export function articlesRoot(contentDir: string): string {
  const nested = join(contentDir, ARTICLES_DIR);
  try {
    if (statSync(nested).isDirectory()) return nested;
  } catch {
    // No articles/ folder: the content folder itself holds the articles.
  }
  return contentDir;
}

/** All article files under the articles root (see articlesRoot), absolute, sorted for a stable load order. */
export async function listArticleFiles(contentDir: string): Promise<string[]> {
  const root = articlesRoot(contentDir);
  try {
    const info = await stat(root);
    if (!info.isDirectory()) throw new CorpusDirError(root, 'is not a directory');
  } catch (err) {
    if (err instanceof CorpusDirError) throw err;
    throw new CorpusDirError(root, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { cause: err });
  }
  const out: string[] = [];
  await walk(root, out);
  return out.sort();
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    // Symlinked directories are not followed: a link back up the tree would loop forever.
    if (entry.isDirectory()) await walk(full, out);
    else if ((entry.isFile() || entry.isSymbolicLink()) && ARTICLE_EXT.test(entry.name)) out.push(full);
  }
}
