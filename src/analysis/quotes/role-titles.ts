/**
 * Capitalised role titles used as references back ("The Prime Minister said", "the Chief Minister", "the Judge").
 *
 * Many outlets (British, Irish, Indian, Australian style especially) capitalise an office when it stands for the one
 * person who holds it in the story: "Prime Minister Ann Roe ... The Prime Minister said". Such a phrase reads like a
 * name by its capitals, but it is a role description that refers back to the holder, exactly like "the prime
 * minister" in lower case. Only a phrase with "the" whose head is a person-role noun and whose other words are title
 * words qualifies; "the Harbour Trust" (an institution head) and "the Nightly Show" (not a role) stay names.
 */
import { ORG_HEADS, SPEAKER_NOUNS, TITLE_WORDS } from './lexicon.js';
import type { SpeakerPhrase } from './phrase.js';

/** Words of a capitalised office that are no title word on their own list but still qualify one ("Chief", "Home"). */
const OFFICE_QUALIFIERS = new Set(['Home', 'High', 'Principal', 'Permanent', 'Special', 'Solicitor', 'Surgeon', 'Lord', 'District', 'Police', 'Crown']);

export function isCapitalisedRole(phrase: SpeakerPhrase): boolean {
  if (phrase.determiner !== 'the' || phrase.plural || phrase.complement || !phrase.head) return false;
  if (ORG_HEADS.has(phrase.head) || !SPEAKER_NOUNS.has(phrase.head)) return false;
  const words = phrase.name.split(/\s+/).slice(1);
  const head = words[words.length - 1] ?? '';
  if (!/^\p{Lu}\p{Ll}/u.test(head)) return false;
  return words.slice(0, -1).every((w) => TITLE_WORDS.has(w) || OFFICE_QUALIFIERS.has(w));
}
