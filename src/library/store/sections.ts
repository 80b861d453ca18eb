/**
 * How each kind of span of a stored article (paragraphs, removed spans, sentences, quotes, mentions, numbers, dates)
 * is written as numbers and read back. Nothing derivable is stored: texts are the body between the offsets, ids are
 * `${articleId}#s${index}`, and repeated strings are references into the store's StringTable. An item that does not
 * fit that shape exactly (a text that is not its span of the body, an unexpected field) is not written here: the
 * store keeps it whole as an exception, so reading back always gives what was put.
 */
import type { DateMention, EntityMention, EntityType, NumberFact, Quote, QuoteKind, Sentence, Speaker, SpeakerKind } from '../../analysis/types.js';
import type { Paragraph, RemovedSpan } from '../../corpus/article.js';
import type { StringTable } from './strings.js';
import type { VarintReader, VarintWriter } from '../../corpus/store/varint.js';

export interface EncodeContext {
  articleId: string;
  body: string;
  strings: StringTable;
  /** Start offset of the previous item of the section (starts are written as differences). */
  prev: number;
}

/** The body text between two offsets. */
export interface TextSource {
  text(start: number, end: number): string;
}

export interface DecodeContext {
  articleId: string;
  text: TextSource;
  strings: StringTable;
  prev: number;
}

export interface SectionCodec<T> {
  /** Writes `item` (the section's `index`-th) and returns true, or writes nothing and returns false. */
  encode(item: T, index: number, w: VarintWriter, ctx: EncodeContext): boolean;
  decode(r: VarintReader, index: number, ctx: DecodeContext): T;
  /** Reads past one item without building it. */
  skip(r: VarintReader, ctx: DecodeContext): void;
}

const isUint = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const isOptString = (x: unknown): x is string | undefined => x === undefined || typeof x === 'string';

/** Own enumerable keys all among `allowed` (an undefined value counts as absent: it reads back as absent). */
function hasOnly(o: object, allowed: ReadonlySet<string>): boolean {
  if (Object.getPrototypeOf(o) !== Object.prototype) return false;
  for (const k of Object.keys(o)) if (!allowed.has(k)) return false;
  return true;
}

/** A span whose text is exactly the body between its offsets. */
function isSpan(x: { start: unknown; end: unknown; text: unknown }, body: string): boolean {
  const { start, end } = x;
  return isUint(start) && isUint(end) && start <= end && end <= body.length && x.text === body.slice(start, end);
}

function writeSpan(w: VarintWriter, start: number, end: number, ctx: EncodeContext): void {
  w.int(start - ctx.prev);
  w.uint(end - start);
  ctx.prev = start;
}

function readSpan(r: VarintReader, ctx: DecodeContext): { start: number; end: number } {
  const start = ctx.prev + r.int();
  const end = start + r.uint();
  ctx.prev = start;
  return { start, end };
}

/** Skips a span and `n` plain numbers after it. */
function skipper(n: number): (r: VarintReader, ctx: DecodeContext) => void {
  return (r, ctx) => {
    readSpan(r, ctx);
    for (let i = 0; i < n; i++) r.uint();
  };
}

function codes<T extends string>(values: readonly T[]): { code: Map<unknown, number>; value: readonly T[] } {
  return { code: new Map(values.map((v, i) => [v, i])), value: values };
}

const SENTENCE_KEYS = new Set(['id', 'articleId', 'paragraph', 'index', 'start', 'end', 'text']);
export const sentenceCodec: SectionCodec<Sentence> = {
  encode(s, i, w, ctx) {
    if (!hasOnly(s, SENTENCE_KEYS) || s.id !== `${ctx.articleId}#s${i}` || s.articleId !== ctx.articleId || s.index !== i) return false;
    if (!isSpan(s, ctx.body) || !isUint(s.paragraph)) return false;
    writeSpan(w, s.start, s.end, ctx);
    w.uint(s.paragraph);
    return true;
  },
  decode(r, i, ctx) {
    const { start, end } = readSpan(r, ctx);
    const paragraph = r.uint();
    return { id: `${ctx.articleId}#s${i}`, articleId: ctx.articleId, paragraph, index: i, start, end, text: ctx.text.text(start, end) };
  },
  skip: skipper(1),
};

