/** Word tokens with offsets, and the small word-shape tests the phrase parser needs. */

export interface Token {
  text: string;
  start: number;
  end: number;
}

export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  // Words keep inner apostrophes, hyphens and dots ("Maj.-Gen.", "Iran’s", "O'Brien", "U.S."); commas split.
  // "AT&T" is one word; a spaced "&" ("Johnson & Johnson", "Marks & Spencer") is a token of its own, joining names.
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*(?:&\p{Lu}[\p{L}\p{N}]*)*|[,;:()&]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let word = m[0];
    // A sentence-final dot is punctuation, but keep it on abbreviations ("Jr.", "Gen.", "U.S.").
    if (word.endsWith('.') && !/^(?:\p{Lu}\p{Ll}{0,3}\.|(?:\p{L}\.)+|[\p{L}.\-]*\.-?\p{L}+\.)$/u.test(word)) {
      word = word.replace(/\.+$/, '');
    }
    out.push({ text: word, start: base + m.index, end: base + m.index + word.length });
  }
  return out;
}

export const isCapitalized = (w: string): boolean => /^[\p{Lu}]/u.test(w);
export const isAllCaps = (w: string): boolean => /^[\p{Lu}][\p{Lu}\p{N}&.\-]+$/u.test(w) && w.length >= 2;
/** "DfE", "DoJ", "DfT": a short initialism written with a lowercase joining letter (of/for) inside it. */
export const isMixedInitialism = (w: string): boolean =>
  /^\p{Lu}[\p{L}]{1,4}$/u.test(w) && /\p{Lu}$/u.test(w) && (w.match(/\p{Lu}/gu)?.length ?? 0) > (w.match(/\p{Ll}/gu)?.length ?? 0);

const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

export const isCalendarWord = (w: string): boolean => {
  const l = w.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
  return MONTHS.has(l) || WEEKDAYS.has(l);
};

/** "Iran’s" -> "Iran"; undefined when the word is not possessive. */
export function possessiveOwner(w: string): string | undefined {
  const m = /^(.+?)['’]s?$/.exec(w);
  if (!m || !/['’]s$|s['’]$/.test(w)) return undefined;
  return m[1];
}

const COLLECTIVE = new Set(['couple', 'pair', 'duo', 'trio', 'management', 'leadership']);

/** Singular form of a noun for lexicon lookup, and whether it was plural. */
export function singular(noun: string): { word: string; plural: boolean } {
  const w = noun.toLowerCase();
  // "the mother-of-three", "a father-of-two": the noun before "-of-" heads the compound.
  const compound = /^(\p{Ll}+)-of-\p{Ll}+(?:-\p{Ll}+)*$/u.exec(w);
  if (compound?.[1]) return singular(compound[1]);
  if (w === 'people' || w === 'police' || w === 'staff' || w === 'military' || w === 'spokespeople' || w === 'media') {
    return { word: w, plural: true };
  }
  // Collective nouns: "the couple said" / "club management said" are several people, whom a later "they" refers to.
  if (COLLECTIVE.has(w)) return { word: w, plural: true };
  if (w === 'men') return { word: 'man', plural: true };
  if (w === 'women') return { word: 'woman', plural: true };
  if (w === 'children') return { word: 'child', plural: true };
  if (/ies$/.test(w) && w.length > 4) return { word: w.slice(0, -3) + 'y', plural: true };
  if (/(?:ss|sh|ch|x)es$/.test(w)) return { word: w.slice(0, -2), plural: true };
  if (/[^su]s$/.test(w) && w.length > 3) return { word: w.slice(0, -1), plural: true };
  return { word: w, plural: false };
}
