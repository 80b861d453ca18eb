/**
 * When two written names are one person spelled two ways. Transliteration and house style vary vowels and doubled
 * letters ("Qasem"/"Qassem", "Mohammed"/"Mohammad", "Zelensky"/"Zelenskiy"); a changed consonant or a gendered
 * ending makes another name ("Mary"/"Mark", "John"/"Joan", "Daniel"/"Daniela", "Hall"/"Hill"), and relatives and
 * namesakes with such names are common, so those are never merged: a wrong merge puts one person's words in another's
 * mouth, while a missed merge only leaves two entries.
 */
import { editDistance, fullNamesVariant } from '../text/names.js';

const VOWELS = /[aeiouy]/g;

function collapseDoubles(s: string): string {
  return s.replace(/(.)\1+/g, '$1');
}

/** Two normalised name tokens (see text/names.ts normalizeName) are spellings of one name. */
export function sameNameToken(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  if (collapseDoubles(a) === collapseDoubles(b)) return true;
  if (Math.min(a.length, b.length) < 6) return false;
  const endA = a[a.length - 1] as string;
  const endB = b[b.length - 1] as string;
  // "Antonio"/"Antonia", "Daniel"/"Daniela": a changed or added final vowel is usually another person's name.
  if (endA !== endB && (/[aeiou]/.test(endA) || /[aeiou]/.test(endB))) return false;
  const skeleton = (s: string): string => collapseDoubles((s[0] as string) + s.slice(1).replace(VOWELS, ''));
  return skeleton(a) === skeleton(b) && editDistance(a, b, 2) <= 2;
}

/** An initial ("j") stands for any given name starting with it. */
function sameGiven(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return sameNameToken(a, b);
}

/**
 * Two full names (normalised tokens, two or more each) are one person's: the general variant test (one extra middle
 * name or initial at most) and, on top, given name and surname that are spellings of one name.
 */
export function samePersonName(a: string[], b: string[]): boolean {
  if (!fullNamesVariant(a, b)) return false;
  return sameGiven(a[0] as string, b[0] as string) && sameNameToken(a[a.length - 1] as string, b[b.length - 1] as string);
}
