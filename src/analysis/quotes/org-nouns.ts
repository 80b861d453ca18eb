/**
 * What common nouns news uses to refer back to a named body, beyond the noun inside its name.
 *
 * "the agency" after "the Federal Aviation Administration", "the Food Standards Authority" or "the Census Bureau":
 * a government body is "the agency" whatever its own name calls it; "the newspaper" after "the Ledger Chronicle". And a company named by its trade ("Carrow
 * Aerospace", "Delta Pharmaceuticals") is a company even when nothing else says so: a reader never takes it for a
 * person, and "the company said" later refers back to it.
 */

/** Last words of a public body's name that "the agency" may refer back to. */
const AGENCY_NAME_WORDS = new Set(
  `Administration Agency Commission Authority Bureau Service Board Office Department Directorate Inspectorate Survey
  Center Centers Centre Institute Institutes Executive Regulator Ombudsman`.split(/\s+/),
);

/** Last words of a newspaper's name ("the Ledger Chronicle", "The Daily Courier") that "the newspaper" refers back to. */
const PAPER_NAME_WORDS = new Set(
  `Times Post Chronicle Journal Herald Tribune Gazette Telegraph Guardian Independent Observer Mail Express Star Sun
  Record Inquirer Examiner Courier Bulletin Globe Mirror Standard Register Dispatch Monitor Ledger Sentinel Enquirer
  Advertiser Argus Leader Daily Press Free Citizen Democrat Republican Statesman Beacon Clarion Mercury`.split(/\s+/),
);

/** Legal and group suffixes of a company's name ("Kanto Steel Corp.", "Lumen Holdings"): "the company" fits them. */
const COMPANY_NAME_WORDS = new Set(
  `Corp Corp. Corporation Inc Inc. Incorporated Co Co. Ltd Ltd. Limited LLC plc PLC AG SA NV GmbH Group Holdings`.split(/\s+/),
);

/** Nouns for a body whose own name may carry another institution word, with the name words that fit them. */
const NAME_WORDS_FOR_HEAD = new Map<string, Set<string>>([
  ['agency', AGENCY_NAME_WORDS],
  // "the department" after "the Home Office", "the Treasury": a government department named otherwise.
  ['department', new Set(['Office', 'Ministry', 'Treasury', 'Department'])],
  ['newspaper', PAPER_NAME_WORDS],
  // "the school said" after "Westbrook University": US news calls a university or college its school.
  ['school', new Set(['University', 'College', 'Academy', 'School', 'Institute'])],
  // "the club said" after "Harbour Rovers FC".
  ['club', new Set(['FC', 'AFC', 'SC', 'CF', 'United', 'Rovers', 'Wanderers', 'Athletic', 'Albion'])],
  ['company', COMPANY_NAME_WORDS],
  ['firm', COMPANY_NAME_WORDS],
  ['paper', PAPER_NAME_WORDS],
  ['daily', PAPER_NAME_WORDS],
]);

/** Heads whose fitting word may stand anywhere in the body's name. */
const ANY_WORD_HEADS = new Set(['agency', 'department']);

/** Last words of a company's name that say what trade it is in ("Carrow Aerospace", "Lumen Technologies"). */
const TRADE_WORDS = new Set(
  `Aerospace Aviation Motors Automotive Pharmaceuticals Pharma Therapeutics Biotech Biosciences Technologies Technology
  Tech Systems Industries Energy Petroleum Oil Gas Mining Minerals Resources Steel Chemicals Media Entertainment
  Studios Pictures Records Software Labs Logistics Shipping Freight Foods Beverages Brands Capital Partners Ventures
  Solutions Healthcare Electronics Semiconductor Semiconductors Telecom Telecommunications Communications Networks
  Robotics Dynamics Construction Developments Properties Realty Insurance Financial Securities Investments
  Airlines Airways Railways Rail Cruises Hotels Resorts Retail Stores Apparel Cosmetics Games Interactive`.split(/\s+/),
);

/** Whether an organisation's name fits a noun referring back to it ("the agency" -> "... Administration"). */
export function nameFitsHead(name: string, head: string): boolean {
  const words = name.split(/\s+/);
  if (words.some((w) => w.toLowerCase() === head)) return true;
  // "the company" after "Carrow Aerospace": a company named by its trade.
  if ((head === 'company' || head === 'firm') && isTradeName(name)) return true;
  // "the hospital" after "Mercy Medical Center", "the Royal Infirmary".
  if (head === 'hospital' && /\b(?:(?:Medical|Health|Children['’]s|Cancer|Trauma)\s+(?:Center|Centre)|Infirmary)\b/.test(name)) return true;
  const fitting = NAME_WORDS_FOR_HEAD.get(head);
  if (fitting === undefined) return false;
  // A public body's word may lead its name ("Ministry of Justice", "Office of the Ombudsman"); a paper's ends it.
  return ANY_WORD_HEADS.has(head) ? words.some((w) => fitting.has(w)) : fitting.has(words[words.length - 1] ?? '');
}

/** A name of two or more words ending in a trade word: a company, not a person ("Carrow Aerospace"). */
export function isTradeName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && TRADE_WORDS.has(words[words.length - 1] ?? '');
}

/**
 * "The San Francisco Ledger's website reported ... the newspaper said": the latest newspaper name written before body
 * offset `at` (capitalised words ending in a paper word, "The" dropped), for when the entity pass missed it.
 */
export function paperNamedBefore(body: string, at: number): string | undefined {
  let found: string | undefined;
  for (const m of body.slice(0, at).matchAll(/((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})(\p{Lu}\p{Ll}+)(?=['’]s\b|[^\p{L}'’]|$)(?!\s+\p{Lu})/gu)) {
    if (!PAPER_NAME_WORDS.has(m[2] as string)) continue;
    const words = `${m[1] as string}${m[2] as string}`.split(/\s+/);
    while (words.length > 1 && /^(?:The|A|In|On|At|By|From|For|And|But|To)$/.test(words[0] as string)) words.shift();
    if (words.length >= 2) found = words.join(' ');
  }
  return found;
}

/**
 * "The rail operator, Westline, said", "low-cost carrier Skyvale": an organisation the body introduces with the noun
 * right before its name or in apposition, for names the entity pass did not type as organisations. The latest such
 * name before body offset `at`, with where it was written.
 */
export function namedWithNoun(body: string, head: string, at: number): { name: string; at: number } | undefined {
  const name = String.raw`(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})`;
  const pattern = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,3}${head},\s+${name},|\b\p{Ll}+\s+${head}\s+${name}\b`, 'gu');
  let found: { name: string; at: number } | undefined;
  for (const m of body.slice(0, at).matchAll(pattern)) {
    const written = (m[1] ?? m[2]) as string;
    found = { name: written.replace(/['’]s$/, ''), at: (m.index ?? 0) + m[0].lastIndexOf(written) };
  }
  return found;
}
