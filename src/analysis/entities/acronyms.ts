/**
 * Acronyms an article defines: news writes an organisation's full name once with its acronym in parentheses ("the
 * Maritime Employers Association (MEA)") and the acronym alone afterwards ("the MEA said"). The full name is the
 * organisation's canonical name, so every later use of the acronym is a mention of it.
 */
import type { EntityMention } from '../types.js';

/** Lower-case words an acronym may skip or take a letter from ("Bureau of Investigation", "Ministry of Defence"). */
const MINOR_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'el', 'et', '&', 'to']);

/** "MEA", "N.A.T.O.", "MoD": the letters an acronym spells, upper case; undefined when it is not acronym-shaped. */
function acronymLetters(text: string): string | undefined {
  const t = text.trim().replace(/^the\s+/i, '');
  if (!/^(?:\p{Lu}\.?){2,}$|^\p{Lu}[\p{L}]{1,6}$/u.test(t)) return undefined;
  const letters = t.replace(/[^\p{Lu}]/gu, '');
  // "MoD", "DfE": a mixed-case acronym keeps its capitals; a plain word ("Paris") is not an acronym.
  return letters.length >= 2 ? letters : undefined;
}

/**
 * Whether `acronym` abbreviates `name`: its letters, in order, are the initials of the name's capitalised words
 * (each must give one), optionally with a further letter from inside a word ("NAVFAC") and the initial of a minor
 * word ("Ministry of Defence" = MoD, "Bank of England" = BoE or BE).
 */
export function acronymFits(acronym: string, name: string): boolean {
  const letters = acronymLetters(acronym);
  if (!letters) return false;
  const words = name.replace(/^the\s+/i, '').split(/[\s\-‐–/]+/).filter(Boolean);
  if (words.length < 2) return false;
  const memo = new Map<string, boolean>();
  const fit = (w: number, l: number): boolean => {
    const key = `${w}:${l}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let ok = false;
    if (w === words.length) ok = l === letters.length;
    else {
      const word = words[w] as string;
      const minor = MINOR_WORDS.has(word.toLowerCase());
      if (minor && fit(w + 1, l)) ok = true;
      else if (l < letters.length && word[0]?.toUpperCase() === letters[l]) {
        // the word's initial, then up to two more of its letters in order
        const inner = word.slice(1).toUpperCase();
        ok = fit(w + 1, l + 1);
        let from = 0;
        for (let extra = 1; !ok && extra <= 2 && l + extra < letters.length; extra++) {
          const at = inner.indexOf(letters[l + extra] as string, from);
          if (at < 0) break;
          from = at + 1;
          ok = fit(w + 1, l + extra + 1);
        }
      }
    }
    memo.set(key, ok);
    return ok;
  };
  return fit(0, 0);
}

/** Acronym -> the mention of its full name, for every "Full Name (ACR)" the mentions show, in order of appearance. */
export function definedAcronyms(body: string, mentions: EntityMention[]): Map<string, EntityMention> {
  const out = new Map<string, EntityMention>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const long = sorted[i - 1] as EntityMention;
    const short = sorted[i] as EntityMention;
    if (long.type !== 'organization' && long.type !== 'place') continue;
    if (!/^\s*\(\s*$/.test(body.slice(long.end, short.start)) || !/^\s*\)/.test(body.slice(short.end))) continue;
    const acronym = short.text.replace(/^the\s+/i, '');
    if (!out.has(acronym) && acronymFits(acronym, long.name)) out.set(acronym, long);
  }
  return out;
}

/**
 * Gives every organisation mention of a defined acronym the full name as its local canonical name (the parenthesised
 * definition included), so "MEA" later in the article is the Maritime Employers Association.
 */
export function expandAcronyms(body: string, mentions: EntityMention[]): EntityMention[] {
  const defined = definedAcronyms(body, mentions);
  if (defined.size === 0) return mentions;
  return mentions.map((m) => {
    if (m.type === 'person') return m;
    const full = defined.get(m.text.replace(/^the\s+/i, '').replace(/[’']s$/, ''));
    return full && full.name !== m.name ? { ...m, type: full.type, name: full.name } : m;
  });
}
