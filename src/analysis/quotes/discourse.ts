/**
 * Speaker resolution across an article: turns a parsed speaker phrase into a Speaker, remembering who has been
 * introduced so that "he", "they", "the diplomat" and "another diplomat" resolve the way a reader resolves them.
 *
 * - Pronouns take the most recent compatible referent: he/she a person or a singular person description whose
 *   gender is unknown or matches (a resolved pronoun then fixes that referent's gender); they a group, plural
 *   description or organisation; it an organisation. I/we are not resolved (unknown).
 * - "the diplomat" is the most recent referent with that head noun (or a named person whose role has it, so "the
 *   secretary-general" is Mara Lind when he was introduced as such); without one it is a new description.
 * - "another diplomat" / "a second diplomat" is a new description that inherits the qualifiers of the latest
 *   same-head description ("a NATO diplomat" -> "another NATO diplomat"), unless it brings its own ("another
 *   diplomat, from a Pacific island state") or the latest one had none.
 */
import { isCommonWord } from '../entities/gazetteer.js';
import type { Speaker } from '../types.js';
import { escapeRegExp, type NameIndex } from './names.js';
import { ORG_HEADS, ORG_NAME_WORDS, SPEAKER_NOUNS, TITLE_WORDS } from './lexicon.js';
import { cleanPersonName, isTitleBeforeSurname } from './person-name.js';
import { kinNames, relationOf } from './kin.js';
import { childOf, childrenByParent, parentBySurname } from './kin-family.js';
import { appositiveName, indefiniteAntecedent } from './appositions.js';
import { possessiveOwner, singular } from './tokens.js';
import { isCapitalisedRole } from './role-titles.js';
import { isTradeName, nameFitsHead, namedWithNoun, paperNamedBefore } from './org-nouns.js';
import { roleWordsWithImplied } from './role-synonyms.js';
import { clauseRoleHolders } from './clause-roles.js';
import { isProtagonistRole, ledeNamedPerson } from './lede-person.js';
import { epithetHolder, isPersonEpithet } from './epithets.js';
import { speakersEarlierInSentence } from './sentence-speaker.js';
import { NOT_NAMES, genderFromNameOnly, genderOf, isEpithet, parseSpeakerPhrase, type Gender, type SpeakerPhrase } from './phrase.js';

interface Referent {
  speaker: Speaker;
  /** Last offset at which the text referred to it. */
  at: number;
  gender?: Gender;
  /** The gender came from a first-name list only, so a pronoun may still overrule it. */
  genderWeak?: boolean;
  plural: boolean;
  person: boolean;
  head?: string;
  modifiers: string[];
  /** Lowercased words of the role, for "the secretary-general". */
  roleWords: string[];
  /** Only ever cited as a source of facts ("according to the board"), never seen speaking. */
  cited?: boolean;
  /** Seen speaking (a quotation's speaker, or the subject of a speech verb): who "the statement" may be from. */
  spoke?: boolean;
}

