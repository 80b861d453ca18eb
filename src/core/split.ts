import type { Block, Citation, CitedText, Reply } from './reply.js';

/**
 * Splitting a long reply into pages, once, in the core: each adapter only declares its limits and how it measures
 * a rendered block (errbot splits in its core, not per backend; STYLE.md practice 4).
 *
 * What a page holds:
 * - Every page keeps the reply's `kind` and `title` (a message in a busy channel must say what it belongs to); only
 *   the first page keeps the `subtitle`.
 * - A section heading goes on the page holding the section's first block and is not repeated.
 * - Each page carries the citations its own blocks reference, with their ORIGINAL numbers, so any page can be
 *   checked against its sources on its own and "[3]" means the same article on every page. The last page also
 *   carries the citations no block references, so none is lost. `followUps` go on the last page only.
 *
 * How blocks are cut (never truncated, never "..."):
 * - A page holds whole blocks; a block that does not fit the rest of a page starts the next one.
 * - A text block measuring over `maxBlockChars` is cut at sentence boundaries, a sentence still too long at word
 *   boundaries, a word still too long (a pasted URL) between graphemes. Every fragment keeps the block's `cites`.
 * - A bullets block over the limit is cut between items (an item over the limit is cut like text, into
 *   consecutive items).
 * - A quote block is never cut. A quote over `maxBlockChars` goes whole onto a page of its own. Only a quote that
 *   alone exceeds `maxQuoteChars` (the most one message can show) is cut, into blocks marked `part: { n, of }`, each
 *   with the full attribution; `alsoReportedBy` stays on the last part.
 *
 * Concatenating the pages' blocks in order gives back every character of every block exactly once (fragments are
 * trimmed at the whitespace they were cut on).
 */

export interface SplitLimits {
  /** Largest measured size of one block; longer text and bullets blocks are cut. */
  maxBlockChars: number;
  maxBlocksPerMessage: number;
  /** Budget per page for the measured blocks plus the measured frame (title, headings, citations, follow-ups). */
  maxCharsPerMessage: number;
  /** Largest quote shown whole on a page of its own; default `maxBlockChars`. Longer quotes are cut into parts. */
  maxQuoteChars?: number;
  /** A block's size as the platform renders it (escaping, markers, attribution); default: its plain text length. */
  measure?: (b: Block) => number;
  /** A page's size outside its blocks, as rendered; default: plain length of title, subtitle, headings, citations. */
  measureFrame?: (page: Reply) => number;
}

/** Plain text length of a block's words: the default measure. */
export function plainBlockLength(b: Block): number {
  switch (b.type) {
    case 'text':
      return b.text.text.length;
    case 'bullets':
      return b.items.reduce((n, i) => n + i.text.length, 0);
    case 'quote':
      return b.quote.text.length + b.quote.speaker.length + (b.quote.speakerRole?.length ?? 0) + b.quote.date.length;
  }
}

function plainFrameLength(page: Reply): number {
  const cites = page.citations.reduce((n, c) => n + c.title.length + c.outlet.length + (c.url?.length ?? 0), 0);
  const headings = page.sections.reduce((n, s) => n + (s.heading?.length ?? 0), 0);
  const follow = (page.followUps ?? []).reduce((n, f) => n + f.label.length, 0);
  return page.title.length + (page.subtitle?.length ?? 0) + headings + cites + follow;
}

/** Citation numbers a block refers to. */
export function blockCites(b: Block): number[] {
  switch (b.type) {
    case 'text':
      return b.text.cites;
    case 'bullets':
      return b.items.flatMap((i) => i.cites);
    case 'quote':
      return [b.quote.cite, ...(b.quote.alsoReportedBy ?? []).map((a) => a.cite)];
  }
}

/**
 * Groups `pieces` into consecutive runs, each the longest prefix that `fits` (at least one piece, so an
 * unfittable piece still moves forward). Galloping then binary search keeps calls to `fits` logarithmic.
 */
