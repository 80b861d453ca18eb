import { splitText } from '../../src/core/split.js';
import { escapeMrkdwn, escapeText, escapedLength } from './escape.js';

/**
 * The Block Kit subset sitrep renders, with Slack's published limits. Only these shapes are produced, so the
 * property tests can check every limit structurally. No section ever uses `fields`, so the 10-field limit holds
 * trivially.
 */
export const SLACK_LIMITS = {
  /** Any text object in a section or context element. */
  textChars: 3000,
  headerChars: 150,
  buttonTextChars: 75,
  buttonValueChars: 2000,
  blocksPerMessage: 50,
  contextElements: 10,
  actionsElements: 25,
  fieldsPerSection: 10,
  /** The top-level `text` fallback (Slack truncates beyond 40,000; ours stays far below). */
  fallbackChars: 3000,
} as const;

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji: boolean;
}
export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
  /** Always true: stops Slack from linking bare channel names and parsing bare mentions. */
  verbatim: true;
}
export type TextObject = PlainText | Mrkdwn;

export interface Button {
  type: 'button';
  text: PlainText;
  action_id: string;
  value: string;
}

export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: TextObject }
  | { type: 'context'; elements: TextObject[] }
  | { type: 'divider' }
  | { type: 'actions'; elements: Button[] };

export interface SlackMessage {
  /** Notification / accessibility fallback. */
  text: string;
  blocks: SlackBlock[];
}

/** Text already escaped for Slack, tagged with the text object type it belongs in. */
export interface Rendered {
  kind: 'plain_text' | 'mrkdwn';
  text: string;
}

export const plain = (raw: string): Rendered => ({ kind: 'plain_text', text: escapeText(raw) });
export const mrkdwn = (escaped: string): Rendered => ({ kind: 'mrkdwn', text: escaped });

export function textObject(r: Rendered): TextObject {
  // emoji: true keeps Slack's usual :shortcode: display; it does not change the characters sent.
  return r.kind === 'plain_text' ? { type: 'plain_text', text: r.text, emoji: true } : { type: 'mrkdwn', text: r.text, verbatim: true };
}

/**
 * Cuts RAW text into pieces whose escaped form fits `max` (cutting before escaping so no entity is split), at
 * sentence, then word, then grapheme boundaries. Whole text, never shortened.
 */
export function chunkRaw(raw: string, max: number): string[] {
  if (escapedLength(raw) <= max) return raw.trim() === '' ? [] : [raw.trim()];
  // Long frame strings (a source's title, a subtitle) recur on every page of a reply: cut each once.
  const key = `${max}\u0000${raw}`;
  const hit = chunkCache.get(key);
  if (hit) return hit;
  const chunks = splitText(raw, (s) => escapedLength(s) <= max);
  if (chunkCache.size >= 256) chunkCache.clear();
  chunkCache.set(key, chunks);
  return chunks;
}

const chunkCache = new Map<string, string[]>();

/** Sections holding `raw` as plain_text, as many as its length needs. */
export function plainSections(raw: string): SlackBlock[] {
  return chunkRaw(raw, SLACK_LIMITS.textChars).map((piece) => ({ type: 'section', text: textObject(plain(piece)) }));
}

/**
 * Frame text (a title, heading or source) too long for one section: its first part in a section, the rest in
 * context elements (10 per block), so even a huge title costs a few blocks, not one per 3,000 characters.
 */
export function compactPlain(raw: string): SlackBlock[] {
  const [first, ...rest] = chunkRaw(raw, SLACK_LIMITS.textChars);
  if (first === undefined) return [];
  return [{ type: 'section', text: textObject(plain(first)) }, ...contextBlocks(rest.map(plain))];
}

/** A heading: bold mrkdwn when it fits one section, else plain text (bold markers must not be cut apart). */
export function headingSections(raw: string): SlackBlock[] {
  const escaped = escapeMrkdwn(raw.trim());
  if (escaped.length === 0) return [];
  if (escaped.length + 2 <= SLACK_LIMITS.textChars) return [{ type: 'section', text: textObject(mrkdwn(`*${escaped}*`)) }];
  return compactPlain(raw);
}

/** Context blocks for a list of elements, each element already within the text limit; 10 elements per block. */
export function contextBlocks(elements: Rendered[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < elements.length; i += SLACK_LIMITS.contextElements) {
    blocks.push({ type: 'context', elements: elements.slice(i, i + SLACK_LIMITS.contextElements).map(textObject) });
  }
  return blocks;
}

/** Plain context elements for `raw`, cut to the element limit. */
export function plainElements(raw: string): Rendered[] {
  return chunkRaw(raw, SLACK_LIMITS.textChars).map(plain);
}

/** Packs already-escaped mrkdwn lines into as few sections as fit; a line that alone is too long uses `fallback`. */
export function packLines(lines: { mrkdwn: string; fallbackRaw: string }[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let current = '';
  const flush = (): void => {
    if (current !== '') blocks.push({ type: 'section', text: textObject(mrkdwn(current)) });
    current = '';
  };
  for (const line of lines) {
    if (line.mrkdwn.length > SLACK_LIMITS.textChars) {
      flush();
      blocks.push(...compactPlain(line.fallbackRaw));
      continue;
    }
    const joined = current === '' ? line.mrkdwn : `${current}\n${line.mrkdwn}`;
    if (joined.length > SLACK_LIMITS.textChars) {
      flush();
      current = line.mrkdwn;
    } else current = joined;
  }
  flush();
  return blocks;
}

/** Label for a button: escaped; a label too long for a button is shortened at a grapheme (it is a control, not content). */
export function buttonLabel(raw: string): string {
  const max = SLACK_LIMITS.buttonTextChars;
  const escaped = escapeText(raw.trim());
  if (escaped.length <= max && escaped.length > 0) return escaped;
  if (escaped.length === 0) return 'More';
  const graphemes = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(raw.trim())].map((s) => s.segment);
  let out = '';
  for (const g of graphemes) {
    if (escapeText(out + g).length + 1 > max) break;
    out += g;
  }
  return `${escapeText(out)}…`;
}
