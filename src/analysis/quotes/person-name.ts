/**
 * Cleaning a person's name as written next to titles and credentials: "Prosecutor Jonathan Pryce", "CEO Daniel
 * Ostrowski", "lead author Hannah Lowry", "Al Jazeera’s Rania Abdelrahman", "Jane Doe, MD". The person is the
 * name; the office, occupation, employer and credential are context (a role), never part of the name.
 */
import { isCommonWord, isDemonym, isFirstName, isLastName, isPlaceName } from '../entities/gazetteer.js';
import { isHonorific, isTitleWord as isEntityTitle } from '../entities/titles.js';
import { FEMALE_NAMES, MALE_NAMES, TITLE_WORDS } from './lexicon.js';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Audience roles before a handle ("Commenter JJGrey", "Reader Kiwi42"): never a surname, so one name word may remain. */
const AUDIENCE_ROLES = words('reader commenter viewer listener caller subscriber follower user redditor tweeter');

/**
 * Occupations and offices reporters write capitalised before a name. Matched lowercased. Only stripped when at least
 * two name words remain, so a surname that is also an occupation ("Pastor Maldonado") is not cut to one word.
 */
const OCCUPATION_TITLES = new Set([
  ...AUDIENCE_ROLES,
  ...words(`
  prosecutor councilman councilwoman councillor councilor alderman alderwoman assemblyman assemblywoman
  congressman congresswoman delegate legislator lawmaker ceo cfo coo cto chairman chairwoman chairperson chair
  promoter producer director author co-author coach manager principal headteacher headmaster headmistress
  superintendent commissioner spokesman spokeswoman spokesperson attorney lawyer barrister solicitor judge justice
  detective officer trooper constable deputy sheriff inspector investigator analyst economist researcher scientist
  professor prof doctor dr nurse paramedic firefighter pastor reverend rev rabbi imam senator representative mayor
  governor minister secretary president founder co-founder owner chef editor columnist correspondent reporter
  anchor host presenter broadcaster captain skipper trainer referee umpire singer rapper actor actress filmmaker
  artist designer architect engineer executive entrepreneur investor banker strategist pollster historian curator
  ambassador envoy diplomat negotiator activist campaigner organiser organizer volunteer teacher student farmer
  fisherman veteran survivor midwife pharmacist dentist surgeon physician psychologist epidemiologist ecologist
  biologist lead senior chief deputy assistant associate acting interim former head vice managing general
  executive-director vice-president vp svp evp passenger resident customer commuter shopper patient voter
  homeowner motorist driver worker employee nurse-practitioner mp mep msp mla mpp
  fan supporter spectator bystander witness eyewitness onlooker neighbour neighbor tenant protester protestor
  demonstrator pedestrian cyclist traveller traveler tourist visitor holidaymaker attendee concertgoer parent
  victim widow widower democrat republican tory
  baron baroness earl countess duke duchess viscount marquess
  corporal lance private sergeant lieutenant colonel brigadier commodore admiral marshal vice-marshal air-marshal
  general major commander class magistrate pfc cpl spc pvt sgt lcpl
  clerk treasurer auditor comptroller controller assessor coroner registrar recorder selectman selectwoman
  supervisor administrator trustee dean provost
  cllr coun det insp supt ch dc ds di dci dcs dsupt acc cc
  blogger
`),
]);

/** Capitalised adjectives that lead a title at a sentence start ("Local MP ...", "Retired Judge ..."). */
const LEADING_ADJECTIVES = words('local retired outgoing incoming longtime long-serving veteran then current new ex top leading');

/** Credentials written after a name ("Jane Doe, MPH", "Tom Ray PhD"): not part of the name and never a speaker. */
export const CREDENTIALS = new Set(
  'MD M.D. PhD Ph.D. MPH RN DO DDS DNP MBA JD Esq Esq. QC KC OBE MBE CBE DBE FRCP FRCS DPhil MSc BSc MA BA LPN NP PA-C CPA MP MEP MSP MLA MPP TD'.split(' '),
);

export function isCredential(word: string): boolean {
  return CREDENTIALS.has(word.replace(/,$/, ''));
}

/** Agent-noun endings of occupations the lexicon may lack ("Mountaineer", "Campaigner", "Pianist", "Historian"). */
const OCCUPATION_SUFFIX = /(?:eer|ist|ian|ographer|ologist|ner|ker|ter|ster)$/;

