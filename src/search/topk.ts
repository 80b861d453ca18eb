/**
 * The best k of a stream without sorting the stream: a binary heap whose root is the worst item kept, so each
 * newcomer costs one comparison unless it belongs in the top k. Used to cut a query's candidates (possibly hundreds of
 * thousands of passages) to the few a reply can show.
 */
export class TopK<T> {
  readonly #heap: T[] = [];

  /** `better(a, b)` is true when a ranks strictly before b; it must be a total order for stable results. */
  constructor(
    readonly k: number,
    private readonly better: (a: T, b: T) => boolean,
  ) {}

  get size(): number {
    return this.#heap.length;
  }

  /** Whether `x` would be kept (so callers can skip costly checks for items that would not be). */
  admits(x: T): boolean {
    if (this.k <= 0) return false;
    return this.#heap.length < this.k || this.better(x, this.#heap[0]!);
  }

  offer(x: T): void {
    if (!this.admits(x)) return;
    const h = this.#heap;
    if (h.length < this.k) {
      h.push(x);
      this.#up(h.length - 1);
    } else {
      h[0] = x;
      this.#down(0);
    }
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.#heap].sort((a, b) => (this.better(a, b) ? -1 : this.better(b, a) ? 1 : 0));
  }

  // The heap is ordered worst-first: a parent is never better than its children.
  #up(i: number): void {
    const h = this.#heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.better(h[parent]!, h[i]!)) break;
      [h[parent], h[i]] = [h[i]!, h[parent]!];
      i = parent;
    }
  }

  #down(i: number): void {
    const h = this.#heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < h.length && this.better(h[worst]!, h[l]!)) worst = l;
      if (r < h.length && this.better(h[worst]!, h[r]!)) worst = r;
      if (worst === i) return;
      [h[worst], h[i]] = [h[i]!, h[worst]!];
      i = worst;
    }
  }
}
