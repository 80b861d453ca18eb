import type { Block, Citation, CitedText, Reply } from '../../src/core/reply.js';
import { escapeMarkdown, linkTarget } from './escape.js';

/**
 * Discord markdown for the parts of a reply. Every piece of article or user text goes through escapeMarkdown, so
 * it shows literally; only the bot's own framing (bold speaker, block-quote bars, links) is markup.
 */

export type CitationIndex = ReadonlyMap<number, Citation>;

export function citationIndex(citations: Citation[]): CitationIndex {
  return new Map(citations.map((c) => [c.n, c]));
}

const markers = (cites: number[]): string => (cites.length > 0 ? ` ${cites.map((n) => `[${n}]`).join('')}` : '');

const cited = (t: CitedText): string => `${escapeMarkdown(t.text)}${markers(t.cites)}`;

/** Discord reads `> ` only at a line start, so every line of a multi-line quote gets its own bar. */
const barred = (text: string): string => text.replace(/\n/g, '\n> ');

export function renderBlock(b: Block, citations: CitationIndex): string {
  switch (b.type) {
    case 'text':
      return cited(b.text);
    case 'bullets':
      return b.items.map((i) => `• ${cited(i)}`).join('\n');
    case 'quote': {
      const q = b.quote;
      const part = b.part ? ` *(part ${b.part.n} of ${b.part.of})*` : '';
      const source = citations.get(q.cite);
      const link = linkTarget(source?.url);
      const who = `**${escapeMarkdown(q.speaker)}**${q.speakerRole ? `, ${escapeMarkdown(q.speakerRole)}` : ''}`;
      const where = [source ? escapeMarkdown(source.outlet) : undefined, escapeMarkdown(q.date), link ? `[link](${link})` : undefined]
        .filter((s) => s !== undefined)
        .join(' · ');
      const lines = [`> “${barred(escapeMarkdown(q.text))}”${part}`, `> — ${who} · ${where} [${q.cite}]`];
      for (const a of q.alsoReportedBy ?? []) {
        lines.push(`> also in ${escapeMarkdown(a.outlet)}, attributed to **${escapeMarkdown(a.speaker)}**: “${barred(escapeMarkdown(a.text))}” [${a.cite}]`);
      }
      return lines.join('\n');
    }
  }
}

export function renderCitation(c: Citation): string {
  const link = linkTarget(c.url);
  const title = escapeMarkdown(c.title);
  return `[${c.n}] ${link ? `[${title}](${link})` : title} — ${escapeMarkdown(c.outlet)}, ${escapeMarkdown(c.published.slice(0, 10))}`;
}

export const renderHeading = (heading: string): string => `**${escapeMarkdown(heading)}**`;
export const renderSubtitle = (subtitle: string): string => `*${escapeMarkdown(subtitle)}*`;
export const SOURCES_HEADING = '**Sources**';

/** The reply title as an embed title, or undefined when escaped it is over 256 chars (it then leads the text). */
export function embedTitle(title: string, max: number): string | undefined {
  const t = escapeMarkdown(title);
  return t !== '' && t.length <= max ? t : undefined;
}

/** Colour strip per reply kind, so errors stand out in a busy channel. */
export function colourOf(kind: Reply['kind']): number {
  switch (kind) {
    case 'error':
      return 0xc0392b;
    case 'digest':
      return 0x8e44ad;
    case 'help':
    case 'info':
      return 0x7f8c8d;
    default:
      return 0x2471a3;
  }
}