function isTitleWord(word: string): boolean {
  // "Mayor-elect", "Ex-President", "ex-minister": the office with its time marker is still a title
  const w = word.replace(/-elect$/i, '').replace(/^(?:ex|former)-(?=\p{L})/iu, '');
  if (w !== word && w.length > 1) return isTitleWord((w[0] as string).toUpperCase() + w.slice(1)) || isEntityTitle(w);
  if (TITLE_WORDS.has(w) || OCCUPATION_TITLES.has(w.toLowerCase().replace(/\.$/, ''))) return true;
  // "Attorney-General", "Director-General", "Surgeon-General": offices joined by a hyphen, every part a title.
  if (/^\p{Lu}[\p{Ll}.]+(?:-\p{L}[\p{Ll}.]+)+$/u.test(w)) {
    return w.split('-').every((part) => isTitleWord((part[0] as string).toUpperCase() + part.slice(1)));
  }
  // "Mountaineer Ueli Steck", "Usher Leon Thomas": an ordinary noun capitalised before a full name. The caller keeps
  // two name words, and given names ("Will", "Hope") are never stripped.
  if (!/^\p{Lu}\p{Ll}+(?:er|or|ist|ian|eer|ant|ent|man|woman|ress)$/u.test(w)) return false;
  if (isFirstName(w) || isLastName(w) || FEMALE_NAMES.has(w) || MALE_NAMES.has(w)) return false;
  return isCommonWord(w) || OCCUPATION_SUFFIX.test(w);
}

/**
 * Index of the first name word after leading titles and a possessive owner ("the BBC’s", "Al Jazeera’s"), keeping at
 * least two words; 0 when nothing is stripped.
 */
