/**
 * Roles an article gives someone with a verb instead of a title: "Ann Roe SC, who prosecuted the case, ...", "Ann
 * Roe, prosecuting, told the court" (British court style), "Tom Marsh, who founded the charity in 2004". A later
 * "the prosecutor said" or "the founder said" refers back to that person exactly as it would after "prosecutor Ann
 * Roe".
 */

import { SPEAKER_NOUNS, TITLE_WORDS } from './lexicon.js';

/** Role noun -> the verb stem that gives it ("prosecut" covers prosecuted, prosecuting, prosecutes). */
const VERB_FOR_ROLE = new Map<string, string>([
  ['prosecutor', 'prosecut'],
  ['founder', 'found'],
  ['coach', 'coach'],
  ['chair', 'chair'],
  ['chairman', 'chair'],
  ['chairwoman', 'chair'],
  ['owner', 'own'],
  ['host', 'host'],
  ['director', 'direct'],
  ['manager', 'manag'],
]);

/** Roles whose verb names them as a main verb too ("hosted the show"); "managed to", "directed questions" do not. */
const MAIN_CLAUSE_ROLES = new Set(['host', 'coach', 'founder', 'chair', 'chairman', 'chairwoman', 'prosecutor']);

const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+))+`;
/** Post-nominal letters between a lawyer's name and the comma ("SC", "KC", "QC"). */
const POSTNOMINAL = String.raw`(?:\s+(?:SC|KC|QC|Esq\.?))?`;

/** Each role's two patterns, built once: the appositive or relative clause, and the main clause (null when the verb
 * names no role as a main verb). matchAll copies a global regex, so sharing these is safe. */
const ROLE_PATTERNS = new Map<string, { clause: RegExp; main: RegExp | null }>(
  [...VERB_FOR_ROLE].map(([role, stem]) => [
    role,
    {
      clause: new RegExp(
        String.raw`(${NAME})${POSTNOMINAL},\s+(?:who\s+(?:(?:is|was|has|had)\s+(?:been\s+)?)?(?:also\s+)?${stem}(?:s|es|ed|d|ing)?\b|${stem}ing,)`,
        'gu',
      ),
      main: MAIN_CLAUSE_ROLES.has(role)
        ? new RegExp(String.raw`(${NAME})\s+(?:also\s+)?${stem}(?:s|es|ed|d)\s+(?:the|a|an|his|her|their)\s`, 'gu')
        : null,
    },
  ]),
);

/**
 * The holders found in the latest body, by role: the discourse asks once per unresolved "the founder"-type phrase,
 * and each answer scans the whole body. Only the latest body is kept (articles are analysed one at a time).
 */
let cachedBody: string | undefined;
let cachedHolders = new Map<string, readonly string[]>();

/**
 * The full names the body gives `role` with a verb in an appositive or relative clause right after the name
 * ("NAME, who prosecuted ...", "NAME, prosecuting,"). Empty when the role is not one a verb gives.
 */
export function clauseRoleHolders(body: string, role: string): string[] {
  const patterns = ROLE_PATTERNS.get(role);
  if (!patterns) return [];
  if (cachedBody !== body) {
    cachedBody = body;
    cachedHolders = new Map();
  }
  let holders = cachedHolders.get(role);
  if (!holders) {
    holders = scanHolders(body, patterns.clause, patterns.main);
    cachedHolders.set(role, holders);
  }
  return [...holders];
}

function scanHolders(body: string, clause: RegExp, main: RegExp | null): string[] {
  const found = new Set<string>();
  for (const m of body.matchAll(clause)) found.add((m[1] as string).replace(/\s+(?:SC|KC|QC|Esq\.?)$/, ''));
  // "Ann Roe hosted the show", "Tom Reyes coaches the side": the name as the subject of the verb and its object.
  if (main) {
    for (const m of body.matchAll(main)) {
      // "Comedian Ann Roe hosted": an occupation written as a title before the name is no part of it.
      const words = (m[1] as string).split(/\s+/);
      const first = (words[0] as string).toLowerCase();
      found.add(words.length > 2 && (SPEAKER_NOUNS.has(first) || TITLE_WORDS.has(first)) ? words.slice(1).join(' ') : (m[1] as string));
    }
  }
  return [...found];
}
