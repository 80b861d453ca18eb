/**
 * When two sentences say the same thing. Wire copies of one story repeat sentences verbatim or with small edits
 * (a dateline, a changed tense); a summary must never carry both.
 */

/** Share of the shorter sentence's distinct word bigrams found in the other: 1 for a copy or a sub-sentence. */
export function bigramContainment(a: readonly string[], b: readonly string[]): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  if (ga.size === 0 || gb.size === 0) return unigramContainment(a, b);
  const [small, large] = ga.size <= gb.size ? [ga, gb] : [gb, ga];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / small.size;
}

function unigramContainment(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / small.size;
}

function bigrams(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) out.add(`${tokens[i]} ${tokens[i + 1]}`);
  return out;
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
