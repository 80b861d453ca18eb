import type { Block, Citation, CitedText, QuoteItem, Reply } from '../../src/core/reply.js';
import { splitReply, type SplitLimits } from '../../src/core/split.js';
import {
  SLACK_LIMITS,
  buttonLabel,
  chunkRaw,
  contextBlocks,
  headingSections,
  mrkdwn,
  packLines,
  plain,
  plainElements,
  plainSections,
  textObject,
  type Button,
  type Rendered,
  type SlackBlock,
  type SlackMessage,
} from './blocks.js';
import { escapeMrkdwn, escapeText, escapedLength, link } from './escape.js';

/**
 * Reply -> Block Kit messages. Verbatim words (quotes, cited sentences, bullets) go in plain_text objects, so no
 * mrkdwn marker in an article can restyle them; mrkdwn is used only for links and bold headings, with escaped
 * labels. Long replies are paged by the core splitter (src/core/split.ts); this module only measures blocks the
 * way it renders them and checks the result against Slack's limits.
 */

/** action_id prefix of follow-up buttons; the button's value is the command it runs. */
export const FOLLOW_UP_ACTION = 'sitrep_followup';

export class SlackRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SlackRenderError';
  }
}

const marks = (cites: number[]): string => cites.map((n) => `[${n}]`).join('');
const cited = (t: CitedText): string => (t.cites.length > 0 ? `${t.text} ${marks(t.cites)}` : t.text);

function attributionText(q: QuoteItem, outlet: string | undefined, part: Extract<Block, { type: 'quote' }>['part']): string {
  const who = [q.speaker, q.speakerRole].filter((s) => s !== undefined && s.trim() !== '').join(', ');
  const bits = [`— ${who}${q.verb ? ` (${q.verb})` : ''}`, outlet, q.date].filter((s): s is string => s !== undefined && s !== '');
  if (part) bits.push(`part ${part.n} of ${part.of}`);
  return bits.join(' · ');
}

function citeElement(n: number, citations: Citation[]): Rendered {
  const c = citations.find((x) => x.n === n);
  const label = `[${n}]`;
  return c?.url !== undefined ? mrkdwn(link(c.url, label)) : plain(label);
}

function quoteBlocks(b: Extract<Block, { type: 'quote' }>, citations: Citation[]): SlackBlock[] {
  const q = b.quote;
  const outlet = citations.find((c) => c.n === q.cite)?.outlet;
  const elements: Rendered[] = [...plainElements(attributionText(q, outlet, b.part)), citeElement(q.cite, citations)];
  const also = (q.alsoReportedBy ?? []).flatMap((a) => {
    const words = a.text.trim() === q.text.trim() ? '' : `: “${a.text}”`;
    return [...plainElements(`Also in ${a.outlet}, attributed to ${a.speaker}${words}`), citeElement(a.cite, citations)];
  });
  return [...plainSections(`“${q.text}”`), ...contextBlocks(elements), ...contextBlocks(also)];
}

/** The Slack blocks for one reply block. */
export function renderBlock(b: Block, citations: Citation[]): SlackBlock[] {
  switch (b.type) {
    case 'text':
      return plainSections(cited(b.text));
    case 'bullets':
      return plainSections(b.items.map((i) => `• ${cited(i)}`).join('\n'));
    case 'quote':
      return quoteBlocks(b, citations);
  }
}

function citationBlocks(citations: Citation[]): SlackBlock[] {
  if (citations.length === 0) return [];
  const lines = citations.map((c) => {
    const tail = [c.outlet, c.published.slice(0, 10)].filter((s) => s.trim() !== '');
    const rest = tail.map((s) => ` · ${escapeMrkdwn(s)}`).join('');
    return { mrkdwn: `[${c.n}] ${link(c.url, c.title)}${rest}`, fallbackRaw: [`[${c.n}] ${c.title}`, ...tail, c.url ?? ''].filter(Boolean).join(' · ') };
  });
  return [{ type: 'divider' }, ...packLines(lines)];
}

function followUpBlocks(reply: Reply): SlackBlock[] {
  // A command too long for a button value cannot round-trip through Slack, so it gets no button.
  const buttons: Button[] = (reply.followUps ?? [])
    .filter((f) => f.command.length <= SLACK_LIMITS.buttonValueChars && f.command.trim() !== '')
    .map((f, i) => ({
      type: 'button',
      text: { type: 'plain_text', text: buttonLabel(f.label), emoji: true },
      action_id: `${FOLLOW_UP_ACTION}:${i}`,
      value: f.command,
    }));
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < buttons.length; i += SLACK_LIMITS.actionsElements) {
    blocks.push({ type: 'actions', elements: buttons.slice(i, i + SLACK_LIMITS.actionsElements) });
  }
  return blocks;
}

function titleBlocks(title: string): SlackBlock[] {
  const escaped = escapeText(title.trim());
  if (escaped.length === 0) return [];
  if (escaped.length <= SLACK_LIMITS.headerChars) return [{ type: 'header', text: { type: 'plain_text', text: escaped, emoji: true } }];
  return headingSections(title);
}

export interface PagePosition {
  n: number;
  of: number;
}

/** One page (a reply the splitter already sized) as one Slack message. */
export function renderPage(page: Reply, position: PagePosition = { n: 1, of: 1 }): SlackMessage {
  const blocks: SlackBlock[] = [...titleBlocks(page.title)];
  const context: Rendered[] = page.subtitle !== undefined && page.subtitle.trim() !== '' ? plainElements(page.subtitle) : [];
  if (position.of > 1) context.push(plain(`part ${position.n} of ${position.of}`));
  blocks.push(...contextBlocks(context));
  for (const section of page.sections) {
    if (section.heading !== undefined) blocks.push(...headingSections(section.heading));
    for (const b of section.blocks) blocks.push(...renderBlock(b, page.citations));
  }
  blocks.push(...citationBlocks(page.citations), ...followUpBlocks(page));
  return { text: fallbackText(page.title, position), blocks };
}