/** Words that may stand between an owner and a relation ("X's eldest daughter", "X's late husband"). */
const KIN_ADJECTIVES = new Set(['eldest', 'oldest', 'youngest', 'younger', 'older', 'elder', 'late', 'only', 'teenage', 'adult', 'adopted']);
/** A capitalised possessive naming a relative's owner ("Reyes's", "Voss’"). */
const NAMED_OWNER = /^\p{Lu}[\p{L}-]*['’]s?$/u;
/** How far back (characters) the person in focus may have been named for "X's daughter" to be them. */
const FOCUS_REACH = 800;

/** Last words that make "Jordan River", "Charlotte Street" or "Georgia Tech" a place or body, not a person. */
const PLACE_WORDS = new Set(
  `Street Road Avenue Lane Drive Boulevard Way Square Park Bridge River Lake Bay Beach Island Islands Valley Mountain
  Mountains Hill Hills Station Airport Stadium Arena Hall Tower City County Town Village Line Tech State Harbor Harbour
  Creek Falls Canyon Forest Desert Coast Point Springs Heights`.split(/\s+/),
);

/** A statement, letter or release is not a speaker: its author is. */
const STATEMENT_HEADS = new Set([
  'statement', 'communique', 'communiqué', 'release', 'letter', 'declaration', 'notice', 'announcement', 'advisory',
  'message', 'alert',
]);
/** Words for one anonymous source, interchangeable when referring back ("a source ..." -> "the insider"). */
const ANONYMOUS_HEADS = new Set(['source', 'insider', 'person', 'individual']);
/** Plural heads that refer back to a listed group ("the five countries", "the three governments"). */
const GROUP_HEADS = new Set(['country', 'nation', 'government', 'state', 'party', 'ally', 'partner', 'member', 'signatory']);
/** Organisation heads that refer back to any organisation named earlier; others must occur in the name ("the
 * ministry" -> "the Ministry of Health"). */
const GENERIC_ORG_HEADS = new Set(
  `organisation organization group company firm body charity airline carrier retailer lender insurer operator maker
  manufacturer carmaker automaker broadcaster network startup corporation chain utility watchdog regulator team club
  franchise studio drugmaker chipmaker conglomerate`.split(/\s+/),
);
/** How far back (characters) "one"/"another" may find the group it is a member of: the same or previous sentence. */
const ELLIPSIS_REACH = 400;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

function listSize(name: string): number {
  return name.split(/,|\band\b|&/).filter((p) => p.trim()).length;
}

/** What a person's office, family or spokespeople are called after a possessive ("the senator's office"). */
const ROLE_OWNED_HEADS = new Set(['office', 'campaign', 'family', 'lawyer', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson', 'camp']);

/** Determiners that point back to someone already introduced ("the lawyer", "her lawyer" -> Ivo Brandt). */
const REFERRING_DETERMINERS = new Set(['the', 'this', 'that', 'his', 'her', 'their', 'its']);

const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'other', 'further', 'separate', 'different']);
const NEW_REFERENT_DETERMINERS = new Set(['another']);

/**
 * Nouns for what a notable person is in general, which news uses to refer back to the person in focus ("Allen ...
 * The entrepreneur is also working on ..."), like the epithets of phrase.ts. Not roles in an event (driver, witness),
 * which usually introduce someone new.
 */
const STATUS_EPITHETS = new Set(['entrepreneur', 'businessman', 'businesswoman', 'mogul', 'magnate', 'philanthropist', 'industrialist', 'financier']);

/** Collective nouns that say how many people they are ("the pair" after "Ann Roe and Tom Lee"). */
const COLLECTIVE_SIZES = new Map([['pair', 2], ['couple', 2], ['duo', 2], ['trio', 3]]);

/** Singular nouns for several people that English refers back to with "they". */
const THEY_COLLECTIVES = new Set(['family', 'couple', 'pair', 'duo', 'trio', 'crew', 'band']);

/** Words of a role description that say when someone holds it, not which role ("acting", "interim"). */
const ROLE_TENURE = new Set(['acting', 'interim', 'current', 'incumbent']);
/** Offices one person holds in a story, which a lead may introduce with "a" before the body names the holder. */
const LEAD_OFFICES = new Set(['judge', 'magistrate', 'prosecutor', 'coroner', 'sheriff', 'mayor', 'governor', 'premier', 'coach']);
/** Possessives that point back to the place the story is about ("the country's", "the state's"). */
const GENERIC_PLACE_OWNERS = new Set(["country's", "nation's", "state's", "city's", "kingdom's", "republic's", "island's", "province's", "region's", "county's", "territory's"]);
/** Heads that are no role anyone is given as a title (statements, anonymous sources, people in general). */
const NOT_ROLE_HEADS = new Set([...STATEMENT_HEADS, ...ANONYMOUS_HEADS, 'man', 'woman', 'boy', 'girl', 'people', 'official', 'officer', 'resident']);

const norm = (w: string): string => w.toLowerCase().replace(/[’']/g, "'");

/**
 * "Jefferies analysts said" opening a sentence: phrase.ts lowers a sentence-initial capital, but a word the article
 * also capitalises in mid-sentence is a name and keeps it. Undefined when nothing changes.
 */
function properFirstWord(phrase: SpeakerPhrase, body: string | undefined): string | undefined {
  const written = /^\p{Lu}[\p{Ll}'’-]+/u.exec(phrase.text)?.[0];
  if (!written || body === undefined || !phrase.name.startsWith(written.toLowerCase()) || isCommonWord(written)) return undefined;
  // Standing alone mid-sentence, not inside a longer name ("West Midlands Ambulance Service").
  const midSentence = new RegExp(`[\\p{Ll},]\\s+${escapeRegExp(written)}(?![\\p{L}])(?!\\s+\\p{Lu})`, 'u');
  return midSentence.test(body) ? written + phrase.name.slice(written.length) : undefined;
}

/**
 * The name inside a possessive person phrase ("Veld’s"), when the article also writes that name without the 's; a
 * name the article only ever writes with it ("McDonald’s") is a brand and stays whole.
 */
function possessiveOwnerName(name: string, body: string | undefined): string | undefined {
  const m = /^(.*\p{L})['’]s?$/u.exec(name);
  if (!m?.[1] || body === undefined) return undefined;
  const bare = new RegExp(`(?<![\\p{L}])${escapeRegExp(m[1])}(?![\\p{L}'’])`, 'u');
  return bare.test(body) ? m[1] : undefined;
}

/**
 * "Senator Ann Roe and Representative Tom Lee": the members' names without their titles, as a person speaker's
 * name is; unchanged unless every member is a titled full name.
 */
function withoutMemberTitles(list: string): string {
  const parts = list.split(/(,\s*(?:and\s+|&\s+)?|\s(?:and|&)\s)/);
  const cleaned = parts.map((p, i) => (i % 2 === 1 ? p : cleanPersonName(p.trim()).name));
  const titled = parts.some((p, i) => i % 2 === 0 && cleaned[i] !== p.trim());
  // Bodies are no titled people: "American Action Network" keeps its first word.
  const full = cleaned.every((p, i) => i % 2 === 1 || (/^\p{Lu}\S*(?:\s+\S+)+$/u.test(p) && !p.split(/\s+/).some((w) => ORG_NAME_WORDS.has(w))));
  return titled && full ? cleaned.join('') : list;
}

export class Discourse {
  private readonly referents: Referent[] = [];

  /** People the article says use they/them pronouns ("Sam Reyes, who uses they/them pronouns"). */
  private readonly singularThey = new Set<string>();

  /** The article's introduced relatives, read on first need (kin-family.ts). */
  private family: { kin: Map<string, Set<string>>; byParent: ReturnType<typeof childrenByParent> } | undefined;

  /** `body` (the article body) lets narrative sentences name people the entity mentions missed (notePeopleIn). */
  constructor(
    private readonly names: NameIndex,
    private readonly body?: string,
  ) {
    // "a nurse named Sam Reyes who uses they/them pronouns": the person named last before the words, in the sentence.
    for (const m of (body ?? '').matchAll(/\b(?:uses?|using|prefers?|goes\s+by)\s+(?:the\s+)?(?:pronouns?\s+)?they\s*\/\s*them\b/gi)) {
      const at = m.index ?? 0;
      const before = (body ?? '').slice(Math.max(0, at - 200), at).split(/[.!?]\s/).pop() ?? '';
      const runs = [...before.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu)];
      const last = runs[runs.length - 1]?.[0];
      if (last) this.singularThey.add(names.resolve(last, -1, -1).name);
    }
  }

  /** A lone capitalised word is a person only when the article gives someone that surname in full. */
  isKnownPerson(name: string): boolean {
    return name.includes(' ') || this.names.knowsSurname(name);
  }

  /** A person the narrative makes the subject of a sentence (a candidate for a later "he"/"she"). */
  notePerson(name: string, role: string | undefined, at: number, gender?: Gender): void {
    // "Carrow Aerospace fixed the fault.": a company the entity pass took for a person is still "the company" later.
    if (isTradeName(name)) {
      this.remember({ name, kind: 'organization' }, at, { person: false, plural: false, modifiers: [] });
      return;
    }
    const speaker: Speaker = { name, kind: 'person' };
    if (role) speaker.role = role;
    const genderWeak = gender === undefined ? undefined : genderFromNameOnly(name.split(/\s+/));
    this.remember(speaker, at, { person: true, plural: false, gender, genderWeak, modifiers: [] });
  }

  /**
   * People named anywhere in a narrative sentence (objects too: "John Mace met Sara Lin. She said ...") become
   * pronoun candidates, ranked just before the sentence's own subject, which is registered after them.
   */
  notePeopleIn(start: number, end: number): void {
    const found = this.names.personsIn(start, end);
    for (const p of found) {
      if (!this.isKnownPerson(p.name)) continue;
      this.notePerson(p.name, p.role, start - 1, genderOf(p.name.split(/\s+/)));
    }
    // "Tomas Brill and his wife bought a camper.": a sentence-opening name the entity mentions missed is still a
    // person when it starts with a known given name; the given name also tells "he" from "she".
    if (this.body === undefined) return;
    const text = this.body.slice(start, end);
    for (const m of text.matchAll(/(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+)((?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}'’-]|\s+\p{Lu})/gu)) {
      const name = `${m[1] as string}${m[2] as string}`;
      if (found.some((p) => p.name.endsWith(name) || name.endsWith(p.name))) continue;
      const words = name.split(/\s+/);
      const gender = genderOf(words);
      // "So Mr. Obama gets to spend": a sentence opener before an honorific is no given name.
      if (words.some((w) => TITLE_WORDS.has(w) || TITLE_WORDS.has(`${w}.`)) || NOT_NAMES.has(words[0] as string)) continue;
      if (gender === undefined || this.names.organizationFor(name) || words.some((w) => ORG_NAME_WORDS.has(w) || PLACE_WORDS.has(w))) continue;
      const full = this.names.resolve(name, start + (m.index ?? 0), start + (m.index ?? 0) + name.length).name;
      this.notePerson(full, undefined, start - 1, gender);
    }
  }

  /**
   * Marks the referent `speaker` resolved to as one seen speaking (a quotation's speaker, the subject of a speech
   * verb), as opposed to someone the story is only about.
   */
  noteSpoke(speaker: Speaker): void {
    for (const r of this.referents) if (r.speaker.kind === speaker.kind && r.speaker.name === speaker.name) r.spoke = true;
  }

  /** Whether `speaker` is a person the text has already called by the other gendered pronoun than `tag`'s. */
  contradictsPronoun(speaker: Speaker, tag: SpeakerPhrase | undefined): boolean {
    if (tag?.kind !== 'pronoun' || (tag.pronoun !== 'he' && tag.pronoun !== 'she') || speaker.kind !== 'person') return false;
    const ref = this.referents.find((r) => r.speaker.kind === 'person' && r.speaker.name === speaker.name);
    const wanted: Gender = tag.pronoun === 'he' ? 'male' : 'female';
    return ref?.gender !== undefined && ref.genderWeak !== true && ref.gender !== wanted;
  }

  /** Resolves the source after "according to": like `resolve`, but a referent it creates is marked as cited. */
  resolveCited(phrase: SpeakerPhrase, base: number): Speaker {
    const before = this.referents.length;
    const speaker = this.resolve(phrase, base);
    for (const r of this.referents.slice(before)) if (r.speaker.kind === 'organization') r.cited = true;
    return speaker;
  }

  /**
   * Resolves the author of words someone else passed on ("he quoted Lincoln: “...”") without moving the story's
   * attention: a later "he said" is still the quoter, so no referent is added or brought forward.
   */
  resolveQuoted(phrase: SpeakerPhrase, base: number): Speaker {
    const count = this.referents.length;
    const ats = this.referents.map((r) => r.at);
    const speaker = this.resolve(phrase, base);
    this.referents.splice(count);
    this.referents.forEach((r, i) => (r.at = ats[i] as number));
    return speaker;
  }

  /** Resolves a phrase parsed from a paragraph starting at body offset `base`. */
  resolve(phrase: SpeakerPhrase, base: number): Speaker {
    const capital = phrase.kind === 'description' ? properFirstWord(phrase, this.body) : undefined;
    if (capital) return this.resolve({ ...phrase, name: capital }, base);
    const at = base + phrase.start;
    const asWritten = phrase.text;
    // "Ashake Banks ... “...,” Banks said": one capitalised word that is also a plural noun ("Banks", "Judges",
    // "Fields") is the surname of the person the article named, not the institutions or people the noun means.
    if ((phrase.kind === 'description' || phrase.kind === 'organization') && this.isSurnameNotNoun(phrase)) {
      return this.resolve({ ...phrase, kind: 'person', name: phrase.text }, base);
    }
    switch (phrase.kind) {
      case 'pronoun':
        return this.resolvePronoun(phrase, at, asWritten);
      case 'person': {
        // "verify Veld’s earlier claims that “...”": the owner is the person, not "Veld’s".
        const owner = possessiveOwnerName(phrase.name, this.body);
        if (owner) return this.resolve({ ...phrase, name: owner }, base);
        const variant = this.spellingVariant(phrase.name, at);
        if (variant) return this.out(variant, asWritten);
        const org = this.names.organizationFor(phrase.name);
        if (org) return this.resolveDescription({ ...phrase, kind: 'organization', name: org }, at, asWritten);
        const info = this.names.resolve(phrase.name, base + (phrase.nameStart ?? phrase.start), base + (phrase.nameEnd ?? phrase.end));
        // "the Harbour Kites", "The Kites said": a name the article writes with "the" is a team's or a band's.
        if (this.names.isThingName(info.name) || isTradeName(info.name)) return this.resolveDescription({ ...phrase, kind: 'organization', name: info.name }, at, asWritten);
        const speaker: Speaker = { name: info.name, kind: 'person', asWritten };
        const role = phrase.role ?? info.role;
        if (role) speaker.role = role;
        const gender = phrase.gender ?? genderOf(info.name.split(/\s+/));
        const written = phrase.text.split(/\s+/);
        const genderWeak = gender !== undefined && genderFromNameOnly([...written, ...info.name.split(/\s+/)]);
        const ref = this.remember(speaker, at, { person: true, plural: false, gender, genderWeak, modifiers: [] });
        if (!speaker.role && ref.speaker.role) speaker.role = ref.speaker.role;
        return speaker;
      }
      case 'group': {
        // "Climbers Ann Roe and Tom Lee": a plural role noun opening the list describes the members, it is not one.
        const listed = phrase.name.replace(/^(\p{Lu}\p{Ll}+)s\s+(?=\p{Lu})/u, (m, noun: string) => (SPEAKER_NOUNS.has(noun.toLowerCase()) ? '' : m));
        const speaker: Speaker = { name: this.fullMembers(listed), kind: 'group', asWritten };
        const ref = this.remember(speaker, at, { person: false, plural: true, modifiers: [] });
        // "the researchers, Ann Roe and Tom Lee,": the plural noun they were introduced with names them later.
        const before = this.body?.slice(Math.max(0, at - 40), at);
        const noun = before === undefined ? undefined : /\bthe\s+(\p{Ll}+s),\s*$/u.exec(before)?.[1];
        ref.head ??= noun === undefined ? undefined : parseSpeakerPhrase(`the ${noun}`, 0)?.head;
        return speaker;
      }
      case 'organization': {
        const variant = this.spellingVariant(phrase.name, at);
        if (variant) return this.out(variant, asWritten);
        // "ACM Kurt", "DCI Obi": a rank abbreviation before a surname the article gave a person in full is that
        // person, not a body (an upper-case word among capitalised ones otherwise reads as an organisation's name).
        if (this.isRankedSurname(phrase.name)) return this.resolve({ ...phrase, kind: 'person' }, base);
        // "HTU", "Harbour Tenants": a short form of an organisation the article names in full.
        const full = phrase.name.includes(' ') ? undefined : this.names.organizationFor(phrase.name);
        return this.resolveDescription(full ? { ...phrase, name: full } : phrase, at, asWritten);
      }
      case 'description': {
        // "Ann Roe, the country's transport minister, said": the description is the name before it (appositions.ts).
        const named = this.appositiveHolder(phrase, base);
        if (named) return this.resolve({ ...phrase, kind: 'person', name: named, role: phrase.text }, base);
        return this.resolveDescription(phrase, at, asWritten);
      }
    }
  }

  private isSurnameNotNoun(phrase: SpeakerPhrase): boolean {
    const word = phrase.text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !this.names.knowsSurname(word) || this.names.organizationFor(word)) return false;
    // A plural for people ("Democrats", "Judges") stays the group even where a name scan took it for a surname
    // ("Ways and Means Democrats"); institutions ("Banks") are no people, so the named person is meant.
    const noun = singular(word.toLowerCase()).word;
    return !((SPEAKER_NOUNS.has(noun) && !ORG_HEADS.has(noun)) || isEpithet(noun));
  }

  /**
   * "the transport minister", "Norvania's transport minister": the one person the article gives that role, before or
   * after this point ("Transport Minister Ann Roe", "Ann Roe, Norvania's transport minister"). Only singular role
   * descriptions without a complement; a possessive owner must be the role's own qualifier or the role must have none
   * (names.ts roleHolders). Undefined when nobody or several people hold it.
   */
  private roleHolder(phrase: SpeakerPhrase, head: string, at?: number): string | undefined {
    if (phrase.kind !== 'description' || phrase.plural || phrase.complement || NOT_ROLE_HEADS.has(head) || ORG_HEADS.has(head)) return undefined;
    const mods = phrase.modifiers ?? [];
    const first = mods[0];
    const owner = first !== undefined && /^\p{Lu}[\p{L}.&-]*['’]s?$/u.test(first) ? first.replace(/['’]s?$/, '') : undefined;
    if (phrase.determiner !== undefined ? phrase.determiner !== 'the' : owner === undefined) return undefined;
    // "the country's interior minister": a generic place owner refers back to the story's country, whatever it is
    // called ("French Interior Minister Ann Roe"), so it qualifies nothing.
    const generic = owner === undefined && first !== undefined && GENERIC_PLACE_OWNERS.has(norm(first));
    const rest = (owner === undefined && !generic ? mods : mods.slice(1)).map(norm).filter((m) => !ROLE_TENURE.has(m));
    if (rest.some((m) => m.endsWith("'s") || /^\d/.test(m) || ORDINALS.has(m))) return undefined;
    const holders = this.names.roleHolders([...rest.map((m) => m.replace(/\.$/, '')), ...head.split('-')], owner);
    if (holders.length === 1) return holders[0];
    // "the general said" while only one of the article's two generals has been named yet: that one.
    const body = this.body;
    if (at === undefined || body === undefined || holders.length < 2) return undefined;
    const named = holders.filter((h) => body.slice(0, at).includes(h));
    return named.length === 1 ? named[0] : undefined;
  }

  /**
   * A lead ("A former treasurer was jailed, with a judge calling it “cynical”.") introduces the actors by role and the
   * body then names them: an indefinite office noun in the opening paragraph is the one holder of that office the
   * article names. Only offices one person holds in a story (not "a resident", "an official").
   */
  private leadRoleHolder(phrase: SpeakerPhrase, head: string, at: number): string | undefined {
    if (phrase.determiner !== 'a' && phrase.determiner !== 'an') return undefined;
    if (!LEAD_OFFICES.has(head) || phrase.plural || phrase.complement || (phrase.modifiers ?? []).length > 0) return undefined;
    if (this.body === undefined || /\n\s*\n/.test(this.body.slice(0, at).trim())) return undefined;
    const holders = [...new Set([...this.names.roleHolders([head]), ...clauseRoleHolders(this.body, head)])];
    return holders.length === 1 ? holders[0] : undefined;
  }

  /**
   * A body the article names in full, referred to by the end of its name or its plain noun: "the Coast Guard" after
   * "the U.S. Coast Guard", bare "police" after "the Ipswich Police Department". Only when one such body is named.
   */
  private namedBody(phrase: SpeakerPhrase): string | undefined {
    const words = phrase.text.replace(/^the\s+/i, '').split(/\s+/);
    if (/^police$/i.test(phrase.text)) return this.names.uniqueOrganization((org) => /\sPolice(?:\s+(?:Department|Service|Force|Bureau))?$/.test(org));
    if (phrase.determiner !== 'the' || words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
    const tail = words.join(' ');
    return this.names.uniqueOrganization((org) => org.endsWith(` ${tail}`) && org.split(/\s+/).length <= words.length + 2);
  }

  /** The named person a definite epithet fits ("the Veltra founder" -> the founder of Veltra named before): epithets.ts. */
  private epithetPerson(phrase: SpeakerPhrase, head: string, at: number): string | undefined {
    if (this.body === undefined || phrase.plural) return undefined;
    // "says the mom of two", "the bus matron and mother of four": a parent by number of children is the person in focus.
    const parent = FAMILY_STATUS.test(phrase.text) ? 'parent' : undefined;
    // "the 26-year-old student": the age identifies whoever else the noun says.
    const age = (phrase.modifiers ?? []).find((m) => /^\d{1,3}-year-old$/.test(m));
    const epithet = parent ?? (age !== undefined && !phrase.complement && SPEAKER_NOUNS.has(head) ? age : undefined) ?? head;
    if (!parent && (phrase.complement || !isPersonEpithet(epithet))) return undefined;
    const candidates = this.referents
      .filter((r) => r.speaker.kind === 'person' && (r.speaker.name.includes(' ') || this.names.knowsSurname(r.speaker.name)))
      .filter((r) => phrase.gender === undefined || r.gender === undefined || r.gender === phrase.gender)
      .map((r) => ({ name: r.speaker.name, roleWords: r.roleWords, at: r.at }));
    // "the designer" after "his wife Anette Roe told the Times": a relative introduced as such is not the one the
    // story describes by occupation, when someone else is there to be.
    const others = candidates.filter((c) => !this.names.isRelative(c.name));
    if (others.length > 0 && others.length < candidates.length) candidates.splice(0, candidates.length, ...others);
    const breaks = [...this.body.slice(0, at).matchAll(/\n\s*\n/g)];
    const previous = breaks[breaks.length - 2];
    const focusStart = previous ? (previous.index ?? 0) + previous[0].length : 0;
    return epithetHolder(this.body, at, parent ?? epithet, epithet === head ? (phrase.modifiers ?? []) : [], candidates, focusStart);
  }

  /** "A Dunmore woman says ..." in the lede, "Marta Kell, 52, ..." opening the next paragraph (lede-person.ts). */
  private ledePerson(phrase: SpeakerPhrase, head: string, at: number): string | undefined {
    if (this.body === undefined || phrase.plural) return undefined;
    const protagonist = isProtagonistRole(head, phrase.determiner, phrase.complement, this.body.slice(at - phrase.start + phrase.end, at - phrase.start + phrase.end + 40));
    if (!protagonist && ((phrase.determiner !== 'a' && phrase.determiner !== 'an') || phrase.complement)) return undefined;
    return ledeNamedPerson(this.body, at, head, {
      person: (name, start, end) => {
        const found = this.names.personsIn(start, end).find((p) => p.name.endsWith(name.split(/\s+/).pop() as string));
        return found && !this.names.organizationFor(found.name) ? found : undefined;
      },
      gender: (name) => genderOf(name.split(/\s+/)),
    }, protagonist, at + phrase.end - phrase.start);
  }

  /** "the prosecutor" after "Ann Roe SC, who prosecuted the case" (clause-roles.ts): the one person so described. */
  private clauseRoleHolder(phrase: SpeakerPhrase, head: string): string | undefined {
    if (this.body === undefined || phrase.determiner !== 'the' || phrase.plural || phrase.complement || (phrase.modifiers ?? []).length > 0) return undefined;
    const holders = clauseRoleHolders(this.body, head).filter((n) => this.names.knowsSurname(n.split(/\s+/).pop() as string));
    return holders.length === 1 ? this.names.resolve(holders[0] as string, -1, -1).name : undefined;
  }

  /**
   * "Counter-signal said" after "a group calling itself counter signal": the same name spelled with other spaces,
   * hyphens or apostrophes is the referent already known by it (the first spelling stays). A name differing only in
   * capitals is left as written.
   */
  private spellingVariant(name: string, at: number): Referent | undefined {
    const squash = (n: string): string => n.toLowerCase().replace(/[\s\-‐–'’.]/g, '');
    const key = squash(name);
    if (key.length < 6) return undefined;
    const ref = this.recent(at, (r) => r.speaker.kind !== 'unknown' && r.speaker.name.toLowerCase() !== name.toLowerCase() && squash(r.speaker.name) === key);
    if (ref) ref.at = Math.max(ref.at, at);
    return ref;
  }

  /** The person a singular description stands in apposition to ("Ann Roe, the transport minister,"), if any. */
  private appositiveHolder(phrase: SpeakerPhrase, base: number): string | undefined {
    if (this.body === undefined || phrase.plural || phrase.elliptical || !phrase.head) return undefined;
    const name = appositiveName(this.body, base + phrase.start, base + phrase.end, (candidate) => {
      const last = candidate.split(/\s+/).pop() as string;
      return this.names.knowsSurname(last) && !this.names.organizationFor(candidate);
    });
    // "Flying Officer Peter Moore, the captain, told": the rank before the name is a title, not part of it.
    return name === undefined ? undefined : cleanPersonName(name).name;
  }

  private appositiveMembers(phrase: SpeakerPhrase): string | undefined {
    if (!phrase.plural || phrase.kind !== 'description') return undefined;
    const comma = phrase.text.indexOf(',');
    if (comma < 0) return undefined;
    const chunks = phrase.text.slice(comma + 1).split(/,\s*(?:and\s+)?|\s+and\s+/).map((c) => c.trim()).filter(Boolean);
    if (chunks.length < 2) return undefined;
    const names: string[] = [];
    for (const chunk of chunks) {
      // "anthropologist Ann Veld of Keele University": the name is the capitalised run before any affiliation.
      const core = chunk.replace(/\s+(?:of|at|from|with)\s.*$/, '');
      const run = /(?:^|\s)((?:\p{Lu}[\p{L}'’-]*\s+)+\p{Lu}[\p{L}'’-]+)$/u.exec(core)?.[1];
      const last = run?.split(/\s+/).pop();
      if (!run || !last || !this.names.knowsSurname(last)) return undefined;
      names.push(run);
    }
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] as string}`;
  }

  private namedRelative(phrase: SpeakerPhrase): string | undefined {
    const relation = kinRelation(phrase);
    if (!relation) return undefined;
    const mods = phrase.modifiers ?? [];
    const owned = mods.length === 0 ? phrase.determiner !== undefined && /^(?:his|her)$/.test(phrase.determiner) : mods.length === 1 && NAMED_OWNER.test(mods[0] as string);
    return owned ? this.names.relative(relation) : undefined;
  }

  /**
   * "The son of a powerful senator lambasted ..." in a lead, with "his son Bobby Roe" written elsewhere: the relative
   * the article names with that relation, when it names exactly one. An owner the article names in the description
   * ("the son of Sen. Bob Roe") must share the relative's surname.
   */
  private relativeOfSomeone(phrase: SpeakerPhrase): string | undefined {
    if (phrase.kind !== 'description' || phrase.plural || phrase.determiner !== 'the' || !phrase.head || (phrase.modifiers ?? []).length > 0) return undefined;
    const relation = relationOf(phrase.head);
    const owner = /^of\s+(.+)$/.exec(phrase.complement ?? '')?.[1];
    if (!relation || owner === undefined) return undefined;
    const relative = this.names.relative(relation);
    const owners = (owner.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => w.replace(/['’]s?$/, '')).filter((w) => this.names.knowsSurname(w));
    if (!relative || (owners.length > 0 && !owners.includes(relative.split(/\s+/).pop() as string))) return undefined;
    return relative;
  }

  /**
   * "Paris Vale also spoke. ... Martin Vale's eldest daughter said": a relative described through a named owner is
   * the person of that surname just in focus (the last paragraph or so), when that person is not the owner and fits
   * the relation's gender. The article never wrote the relation out, but the reader joins the surname to the focus.
   */
  private relativeInFocus(phrase: SpeakerPhrase, at: number): string | undefined {
    if (!kinRelation(phrase)) return undefined;
    const [owner, ...rest] = phrase.modifiers ?? [];
    if (owner === undefined || !NAMED_OWNER.test(owner) || !rest.every((m) => KIN_ADJECTIVES.has(m.toLowerCase()))) return undefined;
    const surname = owner.replace(/['’]s?$/, '');
    const ownerName = phrase.text.slice(0, phrase.text.indexOf(owner) + surname.length).replace(/^(?:the|a)\s+/i, '');
    const person = this.recent(at, (r) => r.speaker.kind === 'person' && r.speaker.name.split(/\s+/).length > 1);
    if (!person || at - person.at > FOCUS_REACH || person.speaker.name.split(/\s+/).pop() !== surname) return undefined;
    if (person.speaker.name === ownerName || ownerName.split(/\s+/).length < 2) return undefined;
    if (phrase.gender !== undefined && person.gender !== undefined && person.gender !== phrase.gender) return undefined;
    return person.speaker.name;
  }

  /**
   * "his father" of a man introduced as someone's son, "her daughter" of a woman introduced as someone's mother: the
   * relative the introduced family makes it (kin-family.ts). The owner is the pronoun's person or a named owner.
   */
  private relativeInFamily(phrase: SpeakerPhrase, at: number): string | undefined {
    const relation = kinRelation(phrase);
    if (!relation || this.body === undefined) return undefined;
    const mods = phrase.modifiers ?? [];
    let owner: string | undefined;
    if (mods.length === 0 && (phrase.determiner === 'his' || phrase.determiner === 'her')) {
      const ref = this.pronounReferent(phrase.determiner === 'his' ? 'he' : 'she', at, false);
      if (ref?.speaker.kind === 'person') owner = ref.speaker.name;
    } else if (mods.length === 1 && phrase.determiner === undefined && NAMED_OWNER.test(mods[0] as string)) {
      owner = this.names.resolve((mods[0] as string).replace(/['’]s?$/, ''), -1, -1).name;
    }
    if (owner === undefined) return undefined;
    this.family ??= { kin: kinNames(this.body), byParent: childrenByParent(this.body) };
    const people = this.referents
      .filter((r) => r.speaker.kind === 'person')
      .map((r) => ({ name: r.speaker.name, gender: r.gender ?? genderOf(r.speaker.name.split(/\s+/)) }));
    const child = childOf(owner, relation, this.family.byParent);
    if (child !== undefined && people.some((p) => p.name === child)) return child;
    return parentBySurname(owner, relation, this.family.kin, people);
  }

  private isRankedSurname(name: string): boolean {
    const words = name.split(/\s+/);
    const last = words[words.length - 1] as string;
    if (words.length < 2 || !this.names.knowsSurname(last) || this.names.organizationFor(name)) return false;
    return words.slice(0, -1).every(isTitleBeforeSurname);
  }

  /**
   * "Veld and Marsh" -> "Ann Veld and Tom Marsh" when the article gives every one of those surnames in
   * full (a half-expanded list would read as two different kinds of name).
   */
  private fullMembers(written: string): string {
    const list = withoutMemberTitles(written);
    const members = list.split(/,\s*|\s(?:and|&)\s/).map((m) => m.trim()).filter(Boolean);
    const expandable = (w: string): boolean => /^\p{Lu}[\p{L}'’-]+$/u.test(w) && this.names.knowsSurname(w) && !this.names.organizationFor(w);
    if (!members.every(expandable)) return list;
    return list.replace(/(^|,\s*|\s(?:and|&)\s)(\p{Lu}[\p{L}'’-]+)(?=\s*(?:,|\s(?:and|&)\s|$))/gu, (m, sep: string, word: string) => {
      return expandable(word) ? `${sep}${this.names.resolve(word, -1, -1).name}` : m;
    });
  }

  private remember(speaker: Speaker, at: number, extra: Omit<Referent, 'speaker' | 'at' | 'roleWords'>): Referent {
    const existing = this.referents.find((r) => r.speaker.kind === speaker.kind && r.speaker.name === speaker.name);
    const roleWords = roleWordsWithImplied(speaker.role ?? '');
    if (existing) {
      existing.at = Math.max(existing.at, at);
      if (existing.gender === undefined) {
        existing.gender = extra.gender;
        existing.genderWeak = extra.genderWeak;
      }
      if (speaker.role && !existing.speaker.role) existing.speaker.role = speaker.role;
      existing.roleWords = [...new Set([...existing.roleWords, ...roleWords])];
      return existing;
    }
    const ref: Referent = { speaker: { name: speaker.name, kind: speaker.kind }, at, roleWords, ...extra };
    if (speaker.role) ref.speaker.role = speaker.role;
    this.referents.push(ref);
    return ref;
  }

  private recent(at: number, ok: (r: Referent) => boolean): Referent | undefined {
    let best: Referent | undefined;
    for (const r of this.referents) if (r.at <= at && ok(r) && (!best || r.at > best.at)) best = r;
    return best;
  }

  private resolvePronoun(phrase: SpeakerPhrase, at: number, asWritten: string): Speaker {
    const ref = this.sentenceSpeaker(phrase.pronoun, at) ?? this.pronounReferent(phrase.pronoun, at);
    if (!ref) return { name: 'unknown', kind: 'unknown', asWritten };
    ref.at = Math.max(ref.at, at);
    return this.out(ref, asWritten);
  }

  /** A speaker the pronoun's own sentence named with a speech verb, when the gender fits (sentence-speaker.ts). */
  private sentenceSpeaker(pronoun: string | undefined, at: number): Referent | undefined {
    if ((pronoun !== 'he' && pronoun !== 'she') || this.body === undefined) return undefined;
    const gender: Gender = pronoun === 'he' ? 'male' : 'female';
    for (const written of speakersEarlierInSentence(this.body, at)) {
      if (!this.isKnownPerson(written)) continue;
      const name = this.names.resolve(written, -1, -1).name;
      const ref = this.referents.find((r) => r.speaker.kind === 'person' && r.speaker.name === name) ?? this.namedNow(written, at, gender);
      if (!ref) continue;
      if (ref.gender !== undefined && ref.gender !== gender && ref.genderWeak !== true) return undefined;
      ref.gender = gender;
      ref.genderWeak = false;
      return ref;
    }
    return undefined;
  }

  /**
   * A person the pronoun's own sentence names for the first time ("Filmmaker Ann Roe, who ..., joked: “...,” she
   * said."): registered when the article gives the surname in full, the written run ends with that full name and
   * its given name does not say otherwise.
   */
  private namedNow(written: string, at: number, gender: Gender): Referent | undefined {
    const surname = written.split(/\s+/).pop() as string;
    if (!this.names.knowsSurname(surname) || this.names.organizationFor(written)) return undefined;
    const full = this.names.resolve(surname, -1, -1).name;
    if (!full.includes(' ') || !` ${written}`.endsWith(` ${full}`)) return undefined;
    // Nobody told the reader otherwise, so a given name's gender stands.
    const given = genderOf(full.split(/\s+/));
    if (given !== undefined && given !== gender) return undefined;
    this.notePerson(full, undefined, at, given);
    return this.referents.find((r) => r.speaker.kind === 'person' && r.speaker.name === full);
  }

  /**
   * A he/she subject of a narrative sentence ("She paused."): the person it refers to, kept in focus. Only a referent
   * whose gender fits counts here (no guessing past a name's gender: "She was an awe-inspiring sight" is a ship).
   */
  focusPronoun(phrase: SpeakerPhrase, base: number): Speaker | undefined {
    const ref = this.pronounReferent(phrase.pronoun, base + phrase.start, false);
    if (!ref || ref.speaker.kind !== 'person') return undefined;
    return this.resolvePronoun(phrase, base + phrase.start, phrase.text);
  }

  /**
   * "Ann Roe, a baker, was at home when ..., she said.": a he/she tag closing a sentence about a named person is that
   * person, when the gender fits (or is unknown). Registers the subject and fixes its gender; undefined otherwise, so
   * the caller resolves the pronoun the usual way.
   */
  resolveAsSubject(pronoun: SpeakerPhrase, subject: SpeakerPhrase, base: number): Speaker | undefined {
    if (subject.kind !== 'person' || !this.isKnownPerson(subject.name) || (pronoun.pronoun !== 'he' && pronoun.pronoun !== 'she')) return undefined;
    const gender: Gender = pronoun.pronoun === 'he' ? 'male' : 'female';
    const known = subject.gender ?? genderOf(this.names.resolve(subject.name, -1, -1).name.split(/\s+/));
    if (known !== undefined && known !== gender) return undefined;
    const speaker = this.resolve(subject, base);
    const ref = this.referents.find((r) => r.speaker.kind === 'person' && r.speaker.name === speaker.name);
    if (!ref || (ref.gender !== undefined && ref.gender !== gender)) return undefined;
    ref.gender = gender;
    ref.genderWeak = false;
    ref.at = Math.max(ref.at, base + pronoun.start);
    return { ...speaker, asWritten: pronoun.text };
  }

  private pronounReferent(p: string | undefined, at: number, guess = true): Referent | undefined {
    let ref: Referent | undefined;
    if (p === 'he' || p === 'she') {
      const gender: Gender = p === 'he' ? 'male' : 'female';
      ref = this.recent(at, (r) => r.person && !r.plural && (r.gender === undefined || r.gender === gender));
      // The text has now called this person "he" or "she": the gender is no longer a guess from a first name.
      if (ref && ref.gender === gender) ref.genderWeak = false;
      if (!guess) return ref;
      // No compatible referent: a person whose gender was only guessed from a first name ("Kim", "Jordan").
      // Not the one a pronoun of the other gender in the same sentence means ("she recalls him saying": "him" is not
      // the woman whose name only guessed her gender, she is "she").
      const rival = this.otherPronounInSentence(gender, at) ? this.recent(at, (r) => r.person && !r.plural && r.gender !== undefined && r.gender !== gender) : undefined;
      ref ??= this.recent(at, (r) => r.person && !r.plural && r.genderWeak === true && r.speaker.kind === 'person' && r !== rival);
      if (ref) {
        ref.gender = gender;
        ref.genderWeak = false;
      }
    } else if (p === 'they') {
      // An organisation cited for a figure ("according to the health board") is not who "they" are when the story
      // has a plural subject of its own (named researchers, "the officials"): the cited body is an aside.
      // A person the article says goes by "they" is one too.
      // A family or a couple is several people, "they" in English even when written as one noun ("Roe's family said").
      ref = this.recent(at, (r) => r.plural || (r.speaker.kind === 'organization' && !r.cited) || this.singularThey.has(r.speaker.name) || (r.speaker.kind === 'description' && THEY_COLLECTIVES.has(r.head ?? '')));
      ref ??= this.recent(at, (r) => r.speaker.kind === 'organization');
      // "The data manager, Jordan Ellery, said ... “...,” they said.": a person of no stated gender who just spoke in
      // the paragraph, with no group or body named since, is who a singular "they" means.
      const single = this.recent(at, () => true);
      if (single && single !== ref && this.isSingularTheyCandidate(single, at)) ref = single;
    } else if (p === 'it') {
      ref = this.recent(at, (r) => r.speaker.kind === 'organization' && !r.plural);
    }
    return ref;
  }

  /** Whether the sentence around `at` also has a pronoun of the gender other than `gender`. */
  private otherPronounInSentence(gender: Gender, at: number): boolean {
    if (this.body === undefined) return false;
    const start = Math.max(0, this.body.lastIndexOf('\n', at), ...['. ', '? ', '! '].map((e) => this.body!.lastIndexOf(e, at - 1)));
    const ends = ['. ', '? ', '! ', '\n'].map((e) => this.body!.indexOf(e, at)).filter((i) => i >= 0);
    const sentence = this.body.slice(start, ends.length > 0 ? Math.min(...ends) : this.body.length);
    return (gender === 'male' ? /\b(?:she|her|hers)\b/i : /\b(?:he|him|his)\b/i).test(sentence);
  }

  private isSingularTheyCandidate(r: Referent, at: number): boolean {
    if (r.speaker.kind !== 'person' || r.plural || r.spoke !== true || (r.gender !== undefined && r.genderWeak !== true)) return false;
    if (this.body === undefined) return false;
    const between = this.body.slice(r.at, at);
    // "Ann Roe said her neighbours had fled. “We lost everything,” they said.": people named in the plural since
    // are who "they" means.
    return !/\n\s*\n/.test(between) && !namesPluralPeople(between.replace(/[“"][^”"]*[”"]/g, ' '));
  }

  private out(ref: Referent, asWritten: string): Speaker {
    const s: Speaker = { ...ref.speaker, asWritten };
    return s;
  }

  /**
   * "one"/"another" alone: a member of the plural description named just before ("Fans rallied round, with one
   * writing ..." -> "one fan"; "Another added" -> "another fan"). Unknown when no such group is close by.
   */
  private resolveElliptical(phrase: SpeakerPhrase, at: number, asWritten: string): Speaker {
    // The group, or a member of it already singled out ("one fan ... Another added").
    const group = this.recent(
      at,
      (r) => r.speaker.kind === 'description' && r.head !== undefined && (r.plural || /^one\s/i.test(r.speaker.name)),
    );
    if (!group?.head || at - group.at > ELLIPSIS_REACH) {
      // "“Fake news,” someone shouted. “Lies,” another yelled.": another unnamed voice, kept apart from the last
      // speaker rather than left for a continuation to give it to them.
      if (phrase.name === 'another') {
        const ref: Referent = { speaker: { name: 'another', kind: 'description' }, at, plural: false, person: true, modifiers: [], roleWords: [] };
        this.referents.push(ref);
        return { name: 'another', kind: 'description', asWritten };
      }
      return { name: 'unknown', kind: 'unknown', asWritten };
    }
    const det = phrase.determiner ?? 'one';
    if (phrase.name.endsWith(' of') && group.plural) {
      // "one of them" after "Two people briefed on the talks": "one of two people briefed on the talks".
      const name = `${phrase.name} ${group.speaker.name.replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`;
      const ref: Referent = { speaker: { name, kind: 'description' }, at, plural: false, person: true, modifiers: [], roleWords: [] };
      this.referents.push(ref);
      return { name, kind: 'description', asWritten };
    }
    const member: SpeakerPhrase = { ...phrase, name: `${det} ${group.head}`, head: group.head, modifiers: [], plural: false };
    delete member.elliptical;
    return this.resolveDescription(member, at, asWritten);
  }

  private resolveDescription(phrase: SpeakerPhrase, at: number, asWritten: string): Speaker {
    if (phrase.elliptical) return this.resolveElliptical(phrase, at, asWritten);
    // "a statement from the family of Lee Grant", "the letter by the ministry": the author speaks.
    const author = phrase.head && STATEMENT_HEADS.has(phrase.head) ? /^(?:from|by)\s+(.+)$/.exec(phrase.complement ?? '') : null;
    if (author?.[1] !== undefined) {
      const parsed = parseSpeakerPhrase(author[1]);
      if (parsed && parsed.kind !== 'pronoun') return { ...this.resolve(parsed, at - parsed.start), asWritten };
    }
    // "the HSB notice", "the City Hall statement", "Voltra’s statement": a proper name before the head is the author.
    const issuer = phrase.head && STATEMENT_HEADS.has(phrase.head) ? issuerOf(phrase.modifiers ?? []) : undefined;
    if (issuer) {
      let parsed = parseSpeakerPhrase(issuer);
      // "the FloodWatch message": a lone word issuing a message is a body, unless the article names such a person.
      if (parsed?.kind === 'person' && !parsed.name.includes(' ') && !this.names.knowsSurname(parsed.name)) {
        parsed = { ...parsed, kind: 'organization' };
      }
      if (parsed && (parsed.kind === 'organization' || parsed.kind === 'person')) {
        return { ...this.resolve(parsed, at - parsed.start), asWritten };
      }
    }
    // "the team’s statement", "the agency's statement": the body the owner noun refers back to issued it.
    const ownerNoun = phrase.head && STATEMENT_HEADS.has(phrase.head) && phrase.determiner === 'the' && phrase.modifiers?.length === 1 ? possessiveOwner(phrase.modifiers[0] as string) : undefined;
    const issuing = ownerNoun && ORG_HEADS.has(ownerNoun) ? this.backReference(ownerNoun, { ...phrase, name: `the ${ownerNoun}`, head: ownerNoun, modifiers: [] }, at) : undefined;
    if (issuing) {
      issuing.at = Math.max(issuing.at, at);
      return this.out(issuing, asWritten);
    }
    // "the researchers, anthropologist Ann Veld of Keele and physician Tom Marsh, wrote": a plural description whose
    // appositive names its members is that group of people.
    const members = this.appositiveMembers(phrase);
    if (members) {
      const speaker: Speaker = { name: members, kind: 'group', asWritten };
      const ref = this.remember(speaker, at, { person: false, plural: true, modifiers: [] });
      // Kept so a later bare "the researchers" is this group again (backReference).
      ref.head ??= phrase.head;
      return speaker;
    }
    // "his father", "Reyes's mother": a relative the article introduced by name ("his parents, Tom and Ella Reyes").
    const relative = this.namedRelative(phrase) ?? this.relativeInFocus(phrase, at) ?? this.relativeOfSomeone(phrase) ?? this.relativeInFamily(phrase, at);
    if (relative) return this.resolve({ kind: 'person', start: phrase.start, end: phrase.end, text: phrase.text, name: relative }, at - phrase.start);
    // "the senator's office" right after "Sen. Ann Roe ...": the office of the senator just named.
    const ownerRole = phrase.determiner === 'the' && ROLE_OWNED_HEADS.has(phrase.head ?? '') ? possessiveOwner(phrase.modifiers?.[0] ?? '') : undefined;
    const holder = ownerRole && /^\p{Ll}+$/u.test(ownerRole) ? this.names.roleHolder(ownerRole, at) : undefined;
    if (holder) {
      const rest = (phrase.modifiers ?? []).slice(1);
      return this.resolveDescription({ ...phrase, name: [`${holder}'s`, ...rest, headWord(phrase)].join(' '), determiner: undefined, modifiers: [`${holder}'s`, ...rest] }, at, asWritten);
    }
    // "a group that called itself X": the source's own name.
    const styled = phrase.head && !phrase.plural ? this.names.selfStyledName(at) : undefined;
    // It keeps the noun it was introduced with, so "the group" later is still this group, not the latest organisation.
    if (styled) {
      const speaker = this.resolveDescription({ kind: 'organization', start: phrase.start, end: phrase.end, text: phrase.text, name: styled }, at, asWritten);
      const ref = this.recent(at, (r) => r.speaker.kind === speaker.kind && r.speaker.name === speaker.name);
      if (ref && ref.head === undefined) ref.head = phrase.head;
      return speaker;
    }
    const named = this.namedBody(phrase);
    if (named) return this.out(this.remember({ name: named, kind: 'organization' }, at, { person: false, plural: false, modifiers: [] }), asWritten);
    const kind = phrase.kind === 'organization' ? 'organization' : 'description';
    const det = phrase.determiner;
    const head = phrase.head;
    const mods = (phrase.modifiers ?? []).map(norm);
    // Anaphora only for common-noun descriptions: "the Bank of Norvania" is a name, "the bank" refers back.
    // ("the Ohio Democrat" is an epithet for someone already named, not a name.)
    // British and Irish style capitalises a body's own noun when it refers back ("the Department said" after "the
    // Department of Health"): a bare capitalised institution noun after "the" still refers back.
    const institutionNoun = mods.length === 0 && ORG_HEADS.has(head ?? '');
    const properName = /^\p{Lu}/u.test(headWord(phrase)) && !isEpithet(head ?? '') && !institutionNoun && !isCapitalisedRole(phrase);
    if (head && !properName && det !== undefined && REFERRING_DETERMINERS.has(det)) {
      const plain = mods.filter((m) => !ORDINALS.has(m));
      const ref = this.recent(at, (r) => this.sameReferent(r, head, plain, phrase.plural ?? false));
      // "the Veltra founder", "the Nevada rancher": the named person the epithet fits (epithets.ts), unless it points
      // back to someone introduced without a name ("a farmer said ... the farmer said").
      const epithet = det === 'the' && (!ref || (ref.speaker.kind === 'description' && /^the\s/i.test(ref.speaker.name))) ? this.epithetPerson(phrase, head, at) : undefined;
      if (epithet) return this.resolve({ ...phrase, kind: 'person', name: epithet, role: phrase.text }, at - phrase.start);
      // "Norvania's biggest union says ..." in the standfirst, then "The Dockers Guild, the largest union, warned ...":
      // an organisation named with the noun since the description was last used is the one "the union" means now.
      const renamed = ref?.head !== undefined && ref.speaker.kind !== 'person' && !ref.plural && plain.length === 0 && ORG_HEADS.has(head)
        ? this.names.describedOrganization(head, at)
        : undefined;
      if (ref && renamed && renamed.at > ref.at) {
        return this.out(this.remember({ name: renamed.name, kind: 'organization' }, renamed.at, { person: false, plural: false, modifiers: [] }), asWritten);
      }
      if (ref) {
        ref.at = Math.max(ref.at, at);
        return this.out(ref, asWritten);
      }
      const named = this.backReference(head, phrase, at);
      if (named) {
        named.at = Math.max(named.at, at);
        return this.out(named, asWritten);
      }
      const held = this.roleHolder(phrase, head, at) ?? this.clauseRoleHolder(phrase, head);
      if (held) return this.resolve({ ...phrase, kind: 'person', name: held, role: phrase.text }, at - phrase.start);
      const owned = this.possessed(phrase, head, at, asWritten);
      if (owned) return owned;
      // "A resident said ... “...,” said the man, who spoke on condition of anonymity": "the man"/"the woman" with
      // nothing to tell them apart is the latest single person of that gender, named or not.
      if (det === 'the' && (head === 'man' || head === 'woman') && mods.length === 0 && !phrase.plural) {
        // "tracked down a man who had served in his unit. “...?” the man asked": the one the paragraph just introduced.
        const stranger = this.body !== undefined ? indefiniteAntecedent(this.body, head, at) : undefined;
        if (stranger) {
          const words = stranger.split(/\s+/);
          return this.resolveDescription({ ...phrase, name: stranger, determiner: words[0], modifiers: words.slice(1, -1) }, at, asWritten);
        }
        const gender: Gender = head === 'man' ? 'male' : 'female';
        const person = this.recent(at, (r) => r.person && !r.plural && (r.gender === undefined || r.gender === gender));
        if (person) {
          person.at = Math.max(person.at, at);
          if (person.gender === undefined) person.gender = gender;
          return this.out(person, asWritten);
        }
      }
      if ((isEpithet(head) || STATUS_EPITHETS.has(head)) && !phrase.plural) {
        // "the former Norvania international said": the latest person, whatever the gender.
        const person = this.recent(at, (r) => r.speaker.kind === 'person');
        if (person) {
          person.at = Math.max(person.at, at);
          return this.out(person, asWritten);
        }
      }
      // "a federal appeals court upheld ... The court ruled": what the paragraph just introduced with "a" (appositions.ts).
      const introduced = det === 'the' && mods.length === 0 && !phrase.plural && this.body !== undefined ? indefiniteAntecedent(this.body, head, at) : undefined;
      if (introduced) {
        const words = introduced.split(/\s+/);
        return this.resolveDescription({ ...phrase, name: introduced, determiner: words[0], modifiers: words.slice(1, -1) }, at, asWritten);
      }
    }
    // "Norvania's trade minister said" with "Trade Minister Ann Roe" anywhere in the article; "a judge said" in the
    // opening paragraph of a story whose body names the one judge ("Judge Ann Roe said ...").
    const held = head && !properName ? (det ? this.leadRoleHolder(phrase, head, at) ?? this.ledePerson(phrase, head, at) : this.roleHolder(phrase, head)) : undefined;
    if (held) return this.resolve({ ...phrase, kind: 'person', name: held, role: phrase.text }, at - phrase.start);
    let name = phrase.name;
    // "Police said" after "British police have named ...": the bare plural is the qualified group named before.
    const qualified = !det && mods.length === 0 && head && !phrase.complement ? this.names.qualifiedGroup(head, at) : undefined;
    if (qualified) return this.resolveDescription({ ...phrase, name: qualified, modifiers: qualified.split(' ').slice(0, -1) }, at, asWritten);
    const ownMods = mods.filter((m) => !ORDINALS.has(m));
    const isNewOfSame = det !== undefined && (NEW_REFERENT_DETERMINERS.has(det) || mods.some((m) => ORDINALS.has(m)));
    if (head && isNewOfSame && ownMods.length === 0 && !phrase.complement) {
      // Only the latest source of that kind lends its qualifiers: after "another diplomat, from a Pacific state",
      // "a third diplomat" is not the first one's "European".
      const prev = this.recent(at, (r) => r.head === head);
      if (prev && prev.modifiers.length > 0) {
        const ordinals = (phrase.modifiers ?? []).filter((m) => ORDINALS.has(norm(m)));
        name = [det, ...ordinals, ...prev.modifiers.map((m) => this.originalModifier(prev, m)), headWord(phrase)].join(' ');
      }
    }
    const speaker: Speaker = { name, kind };
    const modsForRef = (phrase.modifiers ?? []).filter((m) => !ORDINALS.has(norm(m)));
    const inherited = name === phrase.name ? modsForRef.map(norm) : name.split(' ').slice(1, -1).map(norm).filter((m) => !ORDINALS.has(m));
    const person = kind === 'description' && !phrase.plural;
    const ref: Referent = {
      speaker,
      at,
      plural: phrase.plural ?? false,
      person,
      modifiers: inherited,
      roleWords: [],
    };
    if (head) ref.head = head;
    if (phrase.gender) ref.gender = phrase.gender;
    // Indefinite descriptions introduce a new source each time, even with the same words.
    this.referents.push(ref);
    return { ...speaker, asWritten };
  }

  /**
   * "her family said" for a woman named earlier and introduced with no family yet: the reader takes "her" as that
   * woman, so the source is "<Name>'s family" ("the victim's family" when she was only described; "its chief
   * negotiator" for a country is "<Country>'s chief negotiator"). A new referent, so "the family said" and "the
   * statement said" later refer back to it. "their" stays as written: it may be any group of people.
   */
  private possessed(phrase: SpeakerPhrase, head: string, at: number, asWritten: string): Speaker | undefined {
    const det = phrase.determiner;
    const pronoun = det === 'his' ? 'he' : det === 'her' ? 'she' : det === 'its' ? 'it' : undefined;
    if (!pronoun) return undefined;
    const owner = this.pronounReferent(pronoun, at);
    if (!owner) return undefined;
    const named = owner.speaker.kind === 'person' || (owner.speaker.kind === 'organization' && owner.head === undefined);
    const ownerName = named ? owner.speaker.name : owner.head && !owner.plural ? `the ${owner.head}` : undefined;
    if (!ownerName) return undefined;
    const name = `${ownerName}'s ${phrase.name.split(' ').slice(1).join(' ')}`;
    const speaker: Speaker = { name, kind: phrase.kind === 'organization' ? 'organization' : 'description' };
    const ref: Referent = {
      speaker,
      at,
      plural: phrase.plural ?? false,
      person: speaker.kind === 'description' && !phrase.plural,
      head,
      modifiers: (phrase.modifiers ?? []).map(norm),
      roleWords: [],
    };
    if (phrase.gender) ref.gender = phrase.gender;
    this.referents.push(ref);
    return { ...speaker, asWritten };
  }

  /**
   * "the organisation", "the airline", "the ministry" for an organisation named earlier; "the five countries" for a
   * group listed earlier; "the insider" for an anonymous source; "the statement" for whoever issued it (the latest source, since a statement is not a speaker).
   */
  private backReference(head: string, phrase: SpeakerPhrase, at: number): Referent | undefined {
    if (STATEMENT_HEADS.has(head) && !phrase.complement) {
      // A statement speaks for whoever issued it, never for someone the story merely named since ("Dana Voss issued a
      // statement. Ray Cole knelt last year. “...,” the statement read." is not Cole): only a source seen speaking.
      return this.recent(at, (r) => r.spoke === true && (r.head === undefined || !STATEMENT_HEADS.has(r.head)));
    }
    if (ANONYMOUS_HEADS.has(head) && !phrase.plural) {
      // "a source close to the presidency" ... "the insider said".
      return this.recent(at, (r) => r.speaker.kind === 'description' && !r.plural && ANONYMOUS_HEADS.has(r.head ?? ''));
    }
    // "the pair", "the couple", "the trio" after two or three people named together.
    // "the two" alone counts like "the pair".
    const bareCount = NUMBER_WORDS.indexOf(head);
    const collectiveSize = phrase.determiner === 'the' && (phrase.modifiers ?? []).length === 0 && !phrase.complement ? (COLLECTIVE_SIZES.get(head) ?? (bareCount > 1 ? bareCount : undefined)) : undefined;
    if (collectiveSize !== undefined) return this.recent(at, (r) => r.speaker.kind === 'group' && listSize(r.speaker.name) === collectiveSize);
    if (phrase.plural) {
      // "the researchers, Ann Roe and Tom Lee, wrote" ... "the researchers said": the group the appositive named.
      const named = phrase.determiner === 'the' && (phrase.modifiers ?? []).length === 0 ? this.recent(at, (r) => r.speaker.kind === 'group' && r.head === head) : undefined;
      if (named) return named;
      const count = (phrase.modifiers ?? []).map((m) => NUMBER_WORDS.indexOf(norm(m))).find((n) => n > 1);
      // "the two women", "the three climbers": a counted plural of people is the list of that many named before.
      if (!GROUP_HEADS.has(head)) return count === undefined ? undefined : this.recent(at, (r) => r.speaker.kind === 'group' && listSize(r.speaker.name) === count);
      return this.recent(at, (r) => r.speaker.kind === 'group' && (count === undefined || listSize(r.speaker.name) === count));
    }
    if (!ORG_HEADS.has(head)) return undefined;
    const generic = GENERIC_ORG_HEADS.has(head);
    const ref = this.recent(
      at,
      (r) =>
        r.speaker.kind === 'organization' &&
        r.head === undefined &&
        /^\p{Lu}/u.test(r.speaker.name) &&
        (generic || nameFitsHead(r.speaker.name, head)),
    );
    // "airline SkyVista ... the airline said": an organisation introduced with the noun, though never quoted yet.
    const paper = !ref && !phrase.modifiers?.length && (head === 'newspaper' || head === 'paper') && this.body !== undefined ? paperNamedBefore(this.body, at) : undefined;
    const mentioned = phrase.modifiers?.length ? undefined : (this.names.describedOrganization(head, at) ?? (paper ? { name: paper, at } : undefined));
    // An organisation the body introduces with the noun that the entity pass missed ("The rail operator, Westline,").
    const introduced = !phrase.modifiers?.length && GENERIC_ORG_HEADS.has(head) && this.body !== undefined ? namedWithNoun(this.body, head, at) : undefined;
    const described = introduced && (!mentioned || introduced.at > mentioned.at) && !this.names.knowsSurname(introduced.name.split(/\s+/).pop() as string) ? introduced : mentioned;
    // A later organisation only wins when its own name says it is one ("the union" after "Harbour Union").
    const named = ref !== undefined && nameFitsHead(ref.speaker.name, head);
    if (!described || (ref && ((ref.at >= described.at && named) || ref.speaker.name.endsWith(described.name)))) return ref;
    return this.remember({ name: described.name, kind: 'organization' }, described.at, { person: false, plural: false, modifiers: [] });
  }

  private originalModifier(ref: Referent, lowered: string): string {
    const words = ref.speaker.name.split(' ');
    return words.find((w) => norm(w) === lowered) ?? lowered;
  }

  private sameReferent(r: Referent, head: string, mods: string[], plural: boolean): boolean {
    if (r.plural !== plural) return false;
    // "the board's spokeswoman" is "a board spokeswoman": an owner written as a possessive is the same qualifier.
    const bare = (m: string): string => m.replace(/'s?$/, '');
    const pool = new Set([...r.modifiers, ...r.roleWords].map(bare));
    mods = mods.map(bare);
    if (r.head === head) return mods.every((m) => pool.has(m));
    // "Another prominent defense attorney said ... said the lawyer": everyday synonyms for one person's job.
    if (r.head !== undefined && SAME_JOB.get(r.head) === SAME_JOB.get(head) && SAME_JOB.has(head) && r.head !== head) return mods.length === 0;
    // "the secretary-general" for a person introduced as "the NATO secretary-general".
    if (r.roleWords.length > 0) {
      const headParts = head.split('-');
      return headParts.every((h) => r.roleWords.includes(h)) && mods.every((m) => pool.has(m));
    }
    return false;
  }
}

/** "the mom of two", "a father of three", "the bus matron and mother of four". */
const FAMILY_STATUS = /\b(?:mom|mum|mother|father|dad|grandmother|grandfather|grandma|grandpa)\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/i;

/** Nouns news uses interchangeably for one unnamed person's job, mapped to a shared key. */
const SAME_JOB = new Map<string, string>([
  ['lawyer', 'law'],
  ['attorney', 'law'],
  ['doctor', 'medicine'],
  ['physician', 'medicine'],
  ['cop', 'police'],
  ['policeman', 'police'],
  ['policewoman', 'police'],
]);

/** Plural nouns for people that English refers back to with "they" ("neighbours", "officials", "children"). */
function namesPluralPeople(text: string): boolean {
  for (const m of text.matchAll(/\b(\p{Ll}+)\b/gu)) {
    const w = m[1] as string;
    if (/^(?:people|children|men|women|police|staff|crew|family|families|parents|relatives)$/.test(w)) return true;
    if (w.endsWith('s') && w.length > 3 && (SPEAKER_NOUNS.has(w.slice(0, -1)) || (w.endsWith('es') && SPEAKER_NOUNS.has(w.slice(0, -2))))) return true;
  }
  return false;
}

/** The relation a single relative's description names ("his father", "Reyes's eldest daughter"), if it is one. */
function kinRelation(phrase: SpeakerPhrase): string | undefined {
  if (phrase.kind !== 'description' || phrase.plural || !phrase.head || phrase.complement) return undefined;
  return relationOf(phrase.head);
}

/** The capitalised name among a statement's modifiers ("HSB", "City Hall", "Voltra’s"), when all of them are. */
function issuerOf(modifiers: string[]): string | undefined {
  const words = modifiers.map((m) => m.replace(/['’]s?$/, ''));
  if (words.length === 0 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return words.join(' ');
}

function headWord(phrase: SpeakerPhrase): string {
  const words = phrase.name.split(' ');
  const mods = phrase.modifiers ?? [];
  return words.slice(1 + mods.length).join(' ') || (words[words.length - 1] as string);
}
