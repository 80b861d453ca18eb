import type { Block, CitedText, QuoteItem, Reply } from '../../src/core/reply.js';

/** Plain-text rendering of a reply for a terminal: wrapped prose, numbered citation markers, sources listed last. */

export interface TextRenderOptions {
  width?: number;
}

function wrap(text: string, width: number, indent: string, firstIndent = indent): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = firstIndent;
  let lineHasWord = false;
  for (const word of words) {
    if (lineHasWord && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
      lineHasWord = false;
    }
    line += (lineHasWord ? ' ' : '') + word;
    lineHasWord = true;
  }
  if (lineHasWord || lines.length === 0) lines.push(line);
  return lines.join('\n');
}

const marks = (cites: number[]): string => cites.map((n) => `[${n}]`).join('');

function cited(t: CitedText): string {
  return t.cites.length > 0 ? `${t.text} ${marks(t.cites)}` : t.text;
}

function quoteLines(q: QuoteItem, width: number): string {
  const body = wrap(`“${q.text}”`, width, '    ', '  > ');
  const who = [q.speaker, q.speakerRole].filter(Boolean).join(', ');
  const meta = `${who}${q.verb ? ` (${q.verb})` : ''} · ${q.date} ${marks([q.cite])}`;
  const also = (q.alsoReportedBy ?? []).map((a) =>
    wrap(`also in ${a.outlet}, attributed to ${a.speaker}: “${a.text}” ${marks([a.cite])}`, width, '      ', '      '),
  );
  return [body, wrap(`— ${meta}`, width, '      ', '    '), ...also].join('\n');
}

function blockText(b: Block, width: number): string {
  switch (b.type) {
    case 'text':
      return wrap(cited(b.text), width, '  ');
    case 'bullets':
      return b.items.map((i) => wrap(cited(i), width, '    ', '  • ')).join('\n');
    case 'quote':
      return quoteLines(b.quote, width);
  }
}

export function renderText(reply: Reply, options: TextRenderOptions = {}): string {
  const width = options.width ?? 100;
  const out: string[] = [reply.title.toUpperCase()];
  if (reply.subtitle) out.push(reply.subtitle);
  for (const section of reply.sections) {
    out.push('');
    if (section.heading) out.push(section.heading);
    for (const block of section.blocks) out.push(blockText(block, width));
  }
  if (reply.followUps && reply.followUps.length > 0) {
    out.push('', `Next: ${reply.followUps.map((f) => `${f.label} → ${f.command}`).join('  |  ')}`);
  }
  if (reply.citations.length > 0) {
    out.push('', 'Sources');
    for (const c of reply.citations) {
      const line = `[${c.n}] ${c.outlet} — “${c.title}”, ${c.published.slice(0, 10)}${c.url ? ` ${c.url}` : ''}`;
      out.push(wrap(line, width, '      ', '  '));
    }
  }
  return out.join('\n');
}
