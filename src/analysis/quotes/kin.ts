/**
 * Relatives the article names by their relation. Reporters introduce a relative once with an appositive ("his
 * parents, Tom and Ella Reyes"; "her husband, Aldo Finch") and afterwards attribute by relation alone ("his father
 * said", "Reyes's mother told reporters"); the reader takes that relation as the person introduced.
 */
import { lexiconGender } from './given-names.js';
import { FEMALE_NAMES, MALE_NAMES } from './lexicon.js';

/** Relation words as written -> the relation they name ("dad" is the father). */
const RELATIONS = new Map<string, string>([
  ['father', 'father'], ['dad', 'father'], ['mother', 'mother'], ['mom', 'mother'], ['mum', 'mother'],
  ['husband', 'husband'], ['wife', 'wife'], ['son', 'son'], ['daughter', 'daughter'],
  ['brother', 'brother'], ['sister', 'sister'], ['grandfather', 'grandfather'], ['grandmother', 'grandmother'],
  ['uncle', 'uncle'], ['aunt', 'aunt'], ['fiancé', 'fiancé'], ['fiance', 'fiancé'], ['fiancée', 'fiancée'], ['fiancee', 'fiancée'],
]);

const OWNER = String.raw`(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\p{Lu}[\p{L}'’-]*['’]s?)`;
const GIVEN = String.raw`\p{Lu}\p{Ll}+`;
/** A surname, with the lower-case particles some carry ("de la Renta", "van der Berg"). */
const SURNAME = String.raw`(?:(?:de|la|le|du|da|di|del|della|van|von|der|den|ter|bin|ibn|al|el)\s+){0,2}\p{Lu}[\p{L}'’-]+`;

type Sex = 'female' | 'male' | undefined;

function sexOf(given: string): Sex {
  if (FEMALE_NAMES.has(given)) return 'female';
  if (MALE_NAMES.has(given)) return 'male';
  return lexiconGender(given);
}

/** The relation a kin word names, or undefined for any other word. */
export function relationOf(word: string): string | undefined {
  return RELATIONS.get(word.toLowerCase());
}

/** Relation -> the full names the article introduces with it (several when it is ambiguous). */
export function kinNames(body: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (relation: string, name: string): void => {
    const set = out.get(relation) ?? new Set<string>();
    set.add(name);
    out.set(relation, set);
  };
  // "his parents, Tom and Ella Reyes": who is the father is told by the given names, or not at all.
  const parents = new RegExp(`${OWNER}\\s+parents,?\\s+(${GIVEN})\\s+and\\s+(${GIVEN})\\s+(${SURNAME})`, 'gu');
  for (const m of body.matchAll(parents)) {
    const [a, b, last] = [m[1] as string, m[2] as string, m[3] as string];
    const [sa, sb] = [sexOf(a), sexOf(b)];
    const father = sa === 'male' && sb !== 'male' ? a : sb === 'male' && sa !== 'male' ? b : sa === 'female' && sb !== 'female' ? b : sb === 'female' && sa !== 'female' ? a : undefined;
    if (father === undefined) continue;
    add('father', `${father} ${last}`);
    add('mother', `${father === a ? b : a} ${last}`);
  }
  // "her husband, Aldo Finch", "his son Tomas Reyes": a relation word directly before a full name.
  const single = new RegExp(`${OWNER}\\s+(\\p{Ll}+),?\\s+(${GIVEN}(?:\\s+\\p{Lu}\\.)?(?:\\s+${SURNAME})+)`, 'gu');
  for (const m of body.matchAll(single)) {
    const relation = relationOf(m[1] as string);
    if (relation) add(relation, (m[2] as string).replace(/['’]s$/, ''));
  }
  return out;
}
