/**
 * An Article as the store keeps it: metadata as plain fields, the body packed at one byte per character, and every
 * span (paragraphs, removed spans, the analysis) as offsets in one varint string. `body`, `paragraphs` and `removed`
 * are getters that rebuild the same values the article was stored with, so readers see an ordinary Article.
 */
import type { ArticleAnalysis, Quote } from '../../analysis/types.js';
import type { AnalysisList } from '../../core/library.js';
import type { Article, Paragraph, RemovedSpan } from '../../corpus/article.js';
import { ownCopy, packText, unpackText, type PackedText } from '../../corpus/store/packed-text.js';
import type { BoundedCache } from './bounded-cache.js';
import { decodeItem, decodeSection, deepCopy, encodeSpans, readHeader, type SpanSource } from './codec.js';
import type { StringTable } from './strings.js';

/** What stored articles share: the string table and the caches of rebuilt values. */
export interface StoreShared {
  strings: StringTable;
  bodies: BoundedCache<StoredArticle, string>;
  views: BoundedCache<StoredArticle, ArticleAnalysis>;
  /** Applied to an article's quotes as they are rebuilt (CorpusLibrary: corpus-canonical speaker names). */
  transformQuotes?: ((quotes: Quote[]) => Quote[]) | undefined;
}

const ARTICLE_FIELDS = new Set(['id', 'path', 'title', 'outlet', 'published', 'publishedAt', 'url', 'byline', 'language', 'body', 'paragraphs', 'removed', 'hash']);
const ANALYSIS_FIELDS = new Set(['articleId', 'hash', 'version', 'sentences', 'mentions', 'quotes', 'numbers', 'dates']);

/** How the body is held. */
const BodyForm = {
  /** One byte per character and nothing to unpack: every span is a slice. */
  Plain: 0,
  /** Packed (see packed-text.ts): a span with a C1 byte is unpacked on read. */
  Packed: 1,
  /** As given (mostly characters above 0xFF, where packing would not pay). */
  Wide: 2,
} as const;
type BodyForm = (typeof BodyForm)[keyof typeof BodyForm];

export class StoredArticle implements Article {
  id: string;
  path: string;
  title: string;
  outlet: string;
  published: string;
  publishedAt: Date;
  declare url?: string;
  declare byline?: string;
  language: string;
  hash: string;
  readonly #shared: StoreShared;
  /** The body: as it is (Plain, Wide) or packed. */
  readonly #bytes: string;
  readonly #packed: PackedText | undefined;
  readonly #form: BodyForm;
  readonly #spans: string;
  readonly #exceptions: Map<number, unknown> | undefined;
  /** Analysis fields that differ from what the article implies (articleId, hash) or that the codec does not know. */
  readonly #analysisExtra: Record<string, unknown> | undefined;