function groupGreedy<T>(pieces: T[], fits: (group: T[]) => boolean): T[][] {
  const groups: T[][] = [];
  let start = 0;
  while (start < pieces.length) {
    const left = pieces.length - start;
    const fitsCount = (count: number): boolean => fits(pieces.slice(start, start + count));
    let good = 1; // taken even if it does not fit: progress over perfection
    let bad = left + 1; // smallest count known not to fit; left + 1 means "past the end"
    for (let probe = 2; probe <= left; probe *= 2) {
      if (!fitsCount(probe)) {
        bad = probe;
        break;
      }
      good = probe;
    }
    while (bad - good > 1) {
      const mid = (good + bad) >> 1;
      if (fitsCount(mid)) good = mid;
      else bad = mid;
    }
    groups.push(pieces.slice(start, start + good));
    start += good;
  }
  return groups;
}

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });
const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Segments that keep their trailing whitespace, so joining a run gives back the exact source text. */
const LEVELS = [
  (text: string): string[] => [...SENTENCES.segment(text)].map((s) => s.segment),
  (text: string): string[] => text.match(/\S+\s*|\s+/g) ?? [],
];

/** The last grapheme boundary at or before `at` (after `from`), found in a small window: segmenting a whole
 * 100k-char paste grapheme by grapheme is slow, and a cut only needs its neighbourhood. */
function graphemeBoundary(text: string, from: number, at: number): number {
  const windowStart = Math.max(from, at - 128);
  let best = windowStart;
  for (const seg of GRAPHEMES.segment(text.slice(windowStart, Math.min(text.length, at + 128)))) {
    const pos = windowStart + seg.index;
    if (pos > at) break;
    best = pos;
  }
  return best;
}

/** Last resort for a "word" longer than the limit (a pasted URL, a run of emoji): cut between graphemes. */
function splitGraphemes(text: string, fits: (fragment: string) => boolean): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    if (fits(text.slice(start))) {
      out.push(text.slice(start));
      break;
    }
    // Largest end that fits, by binary search on code units, then moved back onto a grapheme boundary.
    let good = start;
    let bad = text.length;
    while (bad - good > 1) {
      const mid = (good + bad) >> 1;
      if (fits(text.slice(start, mid))) good = mid;
      else bad = mid;
    }
    let end = graphemeBoundary(text, start, good);
    if (end <= start) {
      // Not even one grapheme fits: take one anyway, so the text moves on and nothing is dropped.
      const first = GRAPHEMES.segment(text.slice(start, start + 256))[Symbol.iterator]().next().value;
      end = start + (first?.segment.length ?? 1);
    }
    out.push(text.slice(start, end));
    start = end;
  }
  return out.map((f) => f.trim()).filter((f) => f !== '');
}

/** Cuts `text` into trimmed fragments that each `fit`, at the coarsest boundary that works. */
export function splitText(text: string, fits: (fragment: string) => boolean, level = 0): string[] {
  const trimmed = text.trim();
  if (trimmed === '' || fits(trimmed)) return trimmed === '' ? [] : [trimmed];
  const segment = LEVELS[level];
  if (segment === undefined) return splitGraphemes(trimmed, fits);
  const runs = groupGreedy(segment(trimmed), (run) => fits(run.join('').trim()));
  return runs.flatMap((run) => {
    const joined = run.join('');
    return run.length > 1 || fits(joined.trim()) ? [joined.trim()].filter((s) => s !== '') : splitText(joined, fits, level + 1);
  });
}

function fitBlock(b: Block, limits: Required<Pick<SplitLimits, 'maxBlockChars' | 'maxQuoteChars'>>, measure: (b: Block) => number): Block[] {
  const max = limits.maxBlockChars;
  switch (b.type) {
    case 'text': {
      if (measure(b) <= max) return [b];
      const cites = b.text.cites;
      return splitText(b.text.text, (t) => measure({ type: 'text', text: { text: t, cites } }) <= max).map(
        (t): Block => ({ type: 'text', text: { text: t, cites } }),
      );
    }
    case 'bullets': {
      if (measure(b) <= max) return [b];
      const items: CitedText[] = b.items.flatMap((item) =>
        measure({ type: 'bullets', items: [item] }) <= max
          ? [item]
          : splitText(item.text, (t) => measure({ type: 'bullets', items: [{ text: t, cites: item.cites }] }) <= max).map((t) => ({
              text: t,
              cites: item.cites,
            })),
      );
      return groupGreedy(items, (run) => measure({ type: 'bullets', items: run }) <= max).map((run): Block => ({ type: 'bullets', items: run }));
    }
    case 'quote': {
      if (measure(b) <= limits.maxQuoteChars) return [b];
      const q = b.quote;
      // Measured with the attribution and a wide part marker, so every part fits whatever the final count.
      const texts = splitText(q.text, (t) => measure({ type: 'quote', quote: { ...q, text: t }, part: { n: 999, of: 999 } }) <= limits.maxQuoteChars);
      return texts.map((t, i): Block => {
        const last = i === texts.length - 1;
        const { alsoReportedBy, ...rest } = q;
        const quote = last && alsoReportedBy ? { ...rest, text: t, alsoReportedBy } : { ...rest, text: t };
        return { type: 'quote', quote, part: { n: i + 1, of: texts.length } };
      });
    }
  }
}

