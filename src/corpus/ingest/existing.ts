import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { listArticleFiles, toRelative } from '../files.js';
import { splitFrontMatter } from '../frontmatter.js';
import { normaliseUrl } from './markdown.js';

/**
 * Which urls and feed guids the corpus already holds, read from front matter. Built from the files themselves (not
 * a side ledger) so an article added by hand, or renamed, is still recognised and never ingested twice.
 */
export class KnownItems {
  private readonly byKey = new Map<string, string>();

  static async scan(contentDir: string): Promise<KnownItems> {
    const known = new KnownItems();
    for (const file of await listArticleFiles(contentDir)) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        continue; // Unreadable files are the loader's to report; they cannot match a url anyway.
      }
      const fm = splitFrontMatter(text);
      if (!fm) continue;
      let data: unknown;
      try {
        data = parseYaml(fm.yaml);
      } catch {
        continue;
      }
      if (!data || typeof data !== 'object') continue;
      const { url, guid } = data as { url?: unknown; guid?: unknown };
      const path = toRelative(contentDir, file);
      if (typeof url === 'string') known.add(url, path);
      if (typeof guid === 'string') known.add(guid, path);
    }
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
