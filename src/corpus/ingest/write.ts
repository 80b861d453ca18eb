import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articlesRoot, toRelative } from '../files.js';
import { IngestError } from './errors.js';
import { normaliseUrl } from './markdown.js';

/**
 * Writes `text` as `<articles root>/<subdir>/<baseName>.md` (the root is `<contentDir>/articles`, or the content dir
 * itself when it is a plain folder of articles: see articlesRoot) without ever replacing a file: the content goes
 * to a dotfile first (the loader and watcher ignore dotfiles), then is hard-linked to its name, which fails if the
 * name exists. A taken name holding the same url is that article already (returned as is); any other article there
 * is left alone and the next free name (`-2`, `-3`, ...) is used.
 * Returns the path relative to the content dir and whether a file was created.
 */
export async function writeNewArticle(
  contentDir: string,
  subdir: string,
  baseName: string,
  text: string,
  url: string,
): Promise<{ path: string; created: boolean }> {
  const dir = join(articlesRoot(contentDir), subdir);
  const tmp = join(dir, `.ingest-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(tmp, text, { flag: 'wx' });
    for (let n = 1; n < 100; n++) {
      const target = join(dir, `${baseName}${n === 1 ? '' : `-${n}`}.md`);
      try {
        await link(tmp, target);
        return { path: toRelative(contentDir, target), created: true };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        if (await holdsUrl(target, url)) return { path: toRelative(contentDir, target), created: false };
      }
    }
    throw new IngestError('write-failed', url, `no free file name for ${baseName} after 99 attempts`);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError('write-failed', url, `could not write article file: ${(err as Error).message}`, { cause: err });
  } finally {
    await unlink(tmp).catch(() => undefined); // Already gone when mkdir or the first write failed.
  }
}

async function holdsUrl(file: string, url: string): Promise<boolean> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const m = /^url:\s*["']?(\S+?)["']?\s*$/m.exec(text.slice(0, 4000));
  return m !== null && normaliseUrl(m[1] as string) === normaliseUrl(url);
}
