/**
 * Organisation names written with an abbreviated word: "the U.N. Population Fund", "the US Geological Survey". When
 * the same article also spells the name out ("the United Nations Population Fund"), the spelled-out form is the
 * organisation's canonical name (quotes are attributed to full names, not abbreviations), so every mention of the
 * abbreviated form, and of an acronym defined with it, takes the full one.
 */
import type { EntityMention } from '../types.js';

/** "U.N.", "U.S.", "E.U." or "UN", "US", "EU": a word that abbreviates a run of capitalised words. */
function abbreviationLetters(word: string): string | undefined {
  if (/^(?:\p{Lu}\.){2,4}$/u.test(word)) return word.replace(/\./g, '');
  return /^\p{Lu}{2,3}$/u.test(word) ? word : undefined;
}

/** The full name `candidate` spells out `name`: the same words, with each abbreviation as the words it abbreviates. */
export function spellsOut(name: string, candidate: string): boolean {
  const short = name.split(/\s+/);
  const long = candidate.split(/\s+/);
  if (!short.some((w) => abbreviationLetters(w)) || long.length <= short.length) return false;
  const match = (s: number, l: number): boolean => {
    if (s === short.length) return l === long.length;
    const word = short[s] as string;
    if (long[l] === word && match(s + 1, l + 1)) return true;
    const letters = abbreviationLetters(word);
    if (!letters || l + letters.length > long.length) return false;
    const run = long.slice(l, l + letters.length);
    const spelled = run.every((w, k) => /^\p{Lu}\p{Ll}/u.test(w) && w[0] === letters[k]);
    return spelled && match(s + 1, l + letters.length);
  };
  return match(0, 0);
}

/** Renames organisation mentions to the one spelled-out name the article gives for them. */
export function spellOutAbbreviatedNames(mentions: EntityMention[]): EntityMention[] {
  const names = [...new Set(mentions.filter((m) => m.type === 'organization').map((m) => m.name.replace(/^the\s+/i, '')))];
  const full = new Map<string, string>();
  for (const name of names) {
    const fits = names.filter((c) => spellsOut(name, c));
    if (fits.length === 1) full.set(name, fits[0] as string);
  }
  if (full.size === 0) return mentions;
  return mentions.map((m) => {
    const name = m.type === 'organization' ? full.get(m.name.replace(/^the\s+/i, '')) : undefined;
    return name ? { ...m, name } : m;
  });
}
