/**
 * Short forms of company names: an article names "Kanto Steel Corp." once and "Kanto Steel" after, dropping the legal
 * suffix or a generic last word. Two capitalised words such as "Kanto Steel" read like a person's name, so without
 * this link the company would take a later "he" or "she" and be quoted as a person.
 */
import type { EntityMention } from '../types.js';

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
