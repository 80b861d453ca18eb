/**
 * A feature lede introduces its subject by description and names them in the next paragraph: "A Dunmore woman says
 * she was turned away three times." / "Marta Kell, 52, waited ...". A reader takes the lede's person as the one named
 * there, when that paragraph opens by introducing exactly one new person of that kind.
 */
import type { Gender } from './phrase.js';

/** Heads a lede uses for an ordinary person it will name next (not officials or anonymous sources, who stay unnamed). */
const LEDE_HEADS = new Set(
  `woman man mother father grandmother grandfather widow widower teenager girl boy farmer nurse teacher student
  parent worker owner driver veteran survivor shopkeeper fisherman retiree pensioner homeowner tenant landlord mum mom dad
  couple volunteer patient doctor artist musician runner climber baker chef`.split(/\s+/),
);
const FEMALE_HEADS = new Set(['woman', 'mother', 'grandmother', 'widow', 'girl', 'mum', 'mom']);
const MALE_HEADS = new Set(['man', 'father', 'grandfather', 'widower', 'boy', 'dad', 'fisherman']);

/** "Marta Kell, 52,", "Marta Kell, a mother of three,", "Marta Kell, who ...", "Marta Kell said": the opening name. */
const OPENING_NAME = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,\s+(?:\d{1,3}\b|an?\s|who\s)|\s+\p{Ll})/u;
/** "Eric Brill, 59, said": a name introduced with an age, the only opening trusted past the lede. */
const AGED_OPENING_NAME = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+\d{1,3},/u;
/** The same after a fronted participle clause ("Testifying before the committee, Lena Varga said ..."). */
const FRONTED_OPENING_NAME = /^\p{Lu}\p{Ll}+ing\b[^.,;:]*,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,\s+(?:\d{1,3}\b|an?\s|who\s)|\s+\p{Ll})/u;

/**
 * Heads of descriptions that stand for someone the story quotes as a source and need not name (a spokesman, an
 * official, a witness): never the protagonist a lede describes by role.
 */
const SOURCE_HEADS = new Set(
  `spokesman spokeswoman spokesperson official officer source insider person individual resident witness neighbour
  neighbor friend relative expert analyst observer representative member employee staffer aide adviser advisor
  lawyer attorney police investigator detective prosecutor judge diplomat`.split(/\s+/),
);

/**
 * A lede description that singles out the story's protagonist by role: a role of a named body ("The chief executive
 * of SkyRoute conceded ..."), or one followed by what the person is accused of ("A former treasurer accused of ...
 * told a jury"). `after` is the body text right after the description.
 */
export function isProtagonistRole(head: string, determiner: string | undefined, complement: string | undefined, after: string): boolean {
  if (SOURCE_HEADS.has(head)) return false;
  if (determiner === 'the') return complement !== undefined && /^of\s+(?:the\s+)?\p{Lu}/u.test(complement);
  if (determiner !== 'a' && determiner !== 'an') return false;
  return /^\s*,?\s*(?:accused|charged|convicted|suspected|jailed|sentenced|found\s+guilty)\b/.test(after);
}

export interface LedeLookup {
  /** The person the article names with `name` at [start, end), with any role written with it, or undefined. */
  person(name: string, start: number, end: number): { name: string; role?: string } | undefined;
  gender(name: string): Gender | undefined;
}

/** A run of two or three capitalised words: a candidate full name. */
const NAME_RUN = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?![\p{L}'’-])/gu;

/**
 * The person a lede's indefinite description ("a Dunmore woman", at body offset `at`) turns out to be: the first new
 * person named after it in its own paragraph ("... She says ... Marta Kell says ..."), else the person whose name
 * opens the next paragraph ("Marta Kell, 52, ..."). Only in the opening paragraphs (a headline line may come first),
 * only a name not used before the description, with no role of another kind, of a gender that fits the head, and not
 * when the text then speaks of "the woman" as someone else beside that person. A `protagonist` description
 * (isProtagonistRole) may have any head, and its person may also open the next paragraph after a participle clause.
 */
export function ledeNamedPerson(body: string, at: number, head: string, lookup: LedeLookup, protagonist = false, end = at): string | undefined {
  if (!LEDE_HEADS.has(head) && !protagonist) return undefined;
  const leadStart = body.search(/\S/);
  if (leadStart < 0) return undefined;
  // Past the opening paragraphs only the strongest link counts: the next paragraph opens by introducing a new
  // person with an age ("A Rancho Palos Verdes man ... said ..." / "Eric Brill, 59, said ...").
  const opening = (body.slice(leadStart, at).match(/\n\s*\n/g) ?? []).length <= 1;
  const gap = /\n\s*\n\s*/g;
  gap.lastIndex = at;
  const sep = gap.exec(body);
  const paraEnd = sep ? sep.index : body.length;
  const fits = (start: number, written: string): string | undefined => {
    const found = lookup.person(written, start, start + written.length);
    if (!found) return undefined;
    const surname = found.name.split(/\s+/).pop() as string;
    if (body.slice(0, at).includes(surname)) return undefined;
    if (found.role !== undefined && !found.role.toLowerCase().includes(head)) return undefined;
    // "Resident Ann Roe said": a title written before the name introduces one of many holders, not the lede's person.
    if (written.split(/\s+/).length > found.name.split(/\s+/).length) return undefined;
    const before = body.slice(Math.max(0, start - 40), start);
    if (/\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Rev|Sir|Dame)\.?\s*$/.test(before)) return undefined;
    // "her neighbour Ann Cole", "the driver, Tom Reyes": a name introduced with a role noun is someone else.
    if (/\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?)\s+[\p{Ll}-]+,?\s+$/u.test(before)) return undefined;
    const gender = lookup.gender(found.name);
    if (gender === 'male' && FEMALE_HEADS.has(head)) return undefined;
    if (gender === 'female' && MALE_HEADS.has(head)) return undefined;
    return found.name;
  };
  // In its own paragraph: the first capitalised run after the description that is a fitting person; any other
  // person named first means the lede moved on to someone else.
  // Names inside the description itself ("a Rancho Palos Verdes man") are its qualifiers, not the person.
  for (const m of body.slice(end, paraEnd).matchAll(NAME_RUN)) {
    const written = m[1] as string;
    const start = end + (m.index ?? 0);
    if (!lookup.person(written, start, start + written.length)) continue;
    return opening ? fits(start, written) : undefined;
  }
  if (!sep) return undefined;
  const nextStart = sep.index + sep[0].length;
  const nextEnd = body.indexOf('\n', nextStart) < 0 ? body.length : body.indexOf('\n', nextStart);
  const next = body.slice(nextStart, nextEnd);
  const m = opening ? (OPENING_NAME.exec(next) ?? (protagonist ? FRONTED_OPENING_NAME.exec(next) : null)) : AGED_OPENING_NAME.exec(next);
  if (!m || m[1] === undefined) return undefined;
  if (new RegExp(String.raw`\bthe\s+${head}\b`, 'i').test(next)) return undefined;
  return fits(nextStart + m[0].indexOf(m[1]), m[1]);
}
