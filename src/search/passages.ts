import type { Speaker } from '../analysis/types.js';
import type { Article } from '../corpus/article.js';
import { ownCopy } from '../corpus/store/packed-text.js';

/**
 * The unit the index holds. News repeats itself (wire copies, rewrites of one agency story), so the index keeps each
 * distinct text once with every place it occurs: search cost follows distinct text, and "3 outlets printed this" is
 * read straight off the occurrence list.
 */
export type PassageKind = 'sentence' | 'quote' | 'entity';

/** One place a passage's text occurs: article and sentence index (sentences) or quote index (quotes). */
export interface Occurrence {
  articleId: string;
  index: number;
}

export interface Passage {
  /** Internal numeric id (also the id in the inverted index). */
  id: number;
  kind: PassageKind;
  /** Display text of the first occurrence (each occurrence's own text is read from its article when shown). */
  readonly text: string;
  /**
   * Where the text occurs, packed as article ordinal * 65536 + sentence or quote index (one number per place instead
   * of an object: a 100k-article corpus has millions of places). Read it through SearchIndex.occurrencesOf/placesOf.
   */
  readonly occ: readonly number[];
  /** Quotes: the speaker name the passage is keyed by (the same words from another speaker are another passage). */
  speaker?: string;
  // Whether a sentence carries a number, a resolved date or a person is kept in the index's flag array (search option
  // `flags`), not here: a property added after creation costs every such passage an extra allocation.
  /** Entities: the entity id. */
  entityId?: string;
}

/** `article.body.slice(start, end)`, through the article's own reader when it has one. */
export function spanText(article: Article, start: number, end: number): string {
  return article.text ? article.text(start, end) : article.body.slice(start, end);
}

/**
 * A passage as the index holds it. Its text is not kept but read from the article it was first seen in (an offset
 * pair: at 100k articles, copies of half a million sentences would outweigh the rest of the index); when that
 * article leaves while the text still occurs elsewhere, the passage takes a copy of its own.
 */
export class IndexedPassage implements Passage {
  /** The one place the text occurs (most occur once: no array), or all of them. */
  #occ: number | number[] = [];
  #source: string | Article;
  #start: number;
  #end: number;

  constructor(
    readonly id: number,
    readonly kind: PassageKind,
    source: string | { article: Article; start: number; end: number },
    readonly speaker?: string,
    readonly entityId?: string,
  ) {
    if (typeof source === 'string') {
      this.#source = source;
      this.#start = this.#end = 0;
    } else {
      this.#source = source.article;
      this.#start = source.start;
      this.#end = source.end;
    }
  }

  get occ(): readonly number[] {
    return typeof this.#occ === 'number' ? [this.#occ] : this.#occ;
  }

  get occurrences(): number {
    return typeof this.#occ === 'number' ? 1 : this.#occ.length;
  }

  addOccurrence(packed: number): void {
    if (typeof this.#occ === 'number') this.#occ = [this.#occ, packed];
    else if (this.#occ.length === 0) this.#occ = packed;
    else this.#occ.push(packed);
  }

  /** Drops the places `drop` says; returns how many remain. */
  dropOccurrences(drop: (packed: number) => boolean): number {
    const kept = this.occ.filter((o) => !drop(o));
    this.#occ = kept.length === 1 ? kept[0]! : kept;
    return kept.length;
  }

  get text(): string {
    return typeof this.#source === 'string' ? this.#source : spanText(this.#source, this.#start, this.#end);
  }

  /** Whether the text is read from this article. */
  readsFrom(articleId: string): boolean {
    return typeof this.#source !== 'string' && this.#source.id === articleId;
  }

  /** Takes a copy of the text, so the article it was read from can go. */
  keepText(): void {
    if (typeof this.#source !== 'string') this.#source = ownCopy(this.text);
  }
}

/** The text a quote's speaker can be found by: name, how it was written, role, and the entity's aliases. */
export function speakerText(speaker: Speaker, aliases: readonly string[] = [], roles: readonly string[] = []): string {
  return [speaker.name, speaker.asWritten ?? '', speaker.role ?? '', ...aliases, ...roles].filter(Boolean).join(' | ');
}
