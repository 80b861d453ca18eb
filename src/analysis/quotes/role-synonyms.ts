/**
 * The role nouns a title implies, for referring back: "Mr Justice Ann Roe" is "the judge", "District Attorney Ann
 * Roe" is "the prosecutor", "Sen. Ann Roe" is "the senator" and "the lawmaker", "Ambassador Ann Roe" is "the
 * diplomat". News introduces a person with the formal title and refers back with the everyday noun; a reader
 * joins the two without thinking.
 */

/** Lowercased title words (after splitting on spaces and hyphens) -> role nouns they imply. */
const IMPLIED = new Map<string, string[]>([
  ['justice', ['judge']],
  ['magistrate', ['judge']],
  ['sen.', ['senator', 'lawmaker', 'legislator']],
  ['senator', ['lawmaker', 'legislator']],
  ['rep.', ['representative', 'congressman', 'congresswoman', 'lawmaker', 'legislator']],
  ['representative', ['lawmaker', 'legislator']],
  ['congressman', ['lawmaker', 'legislator']],
  ['congresswoman', ['lawmaker', 'legislator']],
  ['assemblyman', ['lawmaker', 'legislator']],
  ['assemblywoman', ['lawmaker', 'legislator']],
  ['mp', ['lawmaker', 'legislator']],
  ['mep', ['lawmaker', 'legislator']],
  ['gov.', ['governor']],
  ['ambassador', ['diplomat', 'envoy']],
  ['envoy', ['diplomat']],
  ['ceo', ['executive', 'chief', 'boss']],
  ['chairman', ['boss']],
  ['chairwoman', ['boss']],
  ['manager', ['boss']],
  ['det.', ['detective', 'officer']],
  ['detective', ['officer']],
  ['sgt.', ['sergeant', 'officer']],
  ['sergeant', ['officer']],
  ['trooper', ['officer']],
  ['supt.', ['superintendent']],
  ['insp.', ['inspector']],
  ['prof.', ['professor']],
  ['dr.', ['doctor']],
  ['host', ['presenter']],
  ['presenter', ['host']],
  ['anchor', ['host', 'presenter']],
  ['anchorman', ['host', 'presenter', 'anchor']],
  ['anchorwoman', ['host', 'presenter', 'anchor']],
]);

/** Two-word titles implying a role ("district attorney" -> prosecutor). */
const IMPLIED_PAIRS = new Map<string, string[]>([
  ['district attorney', ['prosecutor']],
  ['state attorney', ['prosecutor']],
  ["state's attorney", ['prosecutor']],
  ['crown prosecutor', ['prosecutor']],
  ['public prosecutor', ['prosecutor']],
  ['chief executive', ['executive', 'ceo', 'boss']],
  ['managing director', ['boss']],
  ['police officer', ['officer']],
]);

/** The words of a role plus the everyday role nouns its title implies, lowercased. */
export function roleWordsWithImplied(role: string): string[] {
  const words = role.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const out = new Set(words);
  for (const w of words) for (const implied of IMPLIED.get(w) ?? []) out.add(implied);
  for (let i = 0; i + 1 < words.length; i++) {
    for (const implied of IMPLIED_PAIRS.get(`${words[i] as string} ${words[i + 1] as string}`) ?? []) out.add(implied);
  }
  return [...out];
}
