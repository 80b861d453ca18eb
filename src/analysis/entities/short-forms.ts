/**
 * Short forms of company names: an article names "Kanto Steel Corp." once and "Kanto Steel" after, dropping the legal
 * suffix or a generic last word. Two capitalised words such as "Kanto Steel" read like a person's name, so without
 * this link the company would take a later "he" or "she" and be quoted as a person.
 */
import type { EntityMention } from '../types.js';
import { isInstitutionWord } from './classify.js';

/** Last words a company name drops in its short form. */
const DROPPABLE = /^(?:corp\.?|corporation|inc\.?|incorporated|co\.?|company|ltd\.?|limited|llc|plc|ag|sa|nv|gmbh|group|holdings|industries|international)$/i;

/**
 * Person mentions whose words are an organisation's name written earlier without its last, droppable word become
 * mentions of that organisation.
 */
export function linkOrganizationShortForms(mentions: EntityMention[]): EntityMention[] {
  const orgs = mentions.filter((m) => m.type === 'organization' && m.name.includes(' '));
  if (orgs.length === 0) return mentions;
  return mentions.map((m) => {
    if (m.type !== 'person' || !m.text.includes(' ')) return m;
    const written = m.text.replace(/[’']s$/, '');
    const full = orgs.find((o) => o.start < m.start && o.name.startsWith(`${written} `) && DROPPABLE.test(o.name.slice(written.length + 1)));
    if (!full) return m;
    const out: EntityMention = { ...m, type: 'organization', name: full.name };
    delete out.role;
    return out;
  });
}

/** The word a body's name is headed by: the institution word before its "of"/"for"/"on", else its last word. */
function headWordOf(name: string): string | undefined {
  const words = name.split(/\s+/);
  const k = words.findIndex((w, i) => i > 0 && /^(?:of|for|on)$/.test(w) && isInstitutionWord(words[i - 1] as string));
  const head = k > 0 ? words[k - 1] : words[words.length - 1];
  return head !== undefined && isInstitutionWord(head) ? head : undefined;
}

/**
 * "the Academy said" after "the American Academy of Neurology", "the Commission" after "the Harbour Safety
 * Commission": a body's own institution word, capitalised, refers back to the latest body named with it as its head.
 * Those mentions take the full name, so the speaker is the body as the article named it ("Senate" is no short form of
 * "Senate Judiciary Committee", whose head is Committee).
 */
export function linkInstitutionWords(mentions: EntityMention[]): EntityMention[] {
  return mentions.map((m) => {
    const word = m.text.replace(/[’']s$/, '');
    if (m.type !== 'organization' || word.includes(' ') || m.name !== word || !/^\p{Lu}\p{Ll}+$/u.test(word) || !isInstitutionWord(word)) return m;
    let full: EntityMention | undefined;
    for (const o of mentions) {
      if (o.start >= m.start) break;
      if (o.type === 'organization' && o.name.includes(' ') && headWordOf(o.name) === word) full = o;
    }
    return full ? { ...m, name: full.name } : m;
  });
}

/** Words naming a part or an offshoot of a body, not the body: "Apple Support Forums", "Ford Foundation". */
const PART_WORDS = new Set(
  'forum forums store stores shop support community blog newsroom foundation music pay tv app studios museum'.split(' '),
);

/**
 * A longer name that opens with a body's word and goes on to name one of its parts ("Apple Support Forums"): the
 * word alone ("Apple") is then the body itself, not the part's short form. "Amnesty International" and
 * "Northwestern University" name the body itself.
 */
export function namesAPart(longer: string): boolean {
  return longer.split(/\s+/).slice(1).some((w) => PART_WORDS.has(w.toLowerCase()));
}