const QUOTE_KEYS = new Set(['id', 'articleId', 'text', 'start', 'end', 'kind', 'speaker', 'verb', 'paragraph', 'sentence', 'date']);
const SPEAKER_KEYS = new Set(['name', 'kind', 'entityId', 'role', 'asWritten']);
const QUOTE_KIND = codes<QuoteKind>(['direct', 'partial']);
const SPEAKER_KIND = codes<SpeakerKind>(['person', 'description', 'group', 'organization', 'unknown']);

function speakerFits(s: Speaker): boolean {
  return typeof s === 'object' && s !== null && hasOnly(s, SPEAKER_KEYS) && typeof s.name === 'string' && SPEAKER_KIND.code.has(s.kind) &&
    isOptString(s.entityId) && isOptString(s.role) && isOptString(s.asWritten);
}

export const quoteCodec: SectionCodec<Quote> = {
  encode(q, i, w, ctx) {
    if (!hasOnly(q, QUOTE_KEYS) || q.id !== `${ctx.articleId}#q${i}` || q.articleId !== ctx.articleId || !isSpan(q, ctx.body)) return false;
    if (!QUOTE_KIND.code.has(q.kind) || !speakerFits(q.speaker) || !(q.verb === null || typeof q.verb === 'string')) return false;
    if (!isUint(q.paragraph) || !isUint(q.sentence) || typeof q.date !== 'string') return false;
    const { strings } = ctx;
    writeSpan(w, q.start, q.end, ctx);
    w.uint(QUOTE_KIND.code.get(q.kind)!);
    w.uint(strings.ref(q.speaker.name));
    w.uint(SPEAKER_KIND.code.get(q.speaker.kind)!);
    w.uint(strings.ref(q.speaker.entityId));
    w.uint(strings.ref(q.speaker.role));
    w.uint(strings.ref(q.speaker.asWritten));
    w.uint(q.verb === null ? 0 : strings.ref(q.verb));
    w.uint(q.paragraph);
    w.uint(q.sentence);
    w.uint(strings.ref(q.date));
    return true;
  },
  decode(r, i, ctx) {
    const { strings } = ctx;
    const { start, end } = readSpan(r, ctx);
    const kind = QUOTE_KIND.value[r.uint()]!;
    const speaker: Speaker = { name: strings.at(r.uint()), kind: SPEAKER_KIND.value[r.uint()]! };
    const entityId = strings.get(r.uint());
    const role = strings.get(r.uint());
    const asWritten = strings.get(r.uint());
    if (entityId !== undefined) speaker.entityId = entityId;
    if (role !== undefined) speaker.role = role;
    if (asWritten !== undefined) speaker.asWritten = asWritten;
    const verb = strings.get(r.uint()) ?? null;
    const paragraph = r.uint();
    const sentence = r.uint();
    const date = strings.at(r.uint());
    return { id: `${ctx.articleId}#q${i}`, articleId: ctx.articleId, text: ctx.text.text(start, end), start, end, kind, speaker, verb, paragraph, sentence, date };
  },
  skip: skipper(10),
};

const PARAGRAPH_KEYS = new Set(['index', 'start', 'end', 'text', 'lead']);
export const paragraphCodec: SectionCodec<Paragraph> = {
  encode(p, i, w, ctx) {
    if (!hasOnly(p, PARAGRAPH_KEYS) || p.index !== i || !isSpan(p, ctx.body)) return false;
    if (p.lead !== undefined && typeof p.lead !== 'boolean') return false;
    writeSpan(w, p.start, p.end, ctx);
    w.uint(p.lead === undefined ? 0 : p.lead ? 1 : 2);
    return true;
  },
  decode(r, i, ctx) {
    const { start, end } = readSpan(r, ctx);
    const lead = r.uint();
    const p: Paragraph = { index: i, start, end, text: ctx.text.text(start, end) };
    if (lead !== 0) p.lead = lead === 1;
    return p;
  },
  skip: skipper(1),
};

const REMOVED_KEYS = new Set(['start', 'end', 'text', 'reason']);
export const removedCodec: SectionCodec<RemovedSpan> = {
  encode(x, _i, w, ctx) {
    if (!hasOnly(x, REMOVED_KEYS) || !isSpan(x, ctx.body) || typeof x.reason !== 'string') return false;
    writeSpan(w, x.start, x.end, ctx);
    w.uint(ctx.strings.ref(x.reason));
    return true;
  },
  decode(r, _i, ctx) {
    const { start, end } = readSpan(r, ctx);
    return { start, end, text: ctx.text.text(start, end), reason: ctx.strings.at(r.uint()) };
  },
  skip: skipper(1),
};

