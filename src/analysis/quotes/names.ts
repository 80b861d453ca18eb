/**
 * Per-article person names: maps what the text writes at a speaker position ("Stoltenberg") to the article's full
 * name for that person ("Jens Stoltenberg") and a role. Entity mentions from the shared entity extractor are used
 * when present; otherwise full names are found by a plain scan for capitalised name sequences in the body, so quotes
 * work even when entity extraction is unavailable.
 */
import { isCommonWord, isDemonym, isFirstName, isPlaceName } from '../entities/gazetteer.js';
import { kinNames } from './kin.js';
import { nameFitsHead } from './org-nouns.js';
import { fitsWithQualifier } from '../entities/acronyms.js';
import { namesAPart } from '../entities/short-forms.js';
import type { EntityMention } from '../types.js';
import { NAME_PARTICLES, NAME_SUFFIXES, ORG_NAME_WORDS, SPEAKER_NOUNS, SPEECH_VERBS, TITLE_JOINERS, TITLE_WORDS } from './lexicon.js';
import { cleanPersonName, isTitleBeforeSurname } from './person-name.js';
import { NOT_NAMES } from './phrase.js';
import { isAllCaps, isCalendarWord, tokenize } from './tokens.js';

/** Abbreviated titles as their role nouns ("Sen." is a senator). */
const ROLE_ABBREVIATIONS = new Map([
  ['sen.', 'senator'], ['rep.', 'congressman'], ['gov.', 'governor'], ['gen.', 'general'], ['pres.', 'president'],
  ['sec.', 'secretary'], ['atty.', 'attorney'], ['supt.', 'superintendent'], ['insp.', 'inspector'],
]);

/**
 * Last words of the names of buildings and streets ("Trump Tower", "Wilson Building", "Downing Street"): a run
 * ending in one names a structure, and must not become a full name that a lone surname ("Trump") resolves to.
 */
const STRUCTURE_WORDS = new Set(
  'Tower Towers Building Memorial Monument Prison Jail Station Highway Tunnel Dam Mall Mosque Cathedral Hotel Stadium Arena Museum Library Street Road Avenue Square Airport Plaza Bridge Canal Boulevard'.split(' '),
);

/** Heads of bare plural sources that refer back to a qualified mention ("officials" -> "State Department officials"). */
const BARE_GROUP_PLURALS = new Map([
  ['official', 'officials'], ['police', 'police'], ['authority', 'authorities'], ['investigator', 'investigators'],
  ['prosecutor', 'prosecutors'], ['regulator', 'regulators'],
]);

