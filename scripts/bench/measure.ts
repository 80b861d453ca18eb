/** Timing and memory helpers shared by the bench's two sides. */
export const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;

export function pct(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

export const mib = (): number => Math.round(process.memoryUsage().rss / 1048576);

/** Peak resident set of this process so far, MiB. */
export const peakMib = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

export async function timeAll(n: number, fn: (i: number) => Promise<unknown> | unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await fn(i);
    out.push(ms(t0));
  }
  return out;
}

export interface Latency {
  p50: number;
  p99: number;
  n: number;
}

export const latency = (xs: readonly number[]): Latency => ({ p50: pct(xs, 50), p99: pct(xs, 99), n: xs.length });

/** Live heap after a full collection, MiB (needs --expose-gc; NaN without it). */
export function liveHeapMib(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return NaN;
  gc();
  return Math.round(process.memoryUsage().heapUsed / 1048576);
}

/** Memory figures both bench sides report, in MiB. */
export interface MemoryFigures {
  rssCorpus: number;
  rssIndexed: number;
  /** Live heap after GC with the corpus loaded, and with the index built too (MiB). */
  heapCorpus: number;
  heapIndexed: number;
  rssAfter: number;
  peakRss: number;
}
