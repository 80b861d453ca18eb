import type { CommandContext } from '../../src/core/commands.js';
import type { Library } from '../../src/core/library.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Block, Reply } from '../../src/core/reply.js';

export function ctxFor(library: Library, text = ''): CommandContext {
  return {
    library,
    clock: { now: () => new Date('2020-01-08T12:00:00Z') },
    logger: silentLogger(),
    input: { platform: 'test', channel: 'test:local', user: { id: 'u1', canManage: true }, text },
  };
}

export function blocks(reply: Reply): Block[] {
  return reply.sections.flatMap((s) => s.blocks);
}

export function quotes(reply: Reply) {
  return blocks(reply).flatMap((b) => (b.type === 'quote' ? [b.quote] : []));
}

export function texts(reply: Reply): { text: string; cites: number[] }[] {
  return blocks(reply).flatMap((b) => (b.type === 'text' ? [b.text] : b.type === 'bullets' ? b.items : []));
}

/** Every cite number used in the reply resolves to a listed citation. */
export function citesResolve(reply: Reply): boolean {
  const known = new Set(reply.citations.map((c) => c.n));
  const used = [...texts(reply).flatMap((t) => t.cites), ...quotes(reply).flatMap((q) => [q.cite, ...(q.alsoReportedBy ?? []).map((a) => a.cite)])];
  return used.every((n) => known.has(n));
}

/** The articles (ids) cited by some cite numbers. */
export function citedIds(reply: Reply, cites: number[]): string[] {
  return cites.map((n) => reply.citations.find((c) => c.n === n)?.articleId ?? '?');
}

export function plain(reply: Reply): string {
  return [reply.title, reply.subtitle ?? '', ...reply.sections.map((s) => s.heading ?? ''), ...texts(reply).map((t) => t.text), ...quotes(reply).map((q) => `${q.speaker} ${q.speakerRole ?? ''} ${q.text}`)].join('\n');
}
