/**
 * Descriptions the article resolves only later. Discourse reads forward, so a speaker first written as a role ("their
 * lawyer says", "the mayor's spokeswoman said", "the CEO of the galleries said") stays that description even when a
 * later paragraph names the one holder of the role ("The couple's lawyer, Ann Roe, said", "Tom Park, CEO of the
 * company, said"). A reader joins the two; this pass, run once all quotes have speakers, does the same.
 *
 * Only definite descriptions of someone who holds a role (a determiner "the" or a possessive: "his", "their", "the
 * mayor's", "Roe's"), never anonymous ones ("a senior official", "one source"), and only when the article gives that
 * role to exactly one named person: with two lawyers named, "their lawyer" stays as written. A capitalised owner
 * must fit the holder's role as in names.ts roleHolders: "China's chief negotiator" is not "Saudi Arabia's chief
 * negotiator, Ann Roe".
 */
import { escapeRegExp, type NameIndex } from './names.js';
import { singular } from './tokens.js';
import type { Quote } from '../types.js';

const DEFINITE = new Set(['the', 'his', 'her', 'their', 'its']);

/**
 * Heads that are no one's role in a story, or that many unnamed people share: "the official", "the man", "the
 * witness" may be someone other than the one named person described the same way.
 */
const NOT_HELD = new Set([
  'official', 'officer', 'source', 'insider', 'person', 'individual', 'man', 'woman', 'boy', 'girl', 'people',
  'resident', 'witness', 'neighbour', 'neighbor', 'friend', 'relative', 'member', 'employee', 'worker', 'student',
  'victim', 'survivor', 'user', 'poster', 'commenter', 'reader', 'viewer', 'caller', 'fan', 'customer', 'voter',
  'statement', 'report', 'document', 'letter', 'post', 'tweet', 'release', 'study', 'website', 'page', 'email',
  'government', 'company', 'agency', 'office', 'department', 'ministry', 'group', 'team', 'family', 'campaign',
]);

/** Words that close the role and open its complement ("the CEO of the galleries", "a spokesman for the army"). */
const COMPLEMENT = /\s(?:of|for|at|with|in|to|from|on)\s/;

/** Roles written with other words for the same job: a client's lawyer is also "the attorney", a CEO "the chief executive". */
const SAME_ROLE = new Map([
  ['lawyer', ['attorney', 'counsel', 'solicitor', 'barrister']],
  ['attorney', ['lawyer', 'counsel']],
  ['spokesman', ['spokesperson', 'spokeswoman']],
  ['spokeswoman', ['spokesperson', 'spokesman']],
  ['spokesperson', ['spokesman', 'spokeswoman']],
  ['ceo', ['chief executive']],
]);

