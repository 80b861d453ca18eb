import { stringify } from 'yaml';

export interface NewArticle {
  title: string;
  outlet: string;
  published: string;
  url: string;
  byline?: string;
  language: string;
  /** Feed item id, when it differs from the url; lets later feed polls recognise the item. */
  guid?: string;
  /** When sitrep fetched it (ISO); not used by the loader, kept for provenance. */
  ingested: string;
  paragraphs: string[];
}

/** Front matter + one paragraph per line, separated by blank lines: the format the loader reads. */
export function renderArticle(a: NewArticle): string {
  const fm: Record<string, string> = { title: a.title, outlet: a.outlet, published: a.published, url: a.url };
  if (a.byline) fm.byline = a.byline;
  fm.language = a.language;
  if (a.guid && a.guid !== a.url) fm.guid = a.guid;
  fm.ingested = a.ingested;
  return `---\n${stringify(fm, { lineWidth: 0 })}---\n${a.paragraphs.join('\n\n')}\n`;
}

/** Lowercase ASCII words joined by hyphens, cut at a word boundary: readable and safe on every file system. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug || 'article';
  const cut = slug.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : max).replace(/-+$/, '');
}

/** Same story, different tracking: fragments and campaign parameters do not make a new article. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) {
      if (/^(?:utm_|fbclid$|gclid$|mc_cid$|mc_eid$|cmpid$|ocid$|taid$|smid$)/i.test(key)) u.searchParams.delete(key);
    }
    u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
    return u.toString().replace(/\/$/, '');
  } catch {
    return url.trim();
  }
}
