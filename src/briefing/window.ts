import type { ArticleAnalysis, Sentence } from '../analysis/types.js';
import type { Library } from '../core/library.js';
import type { Article } from '../corpus/article.js';
import { allStems, isNearDuplicate } from './summarize/index.js';

/** Articles a brief reads: the newest of a topic, bounded so a brief costs the same at 100 or 100,000 articles. */
export const BRIEF_WINDOW = 40;

export interface WindowItem {
  article: Article;
  analysis: ArticleAnalysis;
}

/** The analysed articles of a brief, oldest first, with stems of each sentence for near-duplicate tests. */
export class BriefWindow {
  readonly items: WindowItem[];
  readonly #stems = new Map<string, string[]>();

  constructor(library: Library, newestFirst: readonly Article[], size = BRIEF_WINDOW) {
    this.items = [];
    for (const a of newestFirst.slice(0, size)) {
      const analysis = library.analysis(a.id);
      if (analysis) this.items.push({ article: a, analysis });
    }
    this.items.reverse();
  }

  stems(s: Sentence): string[] {
    let v = this.#stems.get(s.id);
    if (!v) this.#stems.set(s.id, (v = allStems(s.text)));
    return v;
  }

  /** Articles in the window that print `s` or a near-duplicate of it (including its own article). */
  corroborating(s: Sentence): Article[] {
    const mine = this.stems(s);
    const out: Article[] = [];
    for (const it of this.items) {
      if (it.article.id === s.articleId) {
        out.push(it.article);
        continue;
      }
      if (it.analysis.sentences.some((o) => isNearDuplicate(mine, this.stems(o)))) out.push(it.article);
    }
    return out;
  }

  find(articleId: string): WindowItem | undefined {
    return this.items.find((i) => i.article.id === articleId);
  }
}
