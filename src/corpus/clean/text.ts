/** Small text predicates shared by the cleaning rules. They read text; they never change it. */

/** Folds the differences that copies of the same line pick up between page templates: quote styles, spacing, case. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

const QUOTE_CHARS = /["“”„«»]|(?:^|[\s(])['‘](?:[^'‘’]|['’](?=\p{L})){2,}['’](?=$|[\s,.;:!?)])/u;

/**
 * Carries a quotation (double marks anywhere, or a single-quoted stretch as headlines and standfirsts use). An
 * apostrophe inside a word ("‘See What’s In It’", "'For heaven's sake'") does not end the single-quoted stretch.
 */
export function hasQuote(text: string): boolean {
  return QUOTE_CHARS.test(text);
}

/** Ends the way a written sentence ends (allowing closing quotes and brackets after the stop). */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;][\s"'”’»)\]]*$/u.test(text.trim());
}

/** Most longer words capitalised: a headline or a menu item rather than a sentence. */
export function isTitleCase(text: string): boolean {
  const long = words(text).filter((w) => /^\p{L}{4,}/u.test(w.replace(/^["'“‘(]+/u, '')));
  if (long.length < 2) return false;
  const caps = long.filter((w) => /^["'“‘(]*\p{Lu}/u.test(w)).length;
  return caps / long.length >= 0.75;
}

/** Starts like the body of a sentence (lowercase word), used to rejoin hard-wrapped lines. */
export function startsLowercase(text: string): boolean {
  return /^["'“‘(]*\p{Ll}/u.test(text);
}
