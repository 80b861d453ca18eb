import type { Library } from '../../core/library.js';
import type { Logger } from '../../core/logger.js';
import type { Block, CitedText, Reply, Section } from '../../core/reply.js';
import type { Article } from '../../corpus/article.js';
import type { Place } from '../../search/queries.js';
import { Citations } from '../citations.js';
import { formatDay } from '../format.js';
import { enforceGrounding, isVerbatimSentence } from '../grounding.js';

/** Builds one answer: sections share a citation list; the grounding pass runs last. */
export class AnswerBuilder {
  readonly cites = new Citations();
  readonly sections: Section[] = [];

  constructor(
    private readonly library: Library,
    private readonly logger: Logger,
  ) {}

  text(text: string, cites: number[] = [], heading?: string): this {
    return this.section([{ type: 'text', text: { text, cites } }], heading);
  }

  bullets(items: CitedText[], heading?: string): this {
    return items.length > 0 ? this.section([{ type: 'bullets', items }], heading) : this;
  }

  section(blocks: Block[], heading?: string): this {
    if (blocks.length > 0) this.sections.push({ ...(heading ? { heading } : {}), blocks });
    return this;
  }

  /**
   * A sentence as its articles printed it, cited to (up to five of) them, with "(n outlets)" when several did.
   * `outlets`, when given, is the count over every article printing it (places may list only the newest few).
   */
  sentence(places: readonly Place[], outlets?: number): CitedText | undefined {
    const ok = places.filter((p) => isVerbatimSentence(p.article, p.sentence));
    const first = ok[0];
    if (!first) return undefined;
    const articles = ok.map((p) => p.article);
    const n = Math.max(outlets ?? 0, new Set(articles.map((a) => a.outlet)).size);
    const note = n > 1 ? `${n} outlets` : '';
    return { text: `${first.sentence.text}${note ? ` (${note})` : ''}`, cites: this.cites.citeAll(articles.slice(0, 5)) };
  }

  build(title: string, subtitle?: string): Reply {
    const reply: Reply = { kind: 'answer', title, ...(subtitle ? { subtitle } : {}), sections: this.sections, citations: this.cites.list };
    return enforceGrounding(reply, this.library, this.logger);
  }
}

/**
 * The honest answer when the corpus does not support one: say so, and show the nearest sources so the reader can
 * check for themselves. Never a guess.
 */
export function notInSources(library: Library, logger: Logger, question: string, nearest: readonly Article[], reason?: string): Reply {
  const b = new AnswerBuilder(library, logger);
  b.text(reason ?? 'The sources do not answer this question.');
  const list = nearest.length > 0 ? nearest : library.articles().slice(-3).reverse();
  b.bullets(
    list.slice(0, 3).map((a) => ({ text: `${a.outlet}: ${a.title} (${formatDay(a.published.slice(0, 10))})`, cites: [b.cites.cite(a)] })),
    'Nearest sources',
  );
  return b.build('Not in the sources', question);
}

/** Distinct articles of some places, in first-seen order. */
export function articlesOf(places: readonly { article: Article }[]): Article[] {
  const out: Article[] = [];
  for (const p of places) if (!out.includes(p.article)) out.push(p.article);
  return out;
}
