/**
 * "Two schoolgirls from Ipswich waited by the fence." / "“...,” they said.": a sentence opening with a counted plural
 * of people introduces a group a later "they" refers to, even when the noun is a compound the speaker lexicon does
 * not list (schoolgirls, fishermen, firefighters, shopkeepers). Only nouns that name people by their ending.
 */
import type { SpeakerPhrase } from './phrase.js';

const COUNTS = String.raw`(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|Many|A\s+few|A\s+couple\s+of|A\s+pair\s+of|A\s+group\s+of|Dozens\s+of|Hundreds\s+of|\d{1,3})`;
/** Plural nouns that name people by their ending (-men, -women, -girls, -boys, -ers, -ists, -ians, -ants, -ents). */
const PEOPLE_NOUN = String.raw`[\p{Ll}-]*(?:men|women|girls|boys|ers|ists|ians|ants|ents|people|children|fans|friends|siblings|twins|sisters|brothers)`;
/** Nouns with a people ending that are things ("papers", "containers", "tents", "plants"). */
const THINGS = new Set(['papers', 'containers', 'tankers', 'numbers', 'letters', 'orders', 'waters', 'matters', 'tents', 'plants', 'events', 'documents', 'comments', 'elements', 'payments', 'agreements', 'statements', 'assets', 'computers', 'trailers', 'layers', 'towers', 'centers', 'engines', 'restaurants']);
const PHRASE = new RegExp(String.raw`^(${COUNTS})\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?)(${PEOPLE_NOUN})(\s+(?:from|in|at|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)?(?=[\s,.])`, 'u');

/** The counted group of people opening `text` (offsets from `base`), or null. */
export function countedPeople(text: string, base: number): SpeakerPhrase | null {
  const lead = text.length - text.trimStart().length;
  const m = PHRASE.exec(text.slice(lead));
  if (!m || m[1] === undefined || m[3] === undefined) return null;
  const noun = m[3];
  if (THINGS.has(noun)) return null;
  const written = m[0];
  const det = m[1].toLowerCase().replace(/\s+/g, ' ');
  const modifiers = (m[2] ?? '').trim().split(/\s+/).filter(Boolean);
  const head = noun.replace(/(?:wo)?men$/, (e) => (e === 'women' ? 'woman' : 'man')).replace(/children$/, 'child').replace(/people$/, 'person').replace(/s$/, '');
  const phrase: SpeakerPhrase = {
    kind: 'description',
    start: base + lead,
    end: base + lead + written.length,
    text: written,
    name: `${det} ${written.slice(m[1].length).trim()}`,
    head,
    determiner: det,
    modifiers,
    plural: true,
  };
  if (m[4]) phrase.complement = m[4].trim();
  return phrase;
}
