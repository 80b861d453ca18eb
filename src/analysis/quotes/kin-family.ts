/**
 * Relatives a reader identifies through the family the article has introduced, though the relation itself is never
 * written next to the name.
 *
 * - "his father said" of a man introduced as someone's son ("Their son, Dan Roe, ..."): the one other person of his
 *   surname and the father's sex the story has named ("Raf Roe") is his father.
 * - "her daughter said" of a woman introduced as someone's mother ("Mia Lund came with her mother, Ana"): the person
 *   she was introduced through is her daughter.
 */
import type { Gender } from './phrase.js';

const PARENT_SEX = new Map<string, Gender>([['father', 'male'], ['mother', 'female']]);
const CHILD_RELATIONS = ['son', 'daughter'];

/** Capitalised words that open a sentence or a time phrase before a name ("On Monday Karl Voss"). */
const LEADING_NOT_NAME =
  /^(?:(?:On|In|At|The|But|And|Then|Later|Last|This|When|After|Before|Meanwhile|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\s+)+/;

export interface FamilyCandidate {
  name: string;
  gender: Gender | undefined;
}

/**
 * The parent `relation` ("father"/"mother") of `owner`, when the owner was introduced as a child (`kin` holds the
 * article's relation -> names) and exactly one other person of the owner's surname and the parent's sex is named.
 */
export function parentBySurname(owner: string, relation: string, kin: Map<string, Set<string>>, people: FamilyCandidate[]): string | undefined {
  const sex = PARENT_SEX.get(relation);
  const surname = owner.split(/\s+/).pop();
  if (!sex || !surname || !owner.includes(' ')) return undefined;
  const children = new Set(CHILD_RELATIONS.flatMap((r) => [...(kin.get(r) ?? [])]));
  if (!children.has(owner)) return undefined;
  const found = new Set(
    people
      .filter((p) => p.name !== owner && p.name.includes(' ') && p.name.split(/\s+/).pop() === surname && p.gender === sex && !children.has(p.name))
      .map((p) => p.name),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

/** Given name of a parent -> the child introduced with them ("Mia Lund ... with her mother, Ana") and the child's relation. */
export function childrenByParent(body: string): Map<string, { child: string; relation: string }[]> {
  const out = new Map<string, { child: string; relation: string }[]>();
  const pattern = /([^.!?\n]{0,160}?)\b(his|her)\s+(mother|father|mum|mom|dad),?\s+(\p{Lu}\p{Ll}+)(?![\p{L}'’-]|\s+\p{Lu})/gu;
  for (const m of body.matchAll(pattern)) {
    // The child is the last full name before "her mother" in the sentence: its subject or the person just named.
    const runs = [...(m[1] as string).matchAll(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu)];
    const child = runs[runs.length - 1]?.[0].replace(LEADING_NOT_NAME, '');
    if (child === undefined) continue;
    const parent = m[4] as string;
    const relation = m[2] === 'his' ? 'son' : 'daughter';
    const list = out.get(parent) ?? [];
    list.push({ child, relation });
    out.set(parent, list);
  }
  return out;
}

/** The child `relation` of a parent known by `parentName` (a lone given name or a full name starting with it). */
export function childOf(parentName: string, relation: string, byParent: Map<string, { child: string; relation: string }[]>): string | undefined {
  const given = parentName.split(/\s+/)[0] ?? '';
  const found = new Set((byParent.get(given) ?? []).filter((c) => c.relation === relation && c.child !== parentName).map((c) => c.child));
  return found.size === 1 ? [...found][0] : undefined;
}
