import { open, readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { listArticleFiles, toRelative } from '../files.js';
import { splitFrontMatter } from '../frontmatter.js';
import { normaliseUrl } from './markdown.js';

/** Front matter sits at the top: this much of a file almost always holds all of it (else the whole file is read). */
const HEAD_BYTES = 16 * 1024;
/** Files read at once: enough to overlap disk waits, few enough to stay far from the open-file limit. */
const PARALLEL = 32;

/**
 * Which urls and feed guids the corpus already holds, read from front matter. Built from the files themselves (not
 * a side ledger) so an article added by hand, or renamed, is still recognised and never ingested twice.
 */
export class KnownItems {
  private readonly byKey = new Map<string, string>();

  static async scan(contentDir: string): Promise<KnownItems> {
    const known = new KnownItems();
    const files = await listArticleFiles(contentDir);
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++] as string;
        const keys = await frontMatterKeys(file);
        const path = toRelative(contentDir, file);
        for (const key of keys) known.add(key, path);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, files.length) }, worker));
    return known;
  }

  add(urlOrGuid: string, path: string): void {
    this.byKey.set(normaliseUrl(urlOrGuid), path);
  }

  /** Content-relative path of the article already holding this url or guid. */
  find(urlOrGuid: string | undefined): string | undefined {
    return urlOrGuid ? this.byKey.get(normaliseUrl(urlOrGuid)) : undefined;
  }
}

/** The file's `url` and `guid`; none for files that cannot be read or parsed (the loader reports those). */
async function frontMatterKeys(file: string): Promise<string[]> {
  let fm: ReturnType<typeof splitFrontMatter>;
  try {
    const head = await readHead(file);
    // A front matter longer than the head: read the whole file.
    fm = splitFrontMatter(head.text) ?? (head.whole ? undefined : splitFrontMatter(await readFile(file, 'utf8')));
  } catch {
    return []; // Unreadable files are the loader's to report; they cannot match a url anyway.
  }
  if (!fm) return [];
  let data: unknown;
  try {
    data = parseYaml(fm.yaml);
  } catch {
    return [];
  }
  if (!data || typeof data !== 'object') return [];
  const { url, guid } = data as { url?: unknown; guid?: unknown };
  return [url, guid].filter((v): v is string => typeof v === 'string');
}

async function readHead(file: string): Promise<{ text: string; whole: boolean }> {
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
    return { text: buf.subarray(0, bytesRead).toString('utf8'), whole: bytesRead < HEAD_BYTES };
  } finally {
    await handle.close();
  }
}
