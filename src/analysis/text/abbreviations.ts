/**
 * Abbreviations that end with a period but rarely end a sentence. Kept lower-case without the final period;
 * matching is case-insensitive on the last dotted/hyphenated segment ("Maj.-Gen." -> "gen").
 */

/** Titles and honorifics: always followed by a name, so a period after them never ends a sentence. */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm',
  'cmdr', 'cdr', 'brig', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'fr', 'msgr',
  'amb', 'atty', 'sec', 'pfc', 'spc', 'cmdt', 'lieut', 'messrs', 'mme', 'mlle',
]);

/** Abbreviations that only bind to a following number ("No. 10", "Jan. 6", "Art. 5"). */
export const NUMBER_ABBREVIATIONS = new Set([
  'no', 'nos', 'vol', 'art', 'fig', 'p', 'pp', 'ch', 'sec', 'para', 'approx', 'ca',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Abbreviations that may or may not end a sentence ("Apple Inc. said" vs "... from Apple Inc. The firm"): they end one
 * only when the next word is a typical sentence opener.
 */
export const AMBIGUOUS_ABBREVIATIONS = new Set([
  'inc', 'corp', 'ltd', 'co', 'bros', 'plc', 'llc', 'st', 'mt', 'ft', 'ave', 'blvd', 'rd', 'vs', 'etc', 'al', 'est',
  'dept', 'univ', 'assn', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'jr', 'sr', 'a.m', 'p.m', 'e.g', 'i.e', 'cf', 'ibid', 'jan', 'feb', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // US state abbreviations in datelines and addresses ("STORRS, Conn. —", "in Auburndale, Mass.")
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt',
  'wash', 'wis', 'wyo',
]);

/**
 * Closed-class words that commonly open an English sentence. After an ambiguous abbreviation ("U.S.", "Inc.", an
 * initial) a sentence break is assumed only before one of these.
 */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but', 'and',
  'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after', 'before', 'as', 'his', 'her', 'its',
  'their', 'our', 'my', 'there', 'here', 'meanwhile', 'however', 'some', 'many', 'most', 'all', 'no', 'not', 'one',
  'two', 'three', 'officials', 'what', 'why', 'how', 'who', 'where', 'since', 'although', 'though', 'still', 'also',
  'then', 'now', 'today', 'yesterday', 'earlier', 'later', 'last', 'next', 'both', 'each', 'several', 'according',
  'asked', 'during', 'under', 'with', 'without', 'by', 'from', 'to', 'until', 'among', 'despite', 'instead', 'such',
  'other', 'another', 'none', 'neither', 'either', 'nor', 'only', 'even', 'about',
]);

/** The segment an abbreviation check looks at: "Maj.-Gen" -> "gen", "U.S" -> "u.s", "Dr" -> "dr". */
export function abbreviationKey(word: string): string {
  const hy = word.split('-');
  return (hy[hy.length - 1] ?? word).toLowerCase();
}

/** "U.S", "U.N", "a.m", "e.g" (the final period already removed): letters separated by single periods. */
export function isDottedAcronym(word: string): boolean {
  return /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** A single capital letter, as in the initials "J. R. R. Tolkien". */
export function isInitial(word: string): boolean {
  return /^\p{Lu}$/u.test(word);
}
