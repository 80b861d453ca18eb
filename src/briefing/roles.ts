/**
 * Roles as a reader should see them. Articles write ranks and offices abbreviated before a name ("Iranian Gen.
 * Qassem Soleimani", "Canadian Maj.-Gen. Jennie Carnigan"); once the name is gone, "Iranian Gen." is a fragment.
 * Display code expands the common military and civil title abbreviations; the analysis keeps the text as written.
 */

/** Abbreviation (lowercase, without its period) -> the word it stands for. */
const TITLES: Record<string, string> = {
  gen: 'general',
  maj: 'major',
  lt: 'lieutenant',
  lieut: 'lieutenant',
  col: 'colonel',
  capt: 'captain',
  cpt: 'captain',
  cmdr: 'commander',
  cdr: 'commander',
  cmdt: 'commandant',
  brig: 'brigadier',
  sgt: 'sergeant',
  cpl: 'corporal',
  pvt: 'private',
  pte: 'private',
  spc: 'specialist',
  adm: 'admiral',
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  reps: 'representatives',
  pres: 'president',
  sec: 'secretary',
  secy: 'secretary',
  amb: 'ambassador',
  atty: 'attorney',
  supt: 'superintendent',
  insp: 'inspector',
  det: 'detective',
  const: 'constable',
  prof: 'professor',
  rev: 'reverend',
};

// A title abbreviation as its own token: "Gen." anywhere, or "Gen"/"Maj" without the period (British style) when
// capitalised, or as the first part of a hyphenated rank ("Maj.-Gen.", "Lt-Col").
const TOKEN = /(?<![\p{L}\p{N}.])(\p{L}+)(\.)?(?=[-\s,;)]|$)/gu;

function expand(word: string, period: string | undefined): string | undefined {
  const key = word.toLowerCase();
  if (!Object.hasOwn(TITLES, key)) return undefined;
  // Without a period only a capitalised abbreviation counts ("Gen", not the word "gen"; "Sec" but not "sec").
  if (!period && !/^\p{Lu}/u.test(word)) return undefined;
  return TITLES[key];
}

/** "Iranian Gen." -> "Iranian general", "Canadian Maj.-Gen." -> "Canadian major-general"; other roles unchanged. */
export function readableRole(role: string): string {
  return role.replace(TOKEN, (whole, word: string, period: string | undefined) => expand(word, period) ?? whole).replace(/\s+/g, ' ').trim();
}

/** Distinct readable roles, in order (two spellings of one role shown once). */
export function readableRoles(roles: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of roles) {
    const text = readableRole(r);
    const key = text.toLowerCase().replace(/[-\s]+/g, ' ');
    if (text && !seen.has(key)) {
      seen.add(key);
      out.push(text);
    }
  }
  return out;
}
