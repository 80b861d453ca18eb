import type { Paragraph, RemovedSpan } from './article.js';
import { findCaptions } from './clean/captions.js';
import { startsWithDateline } from './clean/dateline.js';
import { furnitureReason } from './clean/furniture.js';
import { type ArticleMeta, metaLineReason } from './clean/meta-lines.js';
import { segment, type Unit } from './clean/segment.js';
import { endsLikeSentence, hasQuote, isTitleCase, normalise, words } from './clean/text.js';

export type { ArticleMeta } from './clean/meta-lines.js';

export interface CleanResult {
  paragraphs: Paragraph[];
  removed: RemovedSpan[];
}

/**
 * Splits a stored body into prose paragraphs and removed page furniture. Offsets index into `body` and text is always
 * `body.slice(start, end)`: cleaning chooses spans, it never edits text. Rules are generic (widget wording, shape of
 * the line, repeats, captions, metadata restated), so they carry over to outlets never seen before; see clean/*.ts.
 */
export function cleanBody(body: string, meta: ArticleMeta): CleanResult {
  const units = segment(body);
  const captions = findCaptions(units, isStandaloneCredit);
  const kept: Unit[] = [];
  const removed: RemovedSpan[] = [];
  const seen = new Set<string>();
  const headlines = new Set<Unit>();
  let relatedBlock: number | undefined;

  units.forEach((unit, i) => {
    if (relatedBlock !== undefined && endsRelatedZone(unit, relatedBlock)) relatedBlock = undefined;
    let reason = shapeReason(unit.text) ?? furnitureReason(unit.text);
    if (!reason && RELATED_HEADING.test(unit.text)) {
      relatedBlock = unit.block;
      reason = 'related links';
    }
    if (!reason && relatedBlock !== undefined) reason = 'related links';
    reason ??= captions.get(i) ?? metaLineReason(unit.text, meta);
    // A headline that quotes someone ("Crews 'waiting nine hours' outside A&E, paramedic says") is the story's first
    // report of those words: kept as a lead paragraph, like a standfirst, so the quotation is not lost.
    if (reason === 'repeated headline' && hasQuote(unit.text)) {
      reason = undefined;
      headlines.add(unit);
    }
    let current = unit;
    if (reason === 'media promo') {
      const rest = quotedAfterPromoLabel(body, unit, removed);
      if (rest) {
        reason = undefined;
        current = rest;
      }
    }
    const norm = normalise(current.text);
    // A short quoted line said twice ("No." ... "No.") is dialogue, not a template printing a block twice.
    if (!reason && seen.has(norm) && !(hasQuote(current.text) && words(current.text).length < 5)) reason = 'repeated paragraph';
    reason ??= sentenceShapeReason(current, units[i + 1]);
    if (reason) {
      removed.push(span(body, current.start, current.end, reason));
      return;
    }
    seen.add(norm);
    const trimmed = trimStrayDash(body, current, removed);
    if (headlines.has(unit)) headlines.add(trimmed);
    kept.push(trimmed);
  });

  const firstDateline = kept.findIndex((u) => startsWithDateline(u.text));
  const paragraphs = kept.map((u, index): Paragraph => ({
    index,
    start: u.start,
    end: u.end,
    text: u.text,
    ...(index < firstDateline || headlines.has(u) ? { lead: true } : {}),
  }));
  removed.sort((a, b) => a.start - b.start);
  return { paragraphs, removed };
}

/** Lines whose shape alone says they are not prose. */
function shapeReason(text: string): string | undefined {
  if (!/[\p{L}\p{N}]/u.test(text)) return 'separator or stray punctuation';
  if (/^[\d\s.,:%+#×x-]+[kKmM]?$/.test(text) && /\d/.test(text)) return 'share counter or lone number';
  if (!/\s/.test(text) && (/logo|icon|sprite|masthead|svg|\.(?:png|jpe?g|gif|webp)$/i.test(text) || /^[a-z0-9]+(?:[-_][a-z0-9]+)+$/.test(text))) {
    return 'logo or image alt text';
  }
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(text) || /^\[[^\]]*\]\([^)]*\)$/.test(text)) return 'bare link';
  return undefined;
}

