/**
 * One article's spans (paragraphs, removed spans and the whole analysis) as a single one-byte string of varints:
 * a header (format, analysis version, then count and byte length of each section), then the sections in a fixed
 * order, so one section can be read without decoding the others. Items that do not fit their section's compact
 * shape are returned as exceptions and kept whole by the caller.
 */
import type { ArticleAnalysis } from '../../analysis/types.js';
import type { Article } from '../../corpus/article.js';
import { ownCopy } from '../../corpus/store/packed-text.js';
import { dateCodec, mentionCodec, numberCodec, paragraphCodec, quoteCodec, removedCodec, sentenceCodec, type DecodeContext, type SectionCodec, type TextSource } from './sections.js';
import type { StringTable } from './strings.js';
import { VarintReader, VarintWriter } from '../../corpus/store/varint.js';

const FORMAT = 1;

export const SECTIONS = ['sentences', 'quotes', 'paragraphs', 'removed', 'mentions', 'numbers', 'dates'] as const;
export type SectionName = (typeof SECTIONS)[number];
export type SectionItem = {
  sentences: ArticleAnalysis['sentences'][number];
  quotes: ArticleAnalysis['quotes'][number];
  paragraphs: Article['paragraphs'][number];
  removed: Article['removed'][number];
  mentions: ArticleAnalysis['mentions'][number];
  numbers: ArticleAnalysis['numbers'][number];
  dates: ArticleAnalysis['dates'][number];
};

const CODECS: { [K in SectionName]: SectionCodec<SectionItem[K]> } = {
  sentences: sentenceCodec,
  quotes: quoteCodec,
  paragraphs: paragraphCodec,
  removed: removedCodec,
  mentions: mentionCodec,
  numbers: numberCodec,
  dates: dateCodec,
};

/** Key of an item kept whole: section number * 2^24 + index. */
export const exceptionKey = (section: number, index: number): number => section * 0x1000000 + index;

export interface EncodedSpans {
  spans: string;
  /** Items kept whole (a deep copy sharing no string with the input), by exceptionKey; undefined when none. */
  exceptions: Map<number, unknown> | undefined;
}

const out = new VarintWriter();
const parts = SECTIONS.map(() => new VarintWriter());

export function encodeSpans(article: Article, analysis: ArticleAnalysis, strings: StringTable): EncodedSpans {
  let exceptions: Map<number, unknown> | undefined;
  const lists: { [K in SectionName]: readonly SectionItem[K][] } = {
    sentences: analysis.sentences,
    quotes: analysis.quotes,
    paragraphs: article.paragraphs,
    removed: article.removed,
    mentions: analysis.mentions,
    numbers: analysis.numbers,
    dates: analysis.dates,
  };
  SECTIONS.forEach((name, s) => {
    const w = parts[s]!;
    w.reset();
    const ctx = { articleId: article.id, body: article.body, strings, prev: 0 };
    const codec = CODECS[name] as SectionCodec<unknown>;
    (lists[name] as readonly unknown[]).forEach((item, i) => {
      if (!codec.encode(item, i, w, ctx)) (exceptions ??= new Map()).set(exceptionKey(s, i), deepCopy(item));
    });
  });
  out.reset();
  out.uint(FORMAT);
  out.number(analysis.version);
  SECTIONS.forEach((name, s) => {
    out.uint(lists[name].length);
    out.uint(parts[s]!.length);
  });
  for (const w of parts) out.append(w);
  return { spans: out.finish(), exceptions };
}

export interface SpanHeader {
  version: number;
  counts: number[];
  /** Byte offset of each section's first item. */
  offsets: number[];
}

export function readHeader(spans: string): SpanHeader {
  const r = new VarintReader(spans);
  const format = r.uint();
  if (format !== FORMAT) throw new Error(`stored article spans in format ${format}, expected ${FORMAT}`);
  const version = r.number();
  const counts: number[] = [];
  const lengths: number[] = [];
  for (let s = 0; s < SECTIONS.length; s++) {
    counts.push(r.uint());
    lengths.push(r.uint());
  }
  const offsets: number[] = [];
  let at = r.pos;
  for (const len of lengths) {
    offsets.push(at);
    at += len;
  }
  return { version, counts, offsets };
}

export interface SpanSource {
  spans: string;
  header: SpanHeader;
  exceptions: Map<number, unknown> | undefined;
  articleId: string;
  strings: StringTable;
  text: TextSource;
}

/** The first `limit` items of one section (all of them by default). */
export function decodeSection<K extends SectionName>(src: SpanSource, name: K, limit = Infinity): SectionItem[K][] {
  const s = SECTIONS.indexOf(name);
  const codec = CODECS[name] as SectionCodec<SectionItem[K]>;
  const r = new VarintReader(src.spans, src.header.offsets[s]);
  const ctx: DecodeContext = { articleId: src.articleId, text: src.text, strings: src.strings, prev: 0 };
  const n = Math.min(src.header.counts[s]!, limit);
  const items: SectionItem[K][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const kept = src.exceptions?.get(exceptionKey(s, i));
    items[i] = kept !== undefined ? (kept as SectionItem[K]) : codec.decode(r, i, ctx);
  }
  return items;
}

/** Item `index` of one section (items before it are read past, not built); undefined past the end. */
export function decodeItem<K extends SectionName>(src: SpanSource, name: K, index: number): SectionItem[K] | undefined {
  const s = SECTIONS.indexOf(name);
  if (!Number.isSafeInteger(index) || index < 0 || index >= src.header.counts[s]!) return undefined;
  const kept = src.exceptions?.get(exceptionKey(s, index));
  if (kept !== undefined) return kept as SectionItem[K];
  const codec = CODECS[name] as SectionCodec<SectionItem[K]>;
  const r = new VarintReader(src.spans, src.header.offsets[s]);
  const ctx: DecodeContext = { articleId: src.articleId, text: src.text, strings: src.strings, prev: 0 };
  for (let i = 0; i < index; i++) if (!src.exceptions?.has(exceptionKey(s, i))) codec.skip(r, ctx);
  return codec.decode(r, index, ctx);
}

/** A copy of plain data whose strings share no memory with the original's. */
export function deepCopy(value: unknown): unknown {
  if (typeof value === 'string') return ownCopy(value);
  if (Array.isArray(value)) return value.map(deepCopy);
  if (value instanceof Date) return new Date(value.getTime());
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = deepCopy(v);
    return copy;
  }
  return value;
}
