/** Comparison forms for names: case, diacritics, apostrophes, periods and hyphens do not distinguish two names. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function nameTokens(name: string): string[] {
  const n = normalizeName(name);
  return n ? n.split(' ') : [];
}

/** Levenshtein distance, early exit once it exceeds `max` (returns max + 1 then). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * Two name tokens are spelling variants of one transliterated name ("qasem"/"qassem", "soleimani"/"suleimani"):
 * same initial letter and at most one edit, or two for long tokens. Short tokens must match exactly, so "Li"/"Lu"
 * and "Ali"/"Adi" stay different people.
 */
export function tokensVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  const len = Math.min(a.length, b.length);
  if (len < 4) return false;
  return editDistance(a, b, 2) <= (len >= 8 ? 2 : 1);
}

/**
 * Two full names (two or more tokens each) are variants of one person's name: same number of tokens (or one extra
 * middle token/initial), surname variant, first name variant or matching initial.
 */
export function fullNamesVariant(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const lastA = a[a.length - 1] as string;
  const lastB = b[b.length - 1] as string;
  if (!tokensVariant(lastA, lastB)) return false;
  const firstA = a[0] as string;
  const firstB = b[0] as string;
  const firstOk = tokensVariant(firstA, firstB) || (firstA.length === 1 && firstB.startsWith(firstA)) ||
    (firstB.length === 1 && firstA.startsWith(firstB));
  if (!firstOk) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  // Edits spread over both tokens add up: allow at most two in all.
  const total = editDistance(firstA, firstB, 3) * (firstA.length > 1 && firstB.length > 1 ? 1 : 0) + editDistance(lastA, lastB, 3);
  return total <= 2;
}