function fallbackText(title: string, position: PagePosition): string {
  const suffix = position.of > 1 ? ` (part ${position.n} of ${position.of})` : '';
  const max = SLACK_LIMITS.fallbackChars - suffix.length;
  // A notification line, not content: the blocks carry the whole title.
  const first = chunkRaw(title.trim() === '' ? 'sitrep' : title, max)[0] ?? 'sitrep';
  return `${escapeText(first)}${suffix}`;
}

/** Per-message budget of rendered characters: long enough for a full brief, short enough to read in one screen. */
export const MAX_MESSAGE_CHARS = 12_000;
/** Reply blocks per page before re-checking the Slack block count (a quote renders to 2-3 Slack blocks). */
const START_BLOCKS_PER_PAGE = 15;

const esc = (s: string | undefined): number => (s === undefined ? 0 : escapedLength(s));

/**
 * Rendered size of a block in closed form (escaped text, marks, attribution) rather than by rendering: the
 * splitter calls this for every candidate cut, so it must stay linear. It is an upper bound of what renderBlock
 * puts in its text objects, so a block measured within the section limit renders in one section.
 */
export function measureBlock(b: Block): number {
  switch (b.type) {
    case 'text':
      return esc(cited(b.text));
    case 'bullets':
      return b.items.reduce((n, i) => n + esc(`• ${cited(i)}`) + 1, 0);
    case 'quote':
      // Body and attribution only: what other outlets printed goes in context elements of its own, and counting it
      // here would make the splitter cut a short quote into parts because its echoes are long.
      return esc(`“${b.quote.text}”`) + esc(attributionText(b.quote, undefined, b.part));
  }
}

/** Rendered size of a page's frame (title, subtitle, headings, sources, buttons), in the same closed form. */
function measureFrame(page: Reply): number {
  const citations = page.citations.reduce((n, c) => n + esc(c.title) * 2 + esc(c.outlet) * 2 + (c.url?.length ?? 0) + 40, 0);
  const headings = page.sections.reduce((n, s) => n + esc(s.heading) * 2 + 2, 0);
  const buttons = (page.followUps ?? []).length * SLACK_LIMITS.buttonTextChars;
  return esc(page.title) + esc(page.subtitle) + 40 + headings + citations + buttons;
}

function limits(maxBlocksPerMessage: number): SplitLimits {
  return {
    maxBlockChars: SLACK_LIMITS.textChars,
    maxBlocksPerMessage,
    maxCharsPerMessage: MAX_MESSAGE_CHARS,
    maxQuoteChars: MAX_MESSAGE_CHARS - 1000,
    measure: measureBlock,
    measureFrame,
  };
}

/** Pages whose rendered block count fits; a page over 50 blocks (many headings or citations) is split again, tighter. */
function paginate(reply: Reply, maxBlocks: number): Reply[] {
  return splitReply(reply, limits(maxBlocks)).flatMap((page) => {
    if (renderPage(page, { n: 99, of: 99 }).blocks.length <= SLACK_LIMITS.blocksPerMessage) return [page];
    const blocksOnPage = page.sections.reduce((n, s) => n + s.blocks.length, 0);
    if (blocksOnPage <= 1) return [page]; // cannot be split further; checkMessage reports it
    return paginate(page, Math.max(1, Math.min(maxBlocks, blocksOnPage) >> 1));
  });
}

/** A reply as the Slack messages to post, in order, each within every Slack limit. */
export function renderReply(reply: Reply): SlackMessage[] {
  const pages = paginate(reply, START_BLOCKS_PER_PAGE);
  const messages = pages.map((p, i) => renderPage(p, { n: i + 1, of: pages.length }));
  messages.forEach(checkMessage);
  return messages;
}

/** Throws if a message breaks a Slack limit: a bug here must fail loudly, not be rejected by Slack later. */
export function checkMessage(m: SlackMessage): void {
  const fail = (why: string): never => {
    throw new SlackRenderError(`rendered Slack message breaks a limit: ${why}`);
  };
  if (m.blocks.length > SLACK_LIMITS.blocksPerMessage) fail(`${m.blocks.length} blocks`);
  if (m.text.length === 0 || m.text.length > SLACK_LIMITS.fallbackChars) fail(`fallback text of ${m.text.length} chars`);
  for (const b of m.blocks) {
    const texts =
      b.type === 'header' || b.type === 'section'
        ? [b.text]
        : b.type === 'context'
          ? b.elements
          : b.type === 'actions'
            ? b.elements.map((e) => e.text)
            : [];
    if (b.type === 'header' && b.text.text.length > SLACK_LIMITS.headerChars) fail('header too long');
    if (b.type === 'context' && (b.elements.length === 0 || b.elements.length > SLACK_LIMITS.contextElements)) fail('context elements');
    if (b.type === 'actions') {
      if (b.elements.length === 0 || b.elements.length > SLACK_LIMITS.actionsElements) fail('actions elements');
      for (const e of b.elements) {
        if (e.text.text.length > SLACK_LIMITS.buttonTextChars) fail('button text too long');
        if (e.value.length > SLACK_LIMITS.buttonValueChars) fail('button value too long');
      }
    }
    for (const t of texts) if (t.text.length === 0 || t.text.length > SLACK_LIMITS.textChars) fail(`${b.type} text of ${t.text.length} chars`);
  }
}

