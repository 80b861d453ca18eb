/**
 * When two sentences say the same thing. Wire copies of one story repeat sentences verbatim or with small edits
 * (a dateline, a changed tense); a summary must never carry both.
 */

/** A sentence's distinct word bigrams (and words, for one-word sentences), built once and compared many times. */
export interface OverlapSignature {
  bigrams: ReadonlySet<string>;
  words: ReadonlySet<string>;
}

export function overlapSignature(tokens: readonly string[]): OverlapSignature {
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) bigrams.add(`${tokens[i]} ${tokens[i + 1]}`);
  return { bigrams, words: new Set(tokens) };
}

function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / small.size;
}

/** Share of the shorter sentence's distinct bigrams found in the other: 1 for a copy or a sub-sentence. */
export function signatureContainment(a: OverlapSignature, b: OverlapSignature): number {
  if (a.bigrams.size === 0 || b.bigrams.size === 0) return containment(a.words, b.words);
  return containment(a.bigrams, b.bigrams);
}

export function bigramContainment(a: readonly string[], b: readonly string[]): number {
  return signatureContainment(overlapSignature(a), overlapSignature(b));
}

/** Default threshold: half the bigrams of the shorter sentence reappear in the longer one. */
export const NEAR_DUPLICATE_CONTAINMENT = 0.5;

/** Takes stemmed token lists (see `allStems`). */
export function isNearDuplicate(
  a: readonly string[],
  b: readonly string[],
  threshold: number = NEAR_DUPLICATE_CONTAINMENT,
): boolean {
  return bigramContainment(a, b) >= threshold;
}