/** Attorneys who act for the public, not for a client: a prosecutor is never "their lawyer". */
const PUBLIC_ATTORNEY = /\b(?:district|state|state's|general|county|city|prosecuting|u\.s\.|us|united states)\s+attorney|\battorneys?[\s-]general\b/i;

interface HeldRole {
  head: string;
  /** Lowercase words before the head ("chief" in "the chief negotiator"). */
  modifiers: string[];
  /** A capitalised owner ("China" in "China's chief negotiator"). */
  owner?: string;
}

/** The role of a definite singular description, or undefined when the speaker is no such description. */
function heldRole(description: string): HeldRole | undefined {
  const words = description.split(/\s+/);
  const core = (description.split(COMPLEMENT)[0] as string).split(/\s+/);
  const last = core.pop() ?? '';
  // A capitalised head is a title or a name ("the President's Chief of Staff"), not a role noun to look up; an
  // initialism ("the CEO") is a role noun.
  if (core.length === 0 || !/^(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,4})$/u.test(last)) return undefined;
  const ownerAt = core.findIndex((w) => /\p{L}['’]s?$/u.test(w));
  // "the lawyer", "their lawyer", "Dan Roe's lawyer": a determiner or an owner before the role.
  if (!DEFINITE.has((words[0] ?? '').toLowerCase()) && ownerAt < 0) return undefined;
  const { word, plural } = singular(last);
  if (plural || NOT_HELD.has(word)) return undefined;
  const rest = core.slice(ownerAt + 1).filter((w) => !DEFINITE.has(w.toLowerCase()));
  if (!rest.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return undefined;
  const ownerWords = ownerAt < 0 ? [] : core.slice(0, ownerAt + 1).filter((w) => !DEFINITE.has(w.toLowerCase()));
  const owner = ownerWords.join(' ').replace(/['’]s?$/, '');
  const role: HeldRole = { head: word, modifiers: rest };
  if (/^\p{Lu}/u.test(owner)) role.owner = owner;
  return role;
}

/**
 * "The couple's lawyer, Ann Roe, said": people introduced right after the role noun and a comma, which the entity
 * pass does not always record as that person's role.
 */
function appositiveHolders(body: string, names: NameIndex, head: string): string[] {
  const found: string[] = [];
  for (const m of body.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(head)},\\s+`, 'giu'))) {
    const at = (m.index ?? 0) + m[0].length;
    const comma = body.indexOf(',', at);
    if (comma < 0 || comma - at > 40) continue;
    const people = names.personsIn(at, comma);
    const first = people[0];
    if (people.length === 1 && first && first.name.includes(' ') && body.slice(at, comma).trim().endsWith(first.name.split(/\s+/).pop() as string)) found.push(first.name);
  }
  return found;
}

/**
 * A description the text names right away, with a caveat: "a lieutenant colonel named Dane", "a pilot identified only
 * as Capt. Mike", "a neighbour who gave her name only as Maria", "a woman, who asked to be identified only by her first
 * name, Sara,". The name is all the article gives, and it is who spoke.
 */
const NAMED_AS = new RegExp(
  String.raw`^,?\s+(?:named|identified\s+(?:only\s+)?as|known\s+only\s+as|who\s+gave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|who\s+identified\s+(?:himself|herself|themselves)\s+(?:only\s+)?as|(?:who\s+)?(?:asked|wanted|agreed)\s+to\s+be\s+identified\s+only\s+by\s+(?:his|her|their)\s+first\s+name,?|who\s+gave\s+only\s+(?:his|her|their)\s+first\s+name,?)\s+(?:(?:Capt|Sgt|Lt|Col|Maj|Cpl|Pvt|Dr|Mr|Mrs|Ms|Officer)\.?\s+)?(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\.)?)(?![\p{L}'’-]|\s+\p{Lu}\p{Ll})`,
  'u',
);

/** The one name the text gives a description right where it writes it ("a pilot named Dane"), if any. */
function nameGivenWith(body: string, description: string): string | undefined {
  if (!/^(?:a|an|one)\s/i.test(description) || description.length > 80) return undefined;
  const names = new Set<string>();
  for (const m of body.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(description)}(?![\\p{L}])`, 'giu'))) {
    const named = NAMED_AS.exec(body.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 120));
    if (named?.[1]) names.add(named[1]);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/** Gives quotes whose speaker is a role description the one person the article names in that role. */
export function nameDescribedSpeakers(quotes: Quote[], names: NameIndex, body: string): void {
  const cache = new Map<string, string | undefined>();
  const holderOf = (role: HeldRole): string | undefined => {
    const key = `${role.owner ?? ''}|${role.modifiers.join(' ')}|${role.head}`;
    if (!cache.has(key)) {
      const found = new Set<string>();
      for (const head of [role.head, ...(SAME_ROLE.get(role.head) ?? [])]) {
        const wanted = [...role.modifiers, ...head.split(' ')];
        const publicOnes = head === 'attorney' ? new Set(names.roleHolders(wanted).filter((n) => PUBLIC_ATTORNEY.test(roleText(body, n)))) : new Set<string>();
        for (const name of names.roleHolders(wanted, role.owner)) if (!publicOnes.has(name)) found.add(name);
        if (role.modifiers.length === 0 && role.owner === undefined && !head.includes(' ')) for (const name of appositiveHolders(body, names, head)) found.add(name);
      }
      cache.set(key, found.size === 1 ? [...found][0] : undefined);
    }
    return cache.get(key);
  };
  const givenNames = new Map<string, string | undefined>();
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (speaker.kind !== 'description') continue;
    if (!givenNames.has(speaker.name)) givenNames.set(speaker.name, nameGivenWith(body, speaker.name));
    const given = givenNames.get(speaker.name);
    if (given) {
      quote.speaker = { ...speaker, kind: 'person', name: given, role: speaker.role ?? speaker.name };
      continue;
    }
    const role = heldRole(speaker.name);
    const holder = role ? holderOf(role) : undefined;
    if (holder) quote.speaker = { ...speaker, kind: 'person', name: holder, role: speaker.role ?? speaker.name };
  }
}

/** The words written just before a person's name, where a title such as "District Attorney" sits. */
function roleText(body: string, name: string): string {
  const at = body.indexOf(name);
  return at < 0 ? '' : body.slice(Math.max(0, at - 40), at + name.length + 60);
}