/** One block (or a section's bare heading) placed on a page. */
interface Unit {
  section: number;
  heading?: string;
  block?: Block;
  size: number;
}

function buildPage(reply: Reply, units: Unit[], first: boolean, last: boolean, unreferenced: Set<number>): Reply {
  const sections: Reply['sections'] = [];
  let current = -1;
  for (const u of units) {
    if (u.section !== current || sections.length === 0) {
      sections.push(u.heading !== undefined ? { heading: u.heading, blocks: [] } : { blocks: [] });
      current = u.section;
    }
    if (u.block) sections[sections.length - 1]?.blocks.push(u.block);
  }
  const cited = new Set(units.flatMap((u) => (u.block ? blockCites(u.block) : [])));
  const citations: Citation[] = reply.citations.filter((c) => cited.has(c.n) || (last && unreferenced.has(c.n)));
  const page: Reply = { kind: reply.kind, title: reply.title, sections, citations };
  if (first && reply.subtitle !== undefined) page.subtitle = reply.subtitle;
  if (last && reply.followUps !== undefined) page.followUps = reply.followUps;
  return page;
}

/** Splits `reply` into pages that each respect `limits` (see the module comment for what goes where). */
export function splitReply(reply: Reply, limits: SplitLimits): Reply[] {
  const measure = limits.measure ?? plainBlockLength;
  const frame = limits.measureFrame ?? plainFrameLength;
  const maxQuoteChars = Math.max(limits.maxQuoteChars ?? limits.maxBlockChars, limits.maxBlockChars);
  const fitLimits = { maxBlockChars: limits.maxBlockChars, maxQuoteChars };

  const units: Unit[] = reply.sections.flatMap((s, i): Unit[] => {
    const blocks = s.blocks.flatMap((b) => fitBlock(b, fitLimits, measure));
    if (blocks.length === 0) return [{ section: i, heading: s.heading, size: 0 }];
    return blocks.map((block, k) => ({ section: i, heading: k === 0 ? s.heading : undefined, block, size: measure(block) }));
  });
  const referenced = new Set(reply.sections.flatMap((s) => s.blocks.flatMap(blockCites)));
  const unreferenced = new Set(reply.citations.map((c) => c.n).filter((n) => !referenced.has(n)));

  const cost = (page: Unit[], first: boolean, last: boolean): number =>
    frame(buildPage(reply, page, first, last, unreferenced)) + page.reduce((n, u) => n + u.size, 0);
  const blockCount = (page: Unit[]): number => page.filter((u) => u.block).length;

  const pages: Unit[][] = [];
  let current: Unit[] = [];
  const flush = (): void => {
    if (current.length > 0) pages.push(current);
    current = [];
  };
  for (const unit of units) {
    if (unit.size > limits.maxBlockChars) {
      // Only a whole quote gets here: it takes a page of its own rather than being cut.
      flush();
      pages.push([unit]);
      continue;
    }
    const candidate = [...current, unit];
    const full = blockCount(candidate) > limits.maxBlocksPerMessage || cost(candidate, pages.length === 0, false) > limits.maxCharsPerMessage;
    if (full && current.length > 0) {
      flush();
      current = [unit];
    } else current = candidate;
  }
  flush();
  if (pages.length === 0) return [buildPage(reply, [], true, true, unreferenced)];

  // The last page also carries follow-ups and unreferenced citations; move blocks off it until those fit too.
  const tail = pages.pop() ?? [];
  const moved: Unit[] = [];
  while (tail.length > 1 && cost(tail, pages.length === 0, true) > limits.maxCharsPerMessage) {
    const u = tail.pop();
    if (u) moved.unshift(u);
  }
  pages.push(tail);
  if (moved.length > 0) pages.push(moved);

  return pages.map((units, i) => buildPage(reply, units, i === 0, i === pages.length - 1, unreferenced));
}