  constructor(article: Article, analysis: ArticleAnalysis, shared: StoreShared) {
    const { strings } = shared;
    this.id = ownCopy(article.id);
    this.path = ownCopy(article.path);
    this.title = ownCopy(article.title);
    this.outlet = strings.intern(article.outlet);
    this.published = ownCopy(article.published);
    this.publishedAt = new Date(article.publishedAt.getTime());
    if (article.url !== undefined) this.url = ownCopy(article.url);
    if (article.byline !== undefined) this.byline = ownCopy(article.byline);
    this.language = strings.intern(article.language);
    this.hash = ownCopy(article.hash);
    for (const [k, v] of Object.entries(article)) if (!ARTICLE_FIELDS.has(k)) (this as unknown as Record<string, unknown>)[k] = deepCopy(v);
    this.#shared = shared;

    const packed = packText(article.body);
    this.#bytes = packed ? packed.bytes : ownCopy(article.body);
    this.#form = !packed ? BodyForm.Wide : packed.marks === '' ? BodyForm.Plain : BodyForm.Packed;
    this.#packed = this.#form === BodyForm.Packed ? packed : undefined;
    const encoded = encodeSpans(article, analysis, strings);
    this.#spans = encoded.spans;
    this.#exceptions = encoded.exceptions;
    let extra: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(analysis)) {
      const differs = k === 'articleId' ? v !== this.id : k === 'hash' ? v !== this.hash : !ANALYSIS_FIELDS.has(k);
      if (differs) (extra ??= {})[k] = deepCopy(v);
    }
    this.#analysisExtra = extra;
  }

  /** Body text as stored in the file (rebuilt from the packed form; recently read bodies are cached). */
  get body(): string {
    if (!this.#packed) return this.#bytes;
    const cached = this.#shared.bodies.get(this);
    if (cached !== undefined) return cached;
    const body = unpackText(this.#packed!);
    this.#shared.bodies.set(this, body);
    return body;
  }

  get paragraphs(): Paragraph[] {
    return decodeSection(this.#source(), 'paragraphs');
  }

  get removed(): RemovedSpan[] {
    return decodeSection(this.#source(), 'removed');
  }

  /** Items kept whole because they did not fit the compact form (0 for analyses as the analyser writes them). */
  get exceptionCount(): number {
    return (this.#exceptions?.size ?? 0) + (this.#analysisExtra ? 1 : 0);
  }

  /** Whether the body is held at two bytes per character (text mostly outside Latin-1). */
  get wide(): boolean {
    return this.#form === BodyForm.Wide;
  }

  /** The stored analysis, rebuilt (recently read ones are cached: the same object until it drops out). */
  readAnalysis(): ArticleAnalysis {
    const cached = this.#shared.views.get(this);
    if (cached) return cached;
    const view = this.#rebuild(true);
    this.#shared.views.set(this, view);
    return view;
  }

  /** The analysis exactly as it was stored: no quote transform, not cached. */
  rawAnalysis(): ArticleAnalysis {
    return this.#rebuild(false);
  }

  #rebuild(transform: boolean): ArticleAnalysis {
    const src = this.#source();
    const quotes = decodeSection(src, 'quotes');
    const view: ArticleAnalysis = {
      articleId: this.id,
      hash: this.hash,
      version: src.header.version,
      sentences: decodeSection(src, 'sentences'),
      mentions: decodeSection(src, 'mentions'),
      quotes: transform && this.#shared.transformQuotes ? this.#shared.transformQuotes(quotes) : quotes,
      numbers: decodeSection(src, 'numbers'),
      dates: decodeSection(src, 'dates'),
    };
    if (this.#analysisExtra) Object.assign(view, deepCopy(this.#analysisExtra));
    return view;
  }

  /** One list of the analysis, rebuilt alone (quotes through the quote transform, as in readAnalysis). */
  analysisList<K extends AnalysisList>(list: K): ArticleAnalysis[K] {
    const cached = this.#shared.views.peek(this);
    if (cached) return cached[list];
    const items = decodeSection(this.#source(), list) as ArticleAnalysis[K];
    const transform = list === 'quotes' ? this.#shared.transformQuotes : undefined;
    return transform ? (transform(items as ArticleAnalysis['quotes']) as ArticleAnalysis[K]) : items;
  }

  /** One item of a list of the analysis, without building the rest of it (a cached analysis is used if there is one). */
  analysisItem<K extends AnalysisList>(list: K, index: number): ArticleAnalysis[K][number] | undefined {
    const cached = this.#shared.views.peek(this);
    if (cached) return cached[list][index];
    if (list === 'quotes' && this.#shared.transformQuotes) return this.analysisList(list)[index];
    return decodeItem(this.#source(), list, index) as ArticleAnalysis[K][number] | undefined;
  }

  /** `body.slice(start, end)` without rebuilding the body. */
  text(start: number, end: number): string {
    return this.#packed ? unpackText(this.#packed, start, end) : this.#bytes.slice(start, end);
  }

  #source(): SpanSource {
    return {
      spans: this.#spans,
      header: readHeader(this.#spans),
      exceptions: this.#exceptions,
      articleId: this.id,
      strings: this.#shared.strings,
      text: this,
    };
  }
}
