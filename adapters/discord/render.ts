import type { APIEmbed } from 'discord.js';
import type { Reply } from '../../src/core/reply.js';
import { splitReply, splitText, type SplitLimits } from '../../src/core/split.js';
import {
  citationIndex,
  colourOf,
  embedTitle,
  renderBlock,
  renderCitation,
  renderHeading,
  renderSubtitle,
  SOURCES_HEADING,
  type CitationIndex,
} from './blocks.js';
import { followUpRows, type ButtonRow } from './buttons.js';
import { DISCORD_LIMITS as L } from './limits.js';

/**
 * Reply -> Discord messages. The core splits the reply into pages (splitReply, with the limits and measures below);
 * each page becomes one message of embeds, and only if the estimate was off (a page whose frame alone is huge)
 * several: the packing here checks every Discord limit itself, so nothing it returns can be refused.
 */

export interface DiscordMessage {
  embeds: APIEmbed[];
  components: ButtonRow[];
}

export interface RenderOptions {
  /** Written into every message's footer, so a later `wasSent` can find the delivery. */
  idempotencyKey?: string;
}

const SEP = '\n\n';
/** Room kept in each message for the footer "999/999 · id <key>". */
const footerReserve = (key: string | undefined): number => 9 + (key === undefined ? 0 : key.length + 6);

export function footerText(index: number, count: number, key: string | undefined): string | undefined {
  const parts = [count > 1 ? `${index}/${count}` : undefined, key !== undefined ? `id ${key}` : undefined].filter((p) => p !== undefined);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** The split limits for Discord, measuring blocks and frames exactly as this module renders them. */
export function discordSplitLimits(reply: Reply, options: RenderOptions = {}): SplitLimits {
  const index = citationIndex(reply.citations);
  return {
    // Text blocks are cut well under the 4,096 description limit so pages fill evenly.
    maxBlockChars: 3000,
    // A quote may fill a whole description (measure adds the 2-char separator).
    maxQuoteChars: L.embedDescription + SEP.length,
    maxBlocksPerMessage: 25,
    maxCharsPerMessage: L.embedTotal - footerReserve(options.idempotencyKey),
    measure: (b) => renderBlock(b, index).length + SEP.length,
    measureFrame: (page) => {
      const title = embedTitle(page.title, L.embedTitle);
      const titleCost = title !== undefined ? title.length : renderHeading(page.title).length + SEP.length;
      const subtitle = page.subtitle !== undefined ? renderSubtitle(page.subtitle).length + SEP.length : 0;
      const headings = page.sections.reduce((n, s) => n + (s.heading !== undefined ? renderHeading(s.heading).length + 1 : 0), 0);
      const sources = page.citations.length > 0 ? SOURCES_HEADING.length + SEP.length + page.citations.reduce((n, c) => n + renderCitation(c).length + 1, 0) : 0;
      return titleCost + subtitle + headings + sources;
    },
  };
}

/** Markdown pieces of one page in order; each fits one embed description. */
function pagePieces(page: Reply, index: CitationIndex): string[] {
  const pieces: string[] = [];
  if (embedTitle(page.title, L.embedTitle) === undefined && page.title.trim() !== '') pieces.push(renderHeading(page.title));
  if (page.subtitle !== undefined && page.subtitle.trim() !== '') pieces.push(renderSubtitle(page.subtitle));
  for (const section of page.sections) {
    const blocks = section.blocks.map((b) => renderBlock(b, index));
    if (section.heading !== undefined) {
      const heading = renderHeading(section.heading);
      const first = blocks[0];
      // The heading travels with its first block when both fit one description.
      if (first !== undefined && heading.length + 1 + first.length <= L.embedDescription) blocks[0] = `${heading}\n${first}`;
      else blocks.unshift(heading);
    }
    pieces.push(...blocks);
  }
  if (page.citations.length > 0) {
    const lines = [SOURCES_HEADING, ...page.citations.map(renderCitation)];
    let chunk = '';
    for (const line of lines) {
      if (chunk !== '' && chunk.length + 1 + line.length > L.embedDescription) {
        pieces.push(chunk);
        chunk = '';
      }
      chunk = chunk === '' ? line : `${chunk}\n${line}`;
    }
    pieces.push(chunk);
  }
  // Only a pathological piece (a 5,000-char heading or title) is over; cut it like text rather than be refused.
  return pieces.flatMap((p) => (p.length <= L.embedDescription ? [p] : splitText(p, (s) => s.length <= L.embedDescription)));
}

/** Packs one page's pieces into messages of at most 10 embeds and `budget` chars, descriptions <= 4,096. */
function packPage(title: string | undefined, pieces: string[], budget: number, colour: number): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let embeds: APIEmbed[] = [];
  let embed: APIEmbed = title !== undefined ? { title } : {};
  let used = title?.length ?? 0;
  const closeEmbed = (): void => {
    if (embed.title !== undefined || embed.description !== undefined) embeds.push({ ...embed, color: colour });
    embed = {};
  };
  const closeMessage = (): void => {
    closeEmbed();
    if (embeds.length > 0) messages.push(embeds);
    embeds = [];
    used = 0;
  };
  for (const piece of pieces) {
    const desc = embed.description;
    if (desc !== undefined && desc.length + SEP.length + piece.length <= L.embedDescription && used + SEP.length + piece.length <= budget) {
      embed.description = desc + SEP + piece;
      used += SEP.length + piece.length;
      continue;
    }
    const openEmbeds = embeds.length + (embed.title !== undefined || desc !== undefined ? 1 : 0);
    const startsNewEmbed = desc !== undefined || embed.title === undefined;
    if (used + piece.length > budget || (startsNewEmbed && openEmbeds >= L.embedsPerMessage)) closeMessage();
    else if (desc !== undefined) closeEmbed();
    embed.description = piece;
    used += piece.length;
  }
  closeMessage();
  return messages;
}

/** Renders a reply as Discord messages (usually one per page), each within every Discord limit. */
export function renderReply(reply: Reply, options: RenderOptions = {}): DiscordMessage[] {
  const key = options.idempotencyKey;
  const budget = L.embedTotal - footerReserve(key);
  const index = citationIndex(reply.citations);
  const colour = colourOf(reply.kind);
  const embedsPerMessage = splitReply(reply, discordSplitLimits(reply, options)).flatMap((page) =>
    packPage(embedTitle(page.title, L.embedTitle), pagePieces(page, index), budget, colour),
  );
  // A message must show something: an empty reply still gets one (invisible) line rather than a refused message.
  if (embedsPerMessage.length === 0) embedsPerMessage.push([{ description: '\u200b', color: colour }]);
  const { rows } = followUpRows(reply.followUps);
  return embedsPerMessage.map((embeds, i) => {
    const footer = footerText(i + 1, embedsPerMessage.length, key);
    const last = embeds[embeds.length - 1];
    if (footer !== undefined && last !== undefined) last.footer = { text: footer };
    return { embeds, components: i === embedsPerMessage.length - 1 ? rows : [] };
  });
}
