/**
 * Whether a lowercase word is written like a past-tense verb ("reached", "met", "visited"). Used where a word
 * between two names decides whether they are one phrase ("union president Ivo Parr") or a clause ("Zirkle reached
 * Nulato"): a role never ends in a verb.
 */
const IRREGULAR_PAST = new Set(
  `met saw took made gave led left kept held won beat lost paid shook got came became began brought bought built fought
  caught drove rode grew threw drew chose broke hid fed shot fled lit hit hurt sought forgave overcame joined`.split(/\s+/),
);

/** Adjectives ending in -ed that often stand before a name as a description ("retired", "celebrated"). */
const ED_ADJECTIVES = new Set(
  `retired celebrated acclaimed noted renowned famed accused disgraced embattled beloved alleged convicted jailed
  detained injured wounded elected appointed designated qualified licensed registered certified unnamed named
  respected esteemed talented gifted seasoned experienced decorated distinguished`.split(/\s+/),
);

export function isPastVerbShape(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  if (ED_ADJECTIVES.has(word)) return false;
  return IRREGULAR_PAST.has(word) || (word.length >= 5 && /[^e]ed$/.test(word));
}