const SELF_STYLED =
  /^(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:group|organi[sz]ation|collective|network|team|movement|outfit|coalition|faction|cell|account|campaign)\s+(?:(?:that|which)\s+(?:calls|called|describes|described)|calling|describing)\s+(?:itself|themselves)\s+(?:as\s+)?(?:the\s+)?([\p{L}\d][\p{L}\d\s'’&.-]*?)(?=\s+(?:and|to|which|that|has|had|was|is|said|says|on|in)\b|[,.;:()“”"]|$)/iu;

/** Titles of address, which say nothing about what a person does ("Mr Roe" holds no role). */
const HONORIFICS = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Sir', 'Dame', 'Lord', 'Lady', 'Former', 'Acting', 'Senior', 'Deputy']);

/** Kin nouns that introduce a relative by given name ("his brother Alan", "Roe's wife, Ana"). */
const KIN_WORDS = 'brother|sister|son|daughter|wife|husband|mother|father|mom|dad|mum|uncle|aunt|cousin|nephew|niece|grandson|granddaughter|grandmother|grandfather|twin|sons|daughters|brothers|sisters';

const KIN_WORD = new RegExp(`\\b(?:${KIN_WORDS})\\b`, 'i');

/** Whether a kin word stands within a few words of the name at [at, at + length) ("her uncle, Kwame Osei,"). */
function kinNear(text: string, at: number, length: number): boolean {
  const around = text.slice(Math.max(0, at - 40), at + length + 60);
  return KIN_WORD.test(around);
}

/** "the Harding family", "The Harding kids", "the Hardings": the surname of a family a story is about. */
const FAMILY = /\b[Tt]he (\p{Lu}\p{Ll}+) (?:family|kids|children|siblings|household|clan|parents|brothers|sisters)\b|\b[Tt]he (\p{Lu}\p{Ll}+)s\b(?! \p{Lu})/gu;

/** A single initial with its dot ("M." in "Ann M. Roe"). */
const INITIAL = /^\p{Lu}\.$/u;

/** Words that may follow a name ending its noun phrase ("the Harbour Kites won", "the Harbour Kites and ..."). */
const THING_NEXT = '(?:and|or|in|on|at|of|for|to|with|from|who|which|that|was|were|is|are|has|have|had|said|says|will|would|won|lost|beat|played)';

export interface NameInfo {
  name: string;
  role?: string;
}

export class NameIndex {
  private readonly mentions: EntityMention[];
  /** Last name -> full names seen for it, in order of first appearance (from mentions and the scan). */
  private readonly bySurname = new Map<string, string[]>();
  /** Given name -> full names that start with it, filled beside bySurname so a given-name lookup is one get. */
  private readonly byGiven = new Map<string, Set<string>>();
  private readonly roles = new Map<string, string>();
  /** Names the entity extractor typed as organisations ("Amnesty International"). */
  private readonly organizations = new Set<string>();
  /** Given name -> title and name of a monarch or pope ("Francis" -> "Pope Francis"). */
  private readonly regnal = new Map<string, string>();
  /** Multi-word short forms the entity extractor linked to an organisation ("Kanto Steel" -> "Kanto Steel Corp."). */
  private readonly shortForms = new Map<string, string>();
  /** Full names the entity extractor confirmed; the plain scan also reads quoted text ("Let Trump take credit"). */
  private readonly fromMentions = new Set<string>();
  /** Surnames of the families the article speaks of ("the Harding family"), found on first need. */
  private families: Set<string> | undefined;
  /** Lone surnames written after a role title ("President Obama" -> "President"), for role holders. */
  private readonly titledSurnames = new Map<string, string>();
  /** Relation -> relatives the article introduces with it ("his father" -> "Tom Reyes"). */
  private readonly kin: Map<string, Set<string>>;

  /** Organisation mentions in body order, and the body, for organisations introduced with a common noun. */
  private readonly orgMentions: EntityMention[];
  private readonly body: string;
  /** Answers that depend on the body alone, by question: each is a whole-body regex scan asked again and again. */
  private readonly bodyFacts = new Map<string, boolean | RegExpExecArray | null | string | undefined>();
  private bodyFact<T extends boolean | RegExpExecArray | null | string | undefined>(key: string, compute: () => T): T {
    if (this.bodyFacts.has(key)) return this.bodyFacts.get(key) as T;
    const value = compute();
    this.bodyFacts.set(key, value);
    return value;
  }

  constructor(body: string, written: EntityMention[]) {
    const mentions = written.map((m) => withJoinedField(m, body));
    // "Ministry of Agriculture and Forestry": the field joined by "and" is no person, whatever the entity pass said.
    const joined = new Set(mentions.filter((m, i) => m !== written[i]).map((m) => m.end));
    this.mentions = mentions.filter((m) => m.type === 'person' && !joined.has(m.end));
    this.body = body;
    this.orgMentions = mentions.filter((m) => m.type === 'organization').sort((a, b) => a.start - b.start);
    for (const m of mentions) {
      if (m.type !== 'organization') continue;
      this.organizations.add(m.name);
      const text = m.text.replace(/['’]s$/, '');
      // multi-word short forms and acronyms, mixed-case ones too ("GdP", "MoD")
      const acronym = /^\p{Lu}[\p{L}&.]{1,9}$/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
      // "the Academy" for "the American Academy of Neurology": an institution word the entity pass linked to its body.
      const headWord = !text.includes(' ') && m.name.split(/\s+/).includes(text);
      if (text !== m.name && (text.includes(' ') || acronym || headWord)) this.shortForms.set(text, m.name);
    }
    // "the Australian Maritime Safety Authority (Amsa)": a short form defined in brackets, in any case (BBC and
    // Guardian style write "Amsa", "Nato"), stands for the body whose initials it spells.
    for (const m of body.matchAll(/((?:\p{Lu}[\p{L}&'’-]*\s+(?:(?:of|for|and|the|on|in|de)\s+)?){1,8}\p{Lu}[\p{L}&'’-]*)\s+\((\p{Lu}[\p{L}]{1,9})\)/gu)) {
      const [full, short] = [m[1] as string, m[2] as string];
      const initials = full.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (short.length >= 2 && initials.toLowerCase().endsWith(short.toLowerCase())) {
        const name = full.split(/\s+/).slice(-countCapitalised(full, short.length)).join(' ');
        if (!this.shortForms.has(short)) this.shortForms.set(short, name);
        this.organizations.add(name);
      }
    }
    const found: Array<{ at: number; full: string }> = [];
    for (const m of this.mentions) {
      // Only the name as written: a local canonical name may merge people who share a surname.
      found.push({ at: m.start, full: m.text.replace(/['’]s$/, '') });
      this.fromMentions.add(cleanPersonName(m.text.replace(/['’]s$/, '')).name);
      if (m.role && !this.roles.has(m.name)) this.roles.set(m.name, m.role);
    }
    this.scan(body, found);
    this.kin = kinNames(body);
    // "Pope Francis", "King Charles III", "Queen Rania": a monarch or pope is known by title and one name, and the
    // title belongs to the name ("Francis said" later is still Pope Francis).
    for (const m of body.matchAll(/\b(?:Pope|King|Queen|Prince|Princess|Emperor|Empress) (\p{Lu}\p{Ll}+)(?: ([IVX]{1,4})\b)?(?! \p{Lu}\p{Ll})/gu)) {
      const given = m[1] as string;
      if (!this.regnal.has(given)) this.regnal.set(given, m[2] ? `${m[0].replace(/ [IVX]{1,4}$/, '')} ${m[2]}` : m[0]);
    }
    // Dwayne “The Rock” Johnson: a nickname in quotation marks between given name and surname is not part of the name.
    for (const m of body.matchAll(/\b(\p{Lu}[\p{Ll}'’-]+) [“"‘]\p{Lu}[^”"’\n]{0,30}[”"’] (\p{Lu}[\p{Ll}'’-]+)\b/gu)) {
      if (!NOT_NAMES.has(m[1] as string)) found.push({ at: m.index ?? 0, full: `${m[1] as string} ${m[2] as string}` });
    }
    // "D.C. (Duck-chul) Lee": initials with the given name they stand for in parentheses; the name is given + surname.
    for (const m of body.matchAll(/(?<![\p{L}.])(?:\p{Lu}\.\s?){1,3}\((\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?: \p{Lu}\p{Ll}+)?)\) (\p{Lu}[\p{Ll}'’-]+)\b/gu)) {
      found.push({ at: m.index ?? 0, full: `${m[1] as string} ${m[2] as string}` });
    }
    found.sort((a, b) => a.at - b.at);
    const works = namesOfWorks(body);
    // A run the entity pass typed as a body ("Corvane Support Forums") gives no person a given name or surname.
    for (const f of found) if (!works.has(f.full) && !this.organizations.has(f.full)) this.addFull(f.full);
  }

  private addFull(written: string): void {
    const { name: full, role } = cleanPersonName(written);
    if (role && !this.roles.has(full)) this.roles.set(full, role);
    const parts = full.split(/\s+/);
    // "The Iditarod has witnessed ...": a name that takes the article is an event's, a team's or a band's.
    if (parts.length < 2 || parts[0] === 'The') return;
    // "Martin Luther King Jr.": the surname is before the generational suffix
    const suffixed = parts.length > 2 && NAME_SUFFIXES.has(parts[parts.length - 1] as string);
    const last = surnameKey(parts[parts.length - (suffixed ? 2 : 1)] as string);
    const list = this.bySurname.get(last) ?? [];
    // "Ruiz Delgado" after "Tomás Ruiz Delgado": a compound surname written alone is that person, not a new one.
    if (isCompoundSurname(full) && list.some((known) => known.endsWith(` ${full}`))) return;
    if (!list.includes(full)) list.push(full);
    this.bySurname.set(last, list);
    const sharing = this.byGiven.get(parts[0] as string) ?? new Set<string>();
    this.byGiven.set(parts[0] as string, sharing.add(full));
  }

  private scan(body: string, found: Array<{ at: number; full: string }>): void {
    const tokens = tokenize(body);
    let run: string[] = [];
    let title: string[] = [];
    const flush = (): void => {
      while (run.length > 0 && (NAME_PARTICLES.has(run[run.length - 1] as string) || INITIAL.test(run[run.length - 1] as string))) run.pop();
      // "If Trump", "According Smith": a capitalised sentence opener is not a first name.
      // "the four Americans Francis cited", "Iranian Ali Rezaei": a nationality before a name is not a given name.
      // "Adds Weir:", "Says Lee,": an inverted speech verb opening the sentence is no given name either ("Said" is).
      while (run.length > 0 && (NOT_NAMES.has(run[0] as string) || isDemonym(run[0] as string) || (run[0] !== 'Said' && SPEECH_VERBS.has((run[0] as string).toLowerCase()) && !isFirstName(run[0] as string)))) {
        run.shift();
        runStart = -1;
      }
      // "Nevada Rancher Cliven Bundy", "Pop Singer Ann Roe": a headline-capitalised description before a name is no
      // part of it; the name starts after the last word that is a noun for a kind of person.
      const noun = run.length > 2 ? run.slice(0, -2).findLastIndex((w) => SPEAKER_NOUNS.has(w.toLowerCase())) : -1;
      if (noun >= 0) {
        run = run.slice(noun + 1);
        runStart = -1;
      }
      // "Mobb Deep's Prodigy Dies At 42": a headline's capitalised preposition ends any name before it, and what
      // remains is a name only when it stops before a verb or common word ("Prodigy Dies" is no name).
      const cut = run.length <= 4 ? run.findIndex((w, i) => i > 0 && HEADLINE_JOINERS.has(w)) : -1;
      if (cut > 0) {
        run = run.slice(0, cut);
        if (run.length > 1 && isCommonWord((run[run.length - 1] as string).toLowerCase()) && !isFirstName(run[0] as string)) run = [];
      }
      // "Mayor of London Sadiq Khan": the place of a title ending in "of <Place>" is no given name.
      if (run.length > 2 && runStart >= 4 && body.slice(runStart - 4, runStart) === ' of ' && isPlaceName(run[0] as string) && !isFirstName(run[0] as string)) {
        run = run.slice(1);
        runStart = -1;
      }
      // "St Francis of Assisi", "St Louis", "Saint Peter's": a saint or a place named after one is never how the story
      // names a living speaker, so a lone "Francis" later is not that saint.
      if (/^(?:St\.?|Saint|Ste\.?|Sainte)$/.test(run[0] ?? '')) run = [];
      // "Nasser Bin Saud Bin Fahd Al-Mansour": particles inside a name do not make it a headline.
      const size = run.filter((w, i) => i === 0 || !NAME_PARTICLES.has(w.toLowerCase())).length;
      if (size > 4) this.namesInHeadline(run, runStart < 0 ? prevEnd : runStart, found);
      if (run.length >= 2 && size <= 4 && !run.some((w) => ORG_NAME_WORDS.has(w) || (isAllCaps(w) && !INITIAL.test(w))) && !STRUCTURE_WORDS.has(run[run.length - 1] as string)) {
        const full = run.join(' ');
        found.push({ at: runStart < 0 ? prevEnd : runStart, full });
        if (title.length > 0 && !this.roles.has(full)) this.roles.set(full, title.join(' '));
      }
      // "President Obama" with no full name anywhere: a role title before a lone surname makes it a role holder.
      if (run.length === 1 && title.some((w) => !HONORIFICS.has(w)) && !NOT_NAMES.has(run[0] as string)) {
        const surname = run[0] as string;
        if (!this.titledSurnames.has(surname)) this.titledSurnames.set(surname, title.join(' '));
      }
      run = [];
      title = [];
    };
    let runStart = 0;
    let prevEnd = -1;
    for (const t of tokens) {
      const gap = prevEnd < 0 ? ' ' : body.slice(prevEnd, t.start);
      prevEnd = t.end;
      if (!/^\s+$/.test(gap) || /\n/.test(gap)) flush();
      const w = t.text;
      // "O’Brien", "Abdul-Mahdi", and the inner capitals of "DiCaprio", "McAdams", "LeBlanc", "DeSantis"
      const capital = /^\p{Lu}[\p{Ll}'’\-]+$/u.test(w) || /^\p{Lu}[\p{Ll}]*-\p{Lu}/u.test(w) || /^\p{Lu}['’]\p{Lu}\p{Ll}+$/u.test(w) ||
        // a middle initial ("Ann M. Roe"), never the first word of a name
        (run.length > 0 && INITIAL.test(w)) ||
        /^(?:Mc|Mac|Di|De|Le|La|Du|Van|Fitz|Da)\p{Lu}\p{Ll}+$/u.test(w) ||
        // "al-Harbi", "el-Sayed", "d’Estaing" inside a name: a lowercase particle joined to a capitalised surname
        (run.length > 0 && /^(?:al|el|ad|ar|as|ash|at|az|an|abu|bin|ibn|bint|ould|d['’])-?\p{Lu}\p{Ll}+$/u.test(w));
      if (run.length === 0 && (TITLE_WORDS.has(w) || (title.length > 0 && TITLE_JOINERS.has(w)))) {
        title.push(w);
        continue;
      }
      // "Theresa May": a month name right after a given name is a surname.
      const monthSurname = run.length === 1 && /^(?:May|March)$/.test(w) && isFirstName(run[0] as string);
      // "April-fooling us": a calendar word before a hyphen makes no name either.
      if ((capital && (!isCalendarWord(w.split('-')[0] as string) || monthSurname) && !TITLE_WORDS.has(w)) || (run.length > 0 && NAME_PARTICLES.has(w))) {
        if (run.length === 0) runStart = t.start;
        // "Roe's", and "Francis'": an s-final name's possessive is a bare apostrophe.
        run.push(w.replace(/['’]s$|(?<=\p{Ll}s)['’]$/u, ''));
        if (/['’]s$|\p{Ll}s['’]$/u.test(w)) flush();
      } else {
        flush();
      }
    }
    flush();
  }

  /**
   * "Ann Roe Quits Over Budget Row" heading a page: a Title Case line runs a name into other capitalised words, too
   * long to be a name itself. A known given name followed by a capitalised word that is no common word is a name
   * there; it only matters when the text later writes that surname alone.
   */
  private namesInHeadline(run: string[], at: number, found: Array<{ at: number; full: string }>): void {
    for (let i = 0; i + 1 < run.length; i++) {
      const [given, surname] = [run[i] as string, run[i + 1] as string];
      if (!isFirstName(given) || NOT_NAMES.has(given) || isCommonWord(surname) || ORG_NAME_WORDS.has(surname) || TITLE_WORDS.has(surname)) continue;
      if (!/^\p{Lu}\p{Ll}+$/u.test(surname) || isCalendarWord(surname) || isDemonym(surname)) continue;
      found.push({ at, full: `${given} ${surname}` });
    }
  }

  /**
   * The full name and role for a person written as `written` at [start, end) in the body. A lone surname is the
   * first person introduced with it: when relatives share a surname, reporters give the others first names.
   */
  resolve(written: string, start: number, end: number): NameInfo {
    const mention = this.mentions.find((m) => m.start < end && m.end > start);
    const parts = written.split(/\s+/);
    const last = parts[parts.length - 1] as string;
    // "Van der Berg said" for "Pieter van der Berg": a particle is capitalised when it opens the sentence.
    const ending = ` ${written}`.toLowerCase();
    const sharing = (this.bySurname.get(surnameKey(last)) ?? []).filter((full) => full !== written && withoutSuffix(full).toLowerCase().endsWith(ending));
    // "Demoski denied it" before the article introduces his mother Janice Demoski: a surname several people share
    // means one the reader has met by then, never one named further down.
    const met = start >= 0 && new Set(sharing).size > 1 ? sharing.filter((full) => this.firstNamedAt(full) < start) : sharing;
    const matching = met.length > 0 ? met : sharing;
    const confirmed = matching.filter((full) => this.fromMentions.has(full));
    const candidates = confirmed.length > 0 ? confirmed : matching;
    const role = mention?.role;
    // "Kunz Sr. said" for "DeOrr Kunz Sr.": a lone surname keeps its generational suffix.
    if (parts.length === 2 && NAME_SUFFIXES.has(last)) {
      const suffixed = new Set((this.bySurname.get(surnameKey(parts[0] as string)) ?? []).filter((full) => full.endsWith(` ${written}`)));
      if (suffixed.size === 1) return this.withRole([...suffixed][0] as string, role);
    }
    // "the younger Vance" when a father and son share the name: the generation picks one.
    const generation = parts.length === 1 ? this.byGeneration(candidates, start) : undefined;
    if (generation) return this.withRole(generation, role);
    const fresh = parts.length === 1 ? this.justIntroduced(candidates, start) : undefined;
    if (fresh) return this.withRole(fresh, role);
    // a lone surname, or one with its particles ("Van der Berg" for "Pieter van der Berg")
    if ((parts.length === 1 || NAME_PARTICLES.has((parts[0] as string).toLowerCase())) && candidates[0]) return this.withRole(candidates[0], role);
    // "Ruiz Delgado said" for "Tomás Ruiz Delgado": a compound surname, when only one person has it.
    if (isCompoundSurname(written) && new Set(candidates).size === 1 && candidates[0]) {
      return this.withRole(candidates[0], role);
    }
    // "Jing Xu suggests" for "Alison Jing Xu": a middle and last name, when only one person's full name ends so.
    // The words the full name adds must be given names, not a credit, a title or an epithet ("Courtesy Maria Feng").
    const added = candidates[0]?.split(/\s+/).slice(0, -parts.length) ?? [];
    const givenOnly = added.length > 0 && added.every((w) => isFirstName(w) && !isTitleBeforeSurname(w));
    if (parts.length > 1 && /^\p{Lu}/u.test(parts[0] as string) && !parts.slice(0, -1).some(isTitleBeforeSurname) && new Set(candidates).size === 1 && candidates[0] && givenOnly) {
      return this.withRole(candidates[0], role);
    }
    // "ACM Houston", "Marshal Houston", "Det. Insp. Rowe": titles before a surname the article gave in full.
    if (parts.length > 1 && parts.slice(0, -1).every(isTitleBeforeSurname)) {
      const full = this.fullNameFor(last);
      if (full) return this.withRole(full, role ?? parts.slice(0, -1).join(' '));
    }
    const regnal = parts.length === 1 && matching.length === 0 ? this.regnal.get(written) : undefined;
    if (regnal) return this.withRole(regnal, role);
    // "Dana" after "Dana Kovac": informal writing refers back by given name; only when exactly one person
    // named in full has it and nobody has it as a surname.
    if (parts.length === 1 && matching.length === 0) {
      const byGiven = this.byGivenName(written);
      if (byGiven) return this.withRole(byGiven, role);
    }
    // "Mona Lisa said" after "Mona Lisa Harding": a given name of two words is still a given name.
    if (parts.length > 1 && matching.length === 0) {
      const longer = this.extending(written);
      if (longer) return this.withRole(longer, role);
    }
    // "Serennah said" in a story about "the Harding family": a family member the article names by given name only.
    if (parts.length === 1 && matching.length === 0) {
      const member = this.familyMember(written);
      if (member) return this.withRole(member, role);
    }
    // "Sndyer said" after "Gov. Rick Snyder": a reader reads past two swapped letters in a surname the article gave.
    if (parts.length === 1 && matching.length === 0) {
      const misspelt = this.surnameWithSwap(written);
      if (misspelt) return this.withRole(misspelt, role);
    }
    // A mention's canonical name is used when it extends what is written ("Stoltenberg" -> "Jens Stoltenberg").
    if (mention && mention.name.split(/\s+/).length > parts.length && mention.name.endsWith(written)) {
      return this.withRole(cleanPersonName(mention.name).name, role);
    }
    return this.withRole(written, role);
  }

  /** The one organisation the article names that passes `test`, or undefined when none or several do. */
  uniqueOrganization(test: (org: string) => boolean): string | undefined {
    const found = [...this.organizations].filter(test);
    return found.length === 1 ? found[0] : undefined;
  }

  /**
   * The organisation a name refers to when the article's entity mentions make it one: the full name itself, its
   * distinctive first word ("Amnesty" for "Amnesty International"), or its acronym ("MEA" for "Maritime Employers
   * Association"). Undefined for anything else, including a surname the article gives a person.
   */
  organizationFor(name: string): string | undefined {
    // "Dupont said" after "gerontologist Jacqueline Dupont": a surname the article gives a person in full is that
    // person, even when the entity pass also read the word as a company.
    const personSurname = !name.includes(' ') && this.knowsSurname(name);
    // "the MoD", "the DfE": a short acronym with a lowercase joining letter is the body whose initials it spells.
    const mixed = /^(?=(?:[^\p{Ll}]*\p{Ll}){1}[^\p{Ll}]*$)\p{Lu}\p{Ll}?\p{Lu}\p{Ll}?\p{Lu}?$/u.test(name);
    if (mixed) {
      const full = [...this.organizations].find((org) => org !== name && org.includes(' ') && fitsWithQualifier(name, org));
      if (full) return full;
    }
    if (this.organizations.has(name) && !isAllCaps(name) && !personSurname) return name;
    // "Kanto Steel" for "Kanto Steel Corp.": a company named without its legal suffix (entities/short-forms.ts).
    const mentioned = this.shortForms.get(name);
    if (mentioned) return mentioned;
    if (personSurname) return undefined;
    if (name.includes(' ') || TITLE_WORDS.has(name)) return this.organizations.has(name) ? name : undefined;
    for (const org of this.organizations) {
      const words = org.split(/\s+/).filter((w) => !TITLE_JOINERS.has(w.toLowerCase()));
      if (words.length < 2) continue;
      // "OYSIEC" for "Oyo State Independent Electoral Commission": initials, with letters from inside a word.
      if (isAllCaps(name) && fitsWithQualifier(name, org)) return org;
      if (words[0] === name && !ORG_NAME_WORDS.has(name) && !this.writtenAloneBefore(name, org)) return org;
    }
    const spelled = isAllCaps(name) && name.length >= 3 ? this.spelledOutInBody(name) : undefined;
    return spelled ?? (this.organizations.has(name) ? name : undefined);
  }

  /**
   * "Apple ... the Apple Support Forums": the word was written on its own before the longer name first appears, so
   * it names a body of its own (which the longer name belongs to), not a short form of that name.
   */
  private writtenAloneBefore(word: string, org: string): boolean {
    const first = this.orgMentions.find((m) => m.name === org);
    if (!first || !namesAPart(org)) return false;
    const alone = new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(word)}(?![\\p{L}-])(?![ \\t]+\\p{Lu})`, 'u');
    return alone.test(this.body.slice(0, first.start));
  }

  /**
   * "GMA" for "Good Morning America" written earlier: the one run of capitalised words in the body (minor words
   * allowed inside) whose initials spell the acronym, for names the entity extractor did not type as organisations
   * (shows, campaigns, committees written without an institution word). Undefined when none or several.
   */
  private spelledOutInBody(acronym: string): string | undefined {
    return this.bodyFact(`spelled:${acronym}`, () => this.scanSpelledOut(acronym));
  }

  private scanSpelledOut(acronym: string): string | undefined {
    const found = new Set<string>();
    const run = new RegExp(`^${acronym[0]}[\\p{Ll}’'-]+(?:\\s+(?:(?:of|for|and|the|on|in)\\s+)?\\p{Lu}[\\p{Ll}’'-]+){1,${acronym.length + 2}}`, 'u');
    // Every word starting with the first letter may open the name (runs may overlap: "A and B Association").
    for (const opening of this.body.matchAll(new RegExp(`(?<![\\p{L}])${acronym[0]}\\p{Ll}`, 'gu'))) {
      const m = run.exec(this.body.slice(opening.index ?? 0, (opening.index ?? 0) + 200));
      if (!m) continue;
      const words = m[0].replace(/[’']s?$/, '').split(/\s+/);
      // the shortest prefix of the run that spells the acronym
      for (let n = 2; n <= words.length; n++) {
        const candidate = words.slice(0, n).join(' ');
        if (/^(?:of|for|and|the|on|in)$/.test(words[n - 1] as string)) continue;
        // Strict: one capitalised word per letter ("Green Mountain" does not spell GMA).
        const initials = words.slice(0, n).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
        if (initials === acronym) {
          found.add(candidate);
          break;
        }
      }
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** People the entity mentions place inside [start, end) of the body, with their cleaned full names. */
  personsIn(start: number, end: number): Array<{ name: string; role?: string }> {
    return this.mentions
      .filter((m) => m.start >= start && m.end <= end)
      .map((m) => {
        const cleaned = cleanPersonName(m.name);
        const role = m.role ?? cleaned.role;
        return role ? { name: cleaned.name, role } : { name: cleaned.name };
      });
  }

  /**
   * "His brother, Mark Belliveau, runs the shop. “...,” Belliveau said.": a relative sharing the surname, introduced
   * in full for the first time in the sentence just before (or earlier in the same one), is the one the lone surname
   * means there; further on, the surname goes back to the person first introduced with it.
   */
  private justIntroduced(candidates: string[], start: number): string | undefined {
    const distinct = [...new Set(candidates)];
    if (distinct.length < 2) return undefined;
    const before = this.body.slice(0, start);
    // The text with quotations blanked out (same offsets): a kin word someone says introduces nobody.
    let masked: string | undefined;
    const narrative = (): string => (masked ??= before.replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length)));
    const near = (at: number, c: string): boolean => {
      // Quoted words may hold sentences of their own: only the narrative's sentence ends count.
      const between = before.slice(at + c.length).replace(/“[^”]*”?|"[^"]*"?/g, '“”');
      const ends = between.match(/(?<!\b(?:Mrs?|Ms|Dr|Pvt|Sgt|Cpl|Lt|Col|Gen|Capt|Maj|Sen|Rep|Gov|St|Jr|Sr|Prof|Rev|Det|Insp|\p{Lu}))[.!?][”"’']?\s+(?=[“"‘'\p{Lu}])/gu)?.length ?? 0;
      if (ends > 1) return false;
      // The last sentence of the paragraph before counts too when it introduces the relative as one ("Her
      // grandmother, Ann Roe, said she was pleased.¶“...,” Roe said."); a name only seen in a tag there does not.
      const breaks = between.match(/\n\s*\n/g)?.length ?? 0;
      return breaks === 0 || (breaks === 1 && kinNear(narrative(), at, c.length));
    };
    const inWindow = distinct.filter((c) => {
      const at = before.search(wordPattern(c));
      return at >= 0 && near(before.lastIndexOf(c), c);
    });
    // Only one relative named that close, and named there for the first time; two named together stay ambiguous.
    const fresh = inWindow.length === 1 ? (inWindow[0] as string) : undefined;
    if (!fresh || fresh === distinct[0]) return undefined;
    return near(before.indexOf(fresh), fresh) ? fresh : undefined;
  }

  /**
   * "the younger Vance", "the elder Vance": reporters tell a parent and child with one surname apart by generation.
   * The younger is the one the article introduces as someone's son or daughter, the elder the one introduced as a
   * father or mother (or whose son or daughter someone is); with two candidates, knowing one settles the other.
   */
  private byGeneration(candidates: string[], start: number): string | undefined {
    const word = /\b(younger|elder|older)\s+$/i.exec(this.body.slice(Math.max(0, start - 12), start))?.[1]?.toLowerCase();
    if (!word || candidates.length < 2) return undefined;
    const introduced = (c: string, pattern: string): boolean =>
      this.bodyFact(`gen:${c}\u0000${pattern}`, () => new RegExp(pattern.replace('NAME', escapeRegExp(c)), 'iu').test(this.body));
    const children = candidates.filter(
      (c) => introduced(c, String.raw`\b(?:son|daughter),?\s+NAME\b`) || introduced(c, String.raw`\bNAME,?\s+(?:the|a|an)\s+(?:\p{L}+\s+)?(?:son|daughter)\b`),
    );
    const parents = candidates.filter(
      (c) => introduced(c, String.raw`\b(?:father|mother),?\s+NAME\b`) || introduced(c, String.raw`\b(?:son|daughter)\s+of\s+(?:[\p{L}.]+\s+){0,4}NAME\b`),
    );
    const pick = (own: string[], other: string[]): string | undefined => {
      if (own.length === 1) return own[0];
      const rest = candidates.filter((c) => !other.includes(c));
      return other.length > 0 && rest.length === 1 ? rest[0] : undefined;
    };
    return word === 'younger' ? pick(children, parents) : pick(parents, children);
  }

  /** The first person named in full with this surname, preferring names the entity extractor confirmed. */
  private fullNameFor(surname: string): string | undefined {
    const list = this.bySurname.get(surnameKey(surname)) ?? [];
    return list.find((full) => this.fromMentions.has(full)) ?? list[0];
  }

  /**
   * The one person named in full whose surname is `written` with two neighbouring letters swapped ("Sndyer" for
   * "Snyder"), the commonest typing slip. Only for words of five letters or more that are no surname themselves, and
   * only when exactly one surname fits and one person has it.
   */
  private surnameWithSwap(written: string): string | undefined {
    if (!/^\p{Lu}\p{Ll}{4,}$/u.test(written) || this.bySurname.has(written)) return undefined;
    const fits: string[] = [];
    for (let i = 1; i < written.length - 1; i++) {
      const swapped = written.slice(0, i) + (written[i + 1] as string) + (written[i] as string) + written.slice(i + 2);
      if (swapped !== written && this.bySurname.has(swapped) && !fits.includes(swapped)) fits.push(swapped);
    }
    const people = fits.length === 1 ? (this.bySurname.get(fits[0] as string) ?? []) : [];
    return people.length === 1 ? people[0] : undefined;
  }

  /** The one longer full name that starts with the words of `written`, or undefined when none or several. */
  private extending(written: string): string | undefined {
    const first = written.split(/\s+/)[0] as string;
    // The added words must read as a surname: "Stephen Colbert Kicks Off" is a headline, not a longer name.
    const longer = [...(this.byGiven.get(first) ?? [])].filter(
      (full) => full.startsWith(`${written} `) && !full.slice(written.length + 1).split(' ').some(isCommonWord),
    );
    return longer.length === 1 ? longer[0] : undefined;
  }

  /**
   * `given` with the surname of the one family the article is about ("the Harding family", "the Hardings",
   * "Mr Conroy's brother Alan"): feature writing names a family's members by given name once the surname is
   * established, and a reader gives them that surname. Undefined when the word is not a given name as used here,
   * or when the article speaks of no family or of several.
   */
  private familyMember(given: string): string | undefined {
    if (!/^\p{Lu}\p{Ll}+$/u.test(given) || this.organizations.has(given)) return undefined;
    // "Mr Conroy's brother Alan": the relative of a named person.
    const kin = this.bodyFact(`kin:${given}`, () =>
      new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+)['’]s?\\s+(?:\\p{Ll}+\\s+)?(?:${KIN_WORDS}),?\\s+${given}\\b`, 'u').exec(this.body),
    );
    if (kin && this.knowsSurname(kin[1] as string)) return `${given} ${kin[1] as string}`;
    // Titles go before surnames ("Mr Alan"): such a word is no given name.
    if (this.bodyFact(`titled:${given}`, () => new RegExp(`\\b(?:Mr|Mrs|Ms|Dr|Miss)\\.?\\s+${given}\\b`, 'u').test(this.body))) return undefined;
    if (this.families === undefined) {
      this.families = new Set<string>();
      for (const m of this.body.matchAll(FAMILY)) this.families.add((m[1] ?? m[2]) as string);
    }
    const [family] = [...this.families];
    if (this.families.size !== 1 || family === undefined || family === given || !this.knowsSurname(family)) return undefined;
    return `${given} ${family}`;
  }

  /** The one full name whose first word is `given`, or undefined when none or several. */
  private byGivenName(given: string): string | undefined {
    if (!/^\p{Lu}\p{Ll}+$/u.test(given)) return undefined;
    const found = this.byGiven.get(given);
    return found?.size === 1 ? [...found][0] : undefined;
  }

  /**
   * The organisation the article introduced with the common noun `head` before body offset `at`: "low-cost airline
   * SkyVista", "SkyVista, the Polish airline", "the Harbour Pilots Union" (the noun inside the name). News introduces
   * an organisation with what it is and then refers back with "the airline", "the union"; the latest one so
   * introduced is the referent. Undefined when none.
   */
  describedOrganization(head: string, at: number): { name: string; at: number } | undefined {
    // Built once per noun, not per mention: "airline SkyVista" and "SkyVista, the Polish airline".
    const { nounBefore, appositionAfter } = headPatterns(head);
    let best: { name: string; at: number } | undefined;
    // "the agency" after "the Fish and Wildlife Service" was named in passing: a name whose own words fit the noun
    // (org-nouns.ts), used only when nothing was introduced with the noun itself.
    let fitting: { name: string; at: number } | undefined;
    for (const m of this.orgMentions) {
      if (m.start >= at) break;
      const before = this.body.slice(Math.max(0, m.start - 40), m.start);
      const after = this.body.slice(m.end, m.end + 60);
      const introduced = nounBefore.test(before) || appositionAfter.test(after) || m.name.toLowerCase().split(/\s+/).includes(head);
      if (introduced) best = { name: m.name, at: m.start };
      else if (m.name.includes(' ') && nameFitsHead(m.name, head)) fitting = { name: m.name, at: m.start };
    }
    return best ?? fitting;
  }

  /**
   * "Police said" after "British police have named ...", "officials said" after "State Department officials":
   * reporters name a body's people once with its qualifier and then write the bare plural for the same people. The
   * latest qualified form of that plural written before `at` ("British police"), or undefined when none.
   */
  qualifiedGroup(head: string, at: number): string | undefined {
    const plural = BARE_GROUP_PLURALS.get(head);
    if (!plural) return undefined;
    const pattern = new RegExp(`((?:\\p{Lu}[\\p{L}.&’'-]*\\s+){1,4})${plural}\\b`, 'gu');
    let found: string | undefined;
    for (const m of this.body.slice(0, at).matchAll(pattern)) {
      const words = (m[1] as string).trim().split(/\s+/);
      // A capital that only opens the sentence ("Some officials", "The police") qualifies nothing.
      while (words.length > 0 && (NOT_NAMES.has(words[0] as string) || /^(?:The|A|An|Other|Local|Senior|Top)$/.test(words[0] as string))) words.shift();
      // Only a group that acts in its sentence: "... included X and Canadian Embassy officials" lists people as the
      // object of another verb, while a subject follows punctuation or opens the sentence.
      const before = /(\S+)\s*$/u.exec(this.body.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0))?.[1] ?? '';
      if (/^[\p{Ll}]+$/u.test(before)) continue;
      if (words.length > 0) found = `${words.join(' ')} ${plural}`;
    }
    return found;
  }

  /**
   * "a group that called itself Red Lantern and said ...", "an outfit calling itself the Free Coast": a source that
   * names itself is known by that name. The name written after "itself" for a description starting at body offset
   * `at`, or undefined.
   */
  selfStyledName(at: number): string | undefined {
    const m = SELF_STYLED.exec(this.body.slice(at, at + 160));
    const name = m?.[1]?.trim();
    return name && name.split(/\s+/).length <= 5 ? name : undefined;
  }

  /**
   * "the senator's office", "the mayor's spokesman": the person a role noun owner refers to, when someone was just
   * named with that role ("GOP Sen. Ann Roe of Nevada ... the senator's office said"): the latest person the
   * entity mentions give that role within the last few sentences before `at`. Undefined when nobody fits.
   */
  roleHolder(roleNoun: string, at: number): string | undefined {
    const wanted = roleNoun.toLowerCase();
    let best: EntityMention | undefined;
    for (const m of this.mentions) {
      if (m.end > at || at - m.start > 600 || !m.role) continue;
      const words = m.role.toLowerCase().split(/[\s-]+/).map((w) => ROLE_ABBREVIATIONS.get(w) ?? w);
      if (words.includes(wanted) && (!best || m.start > best.start)) best = m;
    }
    return best ? cleanPersonName(best.name).name : undefined;
  }

  /**
   * "met union leader Tom Reyes": the role words written right before the full name, for a mention whose recorded
   * role kept only the head ("leader").
   */
  private roleWrittenBefore(full: string, wanted: string[]): boolean {
    if (wanted.length < 2 || !wanted.every((w) => /^[\p{L}-]+$/u.test(w))) return false;
    // A capitalised word before the role qualifies it ("Eldorian trade minister Ivo Kurt"): not the bare role.
    const m = new RegExp(`(?<![\\p{L}])${wanted.join('[\\s-]+')}\\s+${escapeRegExp(full)}(?![\\p{L}])`, 'iu').exec(this.body);
    return m !== null && !/\p{Lu}[\p{L}'’-]*\s+$/u.test(this.body.slice(Math.max(0, m.index - 30), m.index));
  }

  /**
   * People the article gives a role containing every one of `wanted` (lowercased words: "transport", "minister"),
   * anywhere in the body, in order of appearance. `owner` is the place or body a description puts before the role
   * ("Malaysia" in "Malaysia's transport minister"): a role naming it fits, and so does a bare title ("Transport
   * Minister Ann Roe"), but not a role with some other capitalised qualifier ("French Foreign Minister"), which names
   * another country's holder.
   */
  roleHolders(wanted: string[], owner?: string): string[] {
    const found: string[] = [];
    const ownerLower = owner?.toLowerCase();
    // A lone titled surname counts only when the article never gives that person a full name.
    const lone = [...this.titledSurnames].filter(([surname]) => !this.knowsSurname(surname));
    for (const [name, role] of [...this.roles, ...lone]) {
      const full = cleanPersonName(name).name;
      if ((full.split(/\s+/).length < 2 && !this.titledSurnames.has(full)) || found.includes(full)) continue;
      const written = role.replace(/['’]s\b/g, '').split(/[\s-]+/).filter(Boolean);
      const words = written.map((w) => ROLE_ABBREVIATIONS.get(w.toLowerCase()) ?? w.toLowerCase().replace(/[.,]$/, ''));
      if (!wanted.every((w) => words.includes(w)) && (owner !== undefined || !this.roleWrittenBefore(full, wanted))) continue;
      // "the attorney's associate, Edgar Rodriguez": a role word in the possessive names whom the person works for.
      const owned = new Set((role.match(/[\p{L}-]+(?=['’]s?\b)/gu) ?? []).map((w) => w.toLowerCase()));
      const ownNouns = new Set(role.replace(/[\p{L}-]+['’]s?\b/gu, ' ').toLowerCase().split(/[\s-]+/).filter(Boolean));
      if (wanted.some((w) => owned.has(w) && !ownNouns.has(w))) continue;
      const names = ownerLower !== undefined && words.includes(ownerLower);
      const otherQualifier = written.some((w, i) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w) && !wanted.includes(words[i] as string));
      if (ownerLower !== undefined && !names && otherQualifier) continue;
      found.push(full);
    }
    return found;
  }

  /** Whether the article introduces `name` as someone's relative ("his wife Anette Roe"). */
  isRelative(name: string): boolean {
    for (const names of this.kin.values()) if (names.has(name)) return true;
    return false;
  }

  /** The one person the article introduces as someone's `relation`, or undefined when none or several. */
  relative(relation: string): string | undefined {
    const names = this.kin.get(relation);
    return names && names.size === 1 ? [...names][0] : undefined;
  }

  /**
   * Whether the article writes a full name with "the" right before it ("the owner of the Harbour Kites,"; a later
   * "The Kites said" resolves to that name): a person's name never takes the article, a team's, band's or ship's
   * does. Only the whole name counts ("the Roe administration" says nothing about Ann Roe).
   */
  isThingName(full: string): boolean {
    const parts = full.split(/\s+/);
    if (parts.length < 2 || this.fromMentions.has(full)) return false;
    // The whole name ending a noun phrase: "the Ann Roe Foundation" and "the Ann Roe case" use the name as a modifier.
    return this.bodyFact(`thing:${full}`, () =>
      new RegExp(`(?:^|[^\\p{L}])[Tt]he\\s+${escapeRegExp(full)}(?:['’]s\\b|\\s*[,.;:!?)]|\\s+${THING_NEXT}\\b)`, 'u').test(this.body),
    );
  }

  /** Where the article first writes a full name (body offset; Infinity when it never does). */
  private firstNamedAt(full: string): number {
    const key = `first:${full}`;
    const cached = this.bodyFact(key, () => String(this.body.search(wordPattern(full))));
    const at = Number(cached);
    return at < 0 ? Infinity : at;
  }

  /** Whether a lone word is the surname of someone the article names in full. */
  knowsSurname(word: string): boolean {
    return (this.bySurname.get(surnameKey(word)) ?? []).length > 0;
  }

  private withRole(name: string, role?: string): NameInfo {
    const r = role ?? this.roles.get(name);
    return r ? { name, role: r } : { name };
  }
}

/** How many words from the end of `full` it takes to cover `capitals` capitalised words (joiners between count). */
function countCapitalised(full: string, capitals: number): number {
  const words = full.split(/\s+/);
  let seen = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    if (/^\p{Lu}/u.test(words[i] as string)) seen++;
    if (seen === capitals) return words.length - i;
  }
  return words.length;
}

/** Prepositions a Title Case headline capitalises; no person's name has one inside it. */
const HEADLINE_JOINERS = new Set(['At', 'On', 'For', 'To', 'By', 'With', 'From', 'Into', 'After', 'Before', 'Over', 'Amid']);

/** Lowercase nouns for a work, a programme, a venue or a vessel, which the name right after them names. */
const WORK_NOUN =
  /\b(?:show|programme|program|series|sitcom|soap|film|movie|documentary|album|song|single|book|novel|memoir|podcast|newspaper|magazine|tabloid|website|blog|app|ship|vessel|yacht|submarine|restaurant|hotel|bar|café|cafe|venue|festival|musical|play|opera)\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){1,3})/gu;

/**
 * "a guest on Russian talk show Evening Urgant", "aboard the submarine Nautilus Star": capitalised words right after a
 * noun for a work or a venue are its name, not a person, even when one of them is also a host's surname.
 */
function namesOfWorks(body: string): Set<string> {
  const out = new Set<string>();
  for (const m of body.matchAll(WORK_NOUN)) {
    const words = (m[1] as string).replace(/['’]s$/, '').split(/\s+/);
    for (let n = 2; n <= words.length; n++) out.add(words.slice(0, n).join(' '));
  }
  return out;
}

/**
 * Whether `words` can be the compound surname of a longer name ("Ruiz Delgado", "García Márquez", "bin Saud"): more
 * than one word, capitalised words that are no given name, title or common word ("Maria Feng" and "Wants Betty White"
 * are a person's given name and surname, or a headline, not a surname).
 */
function isCompoundSurname(words: string): boolean {
  const parts = words.split(/\s+/);
  if (parts.length < 2) return false;
  return parts.every((w, i) =>
    (i > 0 && NAME_PARTICLES.has(w.toLowerCase())) ||
    (/^\p{Lu}\p{Ll}/u.test(w) && !isFirstName(w) && !isCommonWord(w) && !isDemonym(w) && !isTitleBeforeSurname(w) && !ORG_NAME_WORDS.has(w)));
}

/** Institution words whose "of" names a field that may take a second one after "and". */
const FIELD_INSTITUTIONS = /^(?:(?:\p{Lu}[\p{L}'’]*\s+)*)(?:Ministry|Department|Dept\.|Secretary|Minister|Office|Bureau|Institute|School|Faculty|College|Agency|Commission|Committee|Council|Board|Authority|Centre|Center)\s+of\s+(?:the\s+)?\p{Lu}/u;

/**
 * "Ministry of Agriculture and Forestry", "Department of Environment and Climate Change": the entity pass may stop
 * an institution's name at "and", leaving the second field out. The mention widened to take it when the body goes on
 * with "and" and capitalised words ending the noun phrase; unchanged otherwise.
 */
function withJoinedField(m: EntityMention, body: string): EntityMention {
  if (m.type !== 'organization' || !FIELD_INSTITUTIONS.test(m.text)) return m;
  const more = /^ and (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2})(?=[\s,.;:)'’]|$)(?! \p{Lu})/u.exec(body.slice(m.end, m.end + 60));
  if (!more?.[1] || /\bof\b.*\band\b/.test(m.text)) return m;
  // "... and Tom Reyes said": a person's name after "and" is the next subject, not a field.
  if (more[1].split(' ').some((w) => isFirstName(w))) return m;
  const extra = more[0].length;
  return { ...m, text: body.slice(m.start, m.end + extra), name: m.name === m.text ? body.slice(m.start, m.end + extra) : `${m.name}${more[0]}`, end: m.end + extra };
}

/** The bySurname key: "al-Harbi" inside a name and "Al-Harbi" opening a tag are one surname. */
function surnameKey(surname: string): string {
  return surname.charAt(0).toUpperCase() + surname.slice(1);
}

/** A full name without its generational suffix ("Martin Luther King Jr." -> "Martin Luther King"). */
function withoutSuffix(full: string): string {
  const space = full.lastIndexOf(' ');
  return space >= 0 && NAME_SUFFIXES.has(full.slice(space + 1)) ? full.slice(0, space) : full;
}

/** `s` as a literal inside a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A value built once per key and kept for the process (patterns for a word or a noun, which articles look up again
 * and again); emptied past a size so a long run over many articles does not grow it without bound.
 */
function cached<V>(cache: Map<string, V>, key: string, build: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size > 5000) cache.clear();
    value = build();
    cache.set(key, value);
  }
  return value;
}

/** A word written whole (no letter either side): a name is looked up many times per article. */
const WORD_PATTERNS = new Map<string, RegExp>();
function wordPattern(word: string): RegExp {
  return cached(WORD_PATTERNS, word, () => new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u'));
}

/** describedOrganization's two patterns for a head noun. */
const HEAD_PATTERNS = new Map<string, { nounBefore: RegExp; appositionAfter: RegExp }>();
function headPatterns(head: string): { nounBefore: RegExp; appositionAfter: RegExp } {
  return cached(HEAD_PATTERNS, head, () => ({
    nounBefore: new RegExp(`(?:^|[\\s(])${head}s?\\s+$`, 'i'),
    appositionAfter: new RegExp(`^[’']?s?(?:\\s*\\([^()]{1,20}\\))?\\)?,\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}${head}\\b`, 'iu'),
  }));
}