const MENTION_KEYS = new Set(['text', 'start', 'end', 'type', 'sentence', 'name', 'role']);
const ENTITY_TYPE = codes<EntityType>(['person', 'organization', 'place']);
export const mentionCodec: SectionCodec<EntityMention> = {
  encode(m, _i, w, ctx) {
    if (!hasOnly(m, MENTION_KEYS) || !isSpan(m, ctx.body) || !ENTITY_TYPE.code.has(m.type) || !isUint(m.sentence)) return false;
    if (typeof m.name !== 'string' || !isOptString(m.role)) return false;
    writeSpan(w, m.start, m.end, ctx);
    w.uint(ENTITY_TYPE.code.get(m.type)!);
    w.uint(m.sentence);
    w.uint(ctx.strings.ref(m.name));
    w.uint(ctx.strings.ref(m.role));
    return true;
  },
  decode(r, _i, ctx) {
    const { start, end } = readSpan(r, ctx);
    const type = ENTITY_TYPE.value[r.uint()]!;
    const sentence = r.uint();
    const name = ctx.strings.at(r.uint());
    const role = ctx.strings.get(r.uint());
    const m: EntityMention = { text: ctx.text.text(start, end), start, end, type, sentence, name };
    if (role !== undefined) m.role = role;
    return m;
  },
  skip: skipper(4),
};

const NUMBER_KEYS = new Set(['text', 'start', 'end', 'value', 'counts', 'unit', 'sentence']);
export const numberCodec: SectionCodec<NumberFact> = {
  encode(n, _i, w, ctx) {
    if (!hasOnly(n, NUMBER_KEYS) || !isSpan(n, ctx.body) || typeof n.value !== 'number' || typeof n.counts !== 'string') return false;
    if (!isOptString(n.unit) || !isUint(n.sentence)) return false;
    writeSpan(w, n.start, n.end, ctx);
    w.number(n.value);
    w.uint(ctx.strings.ref(n.counts));
    w.uint(ctx.strings.ref(n.unit));
    w.uint(n.sentence);
    return true;
  },
  decode(r, _i, ctx) {
    const { start, end } = readSpan(r, ctx);
    const value = r.number();
    const counts = ctx.strings.at(r.uint());
    const unit = ctx.strings.get(r.uint());
    const sentence = r.uint();
    const n: NumberFact = { text: ctx.text.text(start, end), start, end, value, counts, sentence };
    if (unit !== undefined) n.unit = unit;
    return n;
  },
  skip(r, ctx) {
    readSpan(r, ctx);
    r.number();
    r.uint();
    r.uint();
    r.uint();
  },
};

const DATE_KEYS = new Set(['text', 'start', 'end', 'date', 'time', 'relative', 'sentence', 'precision', 'timeZone']);
const PRECISION = codes<'' | 'day' | 'month' | 'year'>(['', 'day', 'month', 'year']);
export const dateCodec: SectionCodec<DateMention> = {
  encode(d, _i, w, ctx) {
    if (!hasOnly(d, DATE_KEYS) || !isSpan(d, ctx.body) || typeof d.date !== 'string' || !isOptString(d.time)) return false;
    if (typeof d.relative !== 'boolean' || !isUint(d.sentence) || !isOptString(d.timeZone)) return false;
    if (d.precision !== undefined && !PRECISION.code.has(d.precision)) return false;
    writeSpan(w, d.start, d.end, ctx);
    w.uint(ctx.strings.ref(d.date));
    w.uint(ctx.strings.ref(d.time));
    w.uint(d.relative ? 1 : 0);
    w.uint(d.sentence);
    w.uint(d.precision === undefined ? 0 : PRECISION.code.get(d.precision)!);
    w.uint(ctx.strings.ref(d.timeZone));
    return true;
  },
  decode(r, _i, ctx) {
    const { start, end } = readSpan(r, ctx);
    const date = ctx.strings.at(r.uint());
    const time = ctx.strings.get(r.uint());
    const relative = r.uint() === 1;
    const sentence = r.uint();
    const precision = PRECISION.value[r.uint()];
    const timeZone = ctx.strings.get(r.uint());
    const d: DateMention = { text: ctx.text.text(start, end), start, end, date, relative, sentence };
    if (time !== undefined) d.time = time;
    if (precision) d.precision = precision;
    if (timeZone !== undefined) d.timeZone = timeZone;
    return d;
  },
  skip: skipper(6),
};