export function nameStartIndex(tokens: string[]): number {
  let from = isDatelinePlace(tokens) ? 1 : 0;
  const possessive = findLastIndex(tokens, (w) => /^\p{Lu}.*['’]s?$/u.test(w) && /['’]s$|s['’]$/.test(w));
  if (possessive >= 0 && tokens.length - possessive - 1 >= 2) from = possessive + 1;
  // "Local MP Jo Hale", "Veteran Detective Sam Ruiz", "SP Kayode Ade": ordinary adjectives capitalised at a sentence
  // start and abbreviated ranks may lead a title; the run counts as a role only when it ends with a title.
  let end = from;
  if (tokens.length - from === 2 && AUDIENCE_ROLES.has((tokens[from] as string).toLowerCase())) return from + 1;
  // "The German-born Benedict", "Fifteen-year-old Ken Shinozuka": an article and an origin or age adjective.
  while (tokens.length - from > 1 && (/^The$/.test(tokens[from] as string) ? PERSON_ADJECTIVE.test(tokens[from + 1] ?? '') : PERSON_ADJECTIVE.test(tokens[from] as string))) from++;
  if (tokens.length - from === 3 && MOVEMENT.test(tokens[from] as string) && isFirstName(tokens[from + 1] as string)) from++;
  end = from;
  for (let k = from; tokens.length - k > 2; k++) {
    const w = tokens[k] as string;
    if (isTitleWord(w) || isRankAbbreviation(w, tokens.slice(k + 1)) || /^\d+(?:st|nd|rd|th)$/.test(w)) end = k + 1;
    else if (!isModifierWord(w) && !isPlaceName(w) && !isDemonym(w) && !(isCapitalisedOrdinaryWord(w) && titleFollows(tokens, k))) break;
  }
  if (end > from) return end;
  // "Santa Clara County Public Defender Molly O’Neal": a capitalised office (an area's name, then a title) before a
  // full name, where the area's words are no modifiers the loop above knows.
  const title = findLastIndex(tokens.slice(0, -2), (w) => isTitleWord(w));
  return title > from && tokens.slice(from, title).every((w) => /^\p{Lu}/u.test(w)) ? title + 1 : end;
}

/** Words before a name that say where someone is from or how old they are: "German-born", "15-year-old". */
const PERSON_ADJECTIVE = /^(?:[\p{L}\d]+-born|[\p{L}\d]+-year-old|[\p{L}\d]+-(?:winner|winning|nominee|nominated))$/iu;
/** "Nazi Adolf Eichmann": a movement before a given name and a surname. */
const MOVEMENT = /^(?:Nazi|Communist|Fascist|Marxist|Maoist|Islamist|Jihadist)$/;

/**
 * "Berlin Olaf Brandt said", "NAIROBI Grace Wanjiru": a dateline whose dash was lost in capture, glued to the name
 * that opens the paragraph. A place (not also a given name: "Jordan", "Paris") before a given name and a surname.
 */
function isDatelinePlace(tokens: string[]): boolean {
  const [place, given, ...rest] = tokens;
  if (place === undefined || given === undefined || rest.length === 0) return false;
  const isPlace = isPlaceName(place) || (/^\p{Lu}{3,}$/u.test(place) && isPlaceName(place[0] + place.slice(1).toLowerCase()));
  return isPlace && !isFirstName(place) && (isFirstName(given) || isTitleWord(given));
}

/**
 * "SP", "CP", "DSP": a short upper-case rank before a full personal name (police and military ranks are written this
 * way in many countries). Two capitalised name words must follow, so "JD Vance" keeps its initials.
 */
function isRankAbbreviation(w: string, rest: string[]): boolean {
  return /^\p{Lu}{2,4}$/u.test(w) && !isCredential(w) && rest.length >= 2 && rest.every((r) => /^\p{Lu}\p{Ll}/u.test(r));
}

/** "Circuit Judge", "Air Vice-Marshal": a capitalised word that is no given name, before a title. */
function isCapitalisedOrdinaryWord(w: string): boolean {
  // "Acme Corp. CEO Ann Roe": an abbreviated company word is ordinary too.
  return /^\p{Lu}[\p{Ll}-]+\.?$/u.test(w) && !isFirstName(w) && !FEMALE_NAMES.has(w) && !MALE_NAMES.has(w);
}

/** A title word comes later in the leading run, with two name words still after it. */
function titleFollows(tokens: string[], k: number): boolean {
  for (let j = k + 1; tokens.length - j > 2; j++) if (isTitleWord(tokens[j] as string)) return true;
  return false;
}

/** An ordinary capitalised adjective ("Local", "Veteran", "Longtime") that is never a name. */
function isModifierWord(w: string): boolean {
  if (!/^\p{Lu}[\p{Ll}-]+$/u.test(w)) return false;
  return LEADING_ADJECTIVES.has(w.toLowerCase()) || (isCommonWord(w) && !isFirstName(w) && !isLastName(w));
}

/**
 * Whether a word written before a surname is a title rather than a given name: "Marshal Houston", "ACM Houston",
 * "Chief Inspector Rowe". Used only to reach a surname the article already gave in full.
 */
export function isTitleBeforeSurname(w: string): boolean {
  if (isFirstName(w) && !isTitleWord(w)) return false;
  return isTitleWord(w) || isEntityTitle(w) || isHonorific(w) || (/^\p{Lu}{2,4}$/u.test(w) && !isCredential(w));
}

/** The name without leading titles and trailing credentials; `role` holds the stripped titles. */
export function cleanPersonName(name: string): { name: string; role?: string } {
  const tokens = withoutRepeat(name.split(/\s+/).filter(Boolean));
  while (tokens.length > 2 && isCredential(tokens[tokens.length - 1] as string)) tokens.pop();
  const last = tokens[tokens.length - 1];
  if (last !== undefined && tokens.length > 1) tokens[tokens.length - 1] = last.replace(/,$/, '');
  // "Pope Francis' speech": an s-final name's possessive is a bare apostrophe.
  const end = tokens[tokens.length - 1];
  if (end !== undefined && /\p{Ll}s['’]$/u.test(end)) tokens[tokens.length - 1] = end.slice(0, -1);
  const from = nameStartIndex(tokens);
  const cleaned = tokens.slice(from).join(' ');
  if (from === 0) return { name: cleaned };
  const role = tokens.slice(0, from).join(' ').replace(/^(?:the|The)\s+/, '');
  return /['’]s?$/.test(role) ? { name: cleaned } : { name: cleaned, role };
}

/**
 * "Donald Trump Donald John TrumpTrump Jr.": scraped hover cards glue a name to its repeat. A name never repeats its
 * own given name, so the name ends before the repeat.
 */
function withoutRepeat(tokens: string[]): string[] {
  const first = tokens[0];
  if (first === undefined || tokens.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(first)) return tokens;
  const again = tokens.indexOf(first, 2);
  return again > 1 ? tokens.slice(0, again) : tokens;
}

function findLastIndex<T>(items: T[], ok: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (ok(items[i] as T)) return i;
  return -1;
}
