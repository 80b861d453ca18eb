import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What ingest needs from a web page: metadata plus the article text as plain paragraphs. */
export interface ExtractedPage {
  title?: string;
  siteName?: string;
  published?: string;
  byline?: string;
  language?: string;
  paragraphs: string[];
}

/**
 * Reads metadata from the page's own tags first (publishers fill og:/article: tags for social cards, and they are
 * more reliable than anything inferred), then lets Readability find the article body.
 */
export function extractPage(html: string): ExtractedPage {
  const { document } = parseHTML(html);
  const meta = (selector: string): string | undefined => clean(document.querySelector(selector)?.getAttribute('content'));
  const jsonLd = readJsonLd(document);
  const title = meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ?? jsonLd.headline;
  const siteName = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]') ?? jsonLd.publisher;
  const published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="article:published_time"]') ??
    meta('meta[itemprop="datePublished"]') ??
    jsonLd.datePublished ??
    clean(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const author = meta('meta[name="author"]') ?? meta('meta[property="article:author"]') ?? jsonLd.author;
  const language = clean(document.documentElement?.getAttribute('lang'));

  // Readability's types expect a DOM Document; linkedom's is structurally compatible for what it uses.
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const paragraphs = article?.content ? htmlToParagraphs(article.content) : [];
  const byline = clean(author && !/^https?:/.test(author) ? author : article?.byline ?? undefined)?.replace(/^by\s+/i, '');
  return {
    ...opt('title', title ?? clean(article?.title ?? undefined)),
    ...opt('siteName', siteName ?? clean(article?.siteName ?? undefined)),
    ...opt('published', published ?? clean(article?.publishedTime ?? undefined)),
    ...opt('byline', byline),
    ...opt('language', language),
    paragraphs,
  };
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'FIGURE', 'FIGCAPTION', 'PICTURE', 'IMG', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'NAV', 'ASIDE', 'TEMPLATE']);
const LEAF = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'PRE', 'DT', 'DD', 'BLOCKQUOTE', 'TD', 'TH', 'CAPTION']);
const BLOCK = new Set([...LEAF, 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'HR', 'BR']);

/**
 * One paragraph per block element, whitespace collapsed, so each paragraph is one line of the stored Markdown.
 * Figures and captions are left out: the page marks them as such, so there is no need to leave them to the cleaner.
 */
export function htmlToParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  walk(document.body as unknown as ElementLike, out);
  return out;
}

interface ElementLike {
  nodeType: number;
  tagName?: string;
  textContent: string | null;
  childNodes: ArrayLike<ElementLike>;
}

function walk(node: ElementLike, out: string[]): void {
  let inline = '';
  const flushInline = () => {
    push(out, inline, '');
    inline = '';
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      inline += child.textContent ?? '';
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = (child.tagName ?? '').toUpperCase();
    if (SKIP.has(tag)) continue;
    if (!BLOCK.has(tag)) {
      inline += textOf(child);
      continue;
    }
    flushInline();
    const hasBlockChild = Array.from(child.childNodes).some((c) => c.nodeType === 1 && BLOCK.has((c.tagName ?? '').toUpperCase()) && (c.tagName ?? '').toUpperCase() !== 'BR');
    if (LEAF.has(tag) && !hasBlockChild) push(out, textOf(child), tag === 'LI' ? '- ' : /^H[1-6]$/.test(tag) ? '## ' : '');
    else walk(child, out);
  }
  flushInline();
}

function textOf(node: ElementLike): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || SKIP.has((node.tagName ?? '').toUpperCase())) return '';
  return Array.from(node.childNodes).map(textOf).join('');
}

function push(out: string[], text: string, prefix: string): void {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t) out.push(prefix + t);
}

function clean(value: string | null | undefined): string | undefined {
  const t = value?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

function opt<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

interface JsonLdFacts {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
}

/** schema.org NewsArticle data, which many sites carry even when their meta tags are sparse. */
function readJsonLd(document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> }): JsonLdFacts {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Broken JSON-LD is common and harmless: the meta tags and Readability still apply.
    }
    const nodes = flattenLd(data);
    const art = nodes.find((n) => /Article|Posting|Report/.test(String(n['@type'] ?? '')));
    if (!art) continue;
    return {
      ...opt('headline', typeof art.headline === 'string' ? art.headline : undefined),
      ...opt('datePublished', typeof art.datePublished === 'string' ? art.datePublished : undefined),
      ...opt('author', nameOf(art.author)),
      ...opt('publisher', nameOf(art.publisher)),
    };
  }
  return {};
}

function flattenLd(data: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (data && typeof data === 'object') {
    const obj = data as Record<string, unknown>;
    return [obj, ...(Array.isArray(obj['@graph']) ? flattenLd(obj['@graph']) : [])];
  }
  return [];
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') return (value as { name: string }).name;
  return undefined;
}
