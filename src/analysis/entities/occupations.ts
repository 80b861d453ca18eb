import type { Token } from '../text/tokens.js';
import { looksLikePersonName } from './classify.js';
import { isDemonym, isFirstName, isKnownOrganization, isLastName, isPlaceName } from './gazetteer.js';

/**
 * Capitalised common nouns for an occupation or status that news writes before a name as a false title
 * ("Councilman Rafael Dominguez", "Passenger Ana Ruiz", "Striker Tom Hale"). They are roles, not part of the name,
 * but unlike head titles they never make a lone following word a person ("Resident Evil").
 */
const ROLE_NOUNS = new Set([
  'councilman', 'councilwoman', 'councilmember', 'alderman', 'alderwoman', 'passenger', 'mountaineer', 'climber',
  'coach', 'pastor', 'priest', 'rabbi', 'imam', 'trooper', 'deputy', 'officer', 'sheriff', 'chef', 'designer',
  'striker', 'midfielder', 'goalkeeper', 'defender', 'forward', 'quarterback', 'pitcher', 'skipper', 'pilot', 'nurse',
  'trustee', 'resident', 'veteran', 'survivor', 'activist', 'volunteer', 'student', 'teacher', 'farmer', 'driver',
  'owner', 'actor', 'actress', 'singer', 'rapper', 'author', 'novelist', 'artist', 'photographer', 'filmmaker',
  'director', 'producer', 'comedian', 'host', 'anchor', 'witness', 'victim', 'suspect', 'defendant', 'plaintiff',
  'entrepreneur', 'investor', 'billionaire', 'journalist', 'candidate', 'nominee', 'incumbent', 'challenger',
  'firefighter', 'paramedic', 'doctor', 'surgeon', 'scientist', 'physicist', 'historian', 'astronaut', 'athlete',
  'sprinter', 'swimmer', 'boxer', 'wrestler', 'golfer', 'cyclist', 'runner', 'rider', 'jockey', 'skier', 'captain',
  'manager', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'founder',
  'co-founder', 'analyst', 'economist', 'chancellor', 'commissioner', 'councillor', 'councilor', 'prosecutor',
  'detective', 'professor', 'father', 'sister', 'brother', 'ceo', 'cfo', 'coo', 'cto',
]);

/** Occupations that describe a person in an apposition ("X, the Idaho rancher,") but are rarely written as titles. */
const APPOSITION_NOUNS = new Set([
  'rancher', 'grower', 'fisherman', 'miner', 'trucker', 'banker', 'baker', 'butcher', 'carpenter', 'plumber',
  'electrician', 'mechanic', 'soldier', 'sailor', 'marine', 'lawyer', 'businessman', 'businesswoman', 'landlord',
  'shopkeeper', 'waitress', 'waiter', 'bartender', 'janitor', 'preacher', 'evangelist', 'musician', 'guitarist',
  'drummer', 'poet', 'playwright', 'writer', 'blogger', 'podcaster', 'inventor', 'developer', 'engineer', 'chemist',
  'biologist', 'geologist', 'astronomer', 'archaeologist', 'anthropologist', 'psychologist', 'psychiatrist',
  'pharmacist', 'dentist', 'midwife', 'priest', 'nun', 'monk',
]);

/** An occupation noun as written in lower case after "the"/"a" ("the Idaho rancher", "a retired teacher"). */
export function isOccupationNoun(word: string): boolean {
  return /^\p{Ll}/u.test(word) && (ROLE_NOUNS.has(word) || APPOSITION_NOUNS.has(word));
}

/** Endings of occupation nouns: councilman, mountaineer, prosecutor, economist, historian, attendant, resident. */
const ROLE_ENDING = /(?:man|woman|person|eer|er|or|ist|ian|ant|ent)$/i;

/**
 * Whether tokens[at] is an occupation written as a false title before a person's name in [at + 1, to): a listed role
 * noun, or a word with an occupation ending right before a known first name. A real first name is never taken
 * ("Baker Mayfield", "Christian Pulisic"): what remains must still read as a First Last name.
 */
export function isOccupationBeforeName(tokens: Token[], at: number, to: number): boolean {
  const word = tokens[at]?.text ?? '';
  const rest = tokens.slice(at + 1, to).map((t) => t.text);
  if (rest.length < 2 || !/^\p{Lu}\p{Ll}+$|^\p{Lu}{2,4}$/u.test(word)) return false;
  if (!looksLikePersonName(rest)) return false;
  const lower = word.toLowerCase();
  const nextIsFirst = isFirstName(rest[0] as string);
  if (ROLE_NOUNS.has(lower)) return nextIsFirst || !isFirstName(word);
  if (!ROLE_ENDING.test(lower) || !nextIsFirst) return false;
  return !isFirstName(word) && !isLastName(word) && !isDemonym(word) && !isPlaceName(word) && !isKnownOrganization(word);
}