/** What is left once wording rules pass: headings, menu items and other lines that are not sentences. */
function sentenceShapeReason(unit: Unit, next: Unit | undefined): string | undefined {
  const text = unit.text;
  const n = words(text).length;
  if (hasQuote(text)) return undefined;
  const sentence = endsLikeSentence(text);
  if (unit.marker === 'heading' && !sentence) return 'heading';
  if (!sentence && (n < 8 || isTitleCase(text))) return 'short non-sentence line';
  // "No." and "Wrong." are sentences; "More:" and "CONTACTS:" are labels.
  // A short lead-in to a quotation ("Marlow's reply:") attributes it, so it stays with the quote.
  const introducesQuote = /:$/.test(text) && next !== undefined && /^["“«'‘]/u.test(next.text);
  if (n <= 2 && !/[.!?…]["'”’)]*$/u.test(text) && !introducesQuote) return 'fragment';
  return undefined;
}

const RELATED_HEADING =
  /^(?:related|read more|read also|also read|see also|(?:read\s+)?more\s+(?:from|on|at)\s+[\p{L}.'’ ]{1,30}|more on this(?: story| topic)?|recommended|you may also like|you might also like|most read|most popular|must[- ]reads?|trending|top stories|latest news|more stories|what to read next|further reading|editor['’]s picks?|explore more|in other news)(?:\s*(?:stories|articles|coverage|content|topics|news|reading|links|for you))?\s*[:|\-–—]?\s*$/iu;

/**
 * A related-links list runs until prose resumes: a sentence, or a quoted line that ends like one, in a later block
 * that is not a list item. Linked headlines often quote someone but end without a stop ("‘We stood there’: She
 * watched the fire", "“Congress putting its faith in committee” — A. Writer, Some Paper"), so they stay in the zone.
 * Erring towards ending the zone early keeps a stray headline; erring late would drop reporting.
 */
function endsRelatedZone(unit: Unit, zoneBlock: number): boolean {
  if (unit.block === zoneBlock || unit.marker === 'list') return false;
  return endsLikeSentence(unit.text) && (hasQuote(unit.text) || words(unit.text).length >= 5);
}

const CREDIT_LINE =
  /^[(\[]?\s*(?:(?:photo|photos|photograph|image|picture|credit|file photo)s?(?: credit)?\s*(?::|by)\s*[^.!?]{1,80}|getty images|(?:[\w.]+ )?(?:via|for) getty images|ap photo[^.!?]{0,60}|(?:reuters|afp|ap|epa)\/[^.!?]{1,60})[)\]]?$/i;

/** "dpa/picture-alliance/M. Kappeler", "REUTERS/Yves Herman": agency, slash, photographer, nothing else. */
const SLASH_CREDIT = /^[\p{L}-]{2,20}(?:\s*\/\s*[\p{L}.' -]{1,40}){1,3}$/u;

function isStandaloneCredit(text: string): boolean {
  const t = text.trim();
  return CREDIT_LINE.test(t) || (SLASH_CREDIT.test(t) && words(t).length <= 8);
}

/** The label of a video or audio promo: "WATCH |", "VIDEO:", "LISTEN —". */
const PROMO_LABEL = /^(?:watch|video|listen|podcast)\s*[:|\-–—]\s*/i;

/**
 * "WATCH | 'We can hold out for months,' says union chief:": a promo for a clip in which someone in the story speaks.
 * The label is furniture; the quotation after it is that person's words, so the rest of the line is kept.
 */
function quotedAfterPromoLabel(body: string, unit: Unit, removed: RemovedSpan[]): Unit | undefined {
  const m = PROMO_LABEL.exec(unit.text);
  if (!m) return undefined;
  const text = unit.text.slice(m[0].length);
  if (!/^["“'‘]/u.test(text) || !hasQuote(text)) return undefined;
  const start = unit.start + m[0].length;
  removed.push(span(body, unit.start, start, 'media promo label'));
  return { ...unit, start, text: body.slice(start, unit.end) };
}

/** "...the beleaguered accord. –": a dash left over from the page template after the last full stop. */
function trimStrayDash(body: string, unit: Unit, removed: RemovedSpan[]): Unit {
  const m = /([.!?"”’)])(\s+[-–—]+)$/u.exec(unit.text);
  if (!m) return unit;
  const end = unit.end - (m[2] as string).length;
  removed.push(span(body, end, unit.end, 'stray dash at paragraph end'));
  return { ...unit, end, text: body.slice(unit.start, end) };
}

function span(body: string, start: number, end: number, reason: string): RemovedSpan {
  return { start, end, text: body.slice(start, end), reason };
}
