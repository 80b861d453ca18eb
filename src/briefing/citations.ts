import { citationOf, type Citation } from '../core/reply.js';
import type { Article } from '../corpus/article.js';

/** Numbers a reply's sources in order of first use, so [1] is the first article the reader meets. */
export class Citations {
  readonly list: Citation[] = [];
  readonly #byId = new Map<string, number>();

  cite(article: Article): number {
    const known = this.#byId.get(article.id);
    if (known !== undefined) return known;
    const n = this.list.length + 1;
    this.#byId.set(article.id, n);
    this.list.push(citationOf(article, n));
    return n;
  }

  /** Distinct, ascending citation numbers for several articles. */
  citeAll(articles: readonly Article[]): number[] {
    return [...new Set(articles.map((a) => this.cite(a)))].sort((a, b) => a - b);
  }
}

/** "3 outlets" when several distinct outlets carry the same thing, else "". */
export function outletsNote(articles: readonly Article[]): string {
  const n = new Set(articles.map((a) => a.outlet)).size;
  return n > 1 ? `${n} outlets` : '';
}
