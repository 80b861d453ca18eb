import { ownCopy } from '../../corpus/store/packed-text.js';

/**
 * Strings that repeat across articles (outlets, speaker names and roles, verbs, days, what numbers count), each kept
 * once and referred to by a small number. Reference 0 means "absent", so optional fields cost one byte. Entries are
 * never dropped: the vocabulary of a corpus grows far slower than the corpus.
 */
export class StringTable {
  readonly #ref = new Map<string, number>();
  readonly #strings: string[] = [''];

  get size(): number {
    return this.#strings.length - 1;
  }

  /** The reference of `s` (0 for undefined), adding it on first sight as a copy that keeps no larger string alive. */
  ref(s: string | undefined): number {
    if (s === undefined) return 0;
    let r = this.#ref.get(s);
    if (r === undefined) {
      const own = ownCopy(s);
      r = this.#strings.length;
      this.#strings.push(own);
      // Keyed by the copy: a Map keeps its key alive, and the caller's string may be a slice of a whole article.
      this.#ref.set(own, r);
    }
    return r;
  }

  /** The shared copy of `s`. */
  intern(s: string): string {
    return this.#strings[this.ref(s)]!;
  }

  get(ref: number): string | undefined {
    return ref === 0 ? undefined : this.#strings[ref];
  }

  /** The string of a reference that must be present. */
  at(ref: number): string {
    const s = this.#strings[ref];
    if (ref === 0 || s === undefined) throw new RangeError(`no string ${ref}`);
    return s;
  }
}
