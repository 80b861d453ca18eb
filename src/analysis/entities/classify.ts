import type { EntityType } from '../types.js';
import { isCalendarWord } from './chunks.js';
import { isDemonym, isFirstName, isKnownOrganization, isPlaceName } from './gazetteer.js';
import { isTitleWord } from './titles.js';
import { SENTENCE_OPENERS } from '../text/abbreviations.js';

const TIME_ZONES = /^(?:GMT|UTC|BST|CET|CEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|AEST|AEDT|MSK|AST|AM|PM|A\.M\.|P\.M\.)$/;

/** Upper-case abbreviations of things, not organisations ("DNA", "TV", "PTSD"). */
const COMMON_ACRONYMS = new Set([
  'DNA', 'RNA', 'TV', 'PTSD', 'GDP', 'CEO', 'CFO', 'COO', 'AI', 'HIV', 'AIDS', 'COVID', 'GPS', 'IQ', 'ID', 'PR', 'OK',
  'USB', 'SUV', 'ATM', 'PDF', 'FAQ', 'DIY', 'LGBT', 'LGBTQ', 'MRI', 'ICU', 'ER', 'IVF', 'UV', 'CCTV', 'MP', 'IPO',
  'VAT', 'NFT', 'EV', 'BBQ', 'DJ', 'VIP', 'SMS', 'PC', 'CD', 'DVD', 'APP', 'URL', 'IT', 'HR', 'RPG', 'IED', 'IEDs',
  'UAV', 'ICBM', 'WMD', 'POW', 'KIA', 'MIA', 'GOP', 'LOL', 'OMG', 'PS', 'TBA', 'ETA', 'ASAP', 'RIP', 'VPN', 'FM',
]);

/** Last words that make a capitalised phrase an organisation ("North Atlantic Council", "Quds Force"). */
const ORG_KEYWORDS = new Set([
  'council', 'force', 'forces', 'guards', 'guard', 'organization', 'organisation', 'alliance', 'army', 'navy',
  'ministry', 'department', 'office', 'agency', 'party', 'parliament', 'congress', 'senate', 'assembly', 'committee',
  'commission', 'union', 'nations', 'bank', 'fund', 'corporation', 'company', 'co', 'inc', 'inc.', 'corp', 'corp.',
  'ltd', 'ltd.', 'plc', 'llc', 'group', 'institute', 'university', 'college', 'school', 'court', 'police', 'service',
  'services', 'command', 'coalition', 'front', 'movement', 'brigade', 'brigades', 'corps', 'association',
  'foundation', 'press', 'news', 'times', 'post', 'network', 'cabinet', 'government', 'administration', 'board',
  'authority', 'federation', 'league', 'club', 'society', 'church', 'mission', 'center', 'centre', 'secretariat',
  'directorate', 'tribunal', 'bureau', 'airlines', 'airways', 'media', 'television', 'radio', 'journal', 'herald',
  'tribune', 'gazette', 'telegraph', 'hospital', 'militia', 'militias', 'battalion', 'regiment', 'division',
  'fleet', 'squadron', 'unit', 'units', 'forum', 'forums', 'summit', 'program', 'programme', 'initiative', 'institution',
  'chamber', 'cartel', 'trust', 'reserve', 'exchange', 'studies', 'agency', 'group’s', 'guild', 'syndicate',
  'consortium', 'cooperative', 'co-op', 'collective', 'holdings', 'industries', 'partners', 'ventures', 'labs',
  'laboratory', 'laboratories', 'academy', 'observatory', 'conservancy', 'caucus', 'clinic', 'charity', 'taskforce',
  'gmbh', 'ag', 'sa', 'nv', 'bv', 'pty', 'limited', 'incorporated',
  // newspaper mastheads ("San Francisco Chronicle", "Cincinnati Enquirer")
  'chronicle', 'examiner', 'inquirer', 'enquirer', 'courier', 'sentinel', 'dispatch', 'bulletin', 'monitor',
  // a body named in the plural ("Centers for Disease Control and Prevention")
  'centers', 'centres', 'infirmary', 'fc', 'afc',
]);

/** Businesses and venues named for what they are ("Lucky Star Lounge", "Harbor Grill", "Blue Note Records"). */
const VENUE_WORDS = new Set([
  'lounge', 'bar', 'grill', 'cafe', 'café', 'restaurant', 'pub', 'inn', 'tavern', 'bistro', 'diner', 'brewery',
  'winery', 'bakery', 'pharmacy', 'salon', 'records', 'films', 'pictures', 'entertainment', 'foods', 'motors',
  'theatre', 'theater', 'orchestra', 'choir', 'ensemble', 'quartet', 'store', 'stores', 'shop',
]);

/** A word that heads organisation names ("Council", "Ministry", "Bank"). */
export function isInstitutionWord(word: string): boolean {
  return ORG_KEYWORDS.has(word.toLowerCase());
}

/** Last words that make a capitalised phrase a place ("Downing Street", "Baghdad Airport"). */
const PLACE_SUFFIXES = new Set([
  'street', 'road', 'avenue', 'square', 'airport', 'province', 'region', 'river', 'sea', 'ocean', 'gulf', 'strait',
  'island', 'islands', 'mountain', 'mountains', 'valley', 'county', 'district', 'city', 'base', 'bay', 'lake',
  'desert', 'peninsula', 'hills', 'heights', 'park', 'bridge', 'canal', 'border', 'governorate', 'oblast',
  'prefecture', 'town', 'village', 'camp', 'plaza', 'coast', 'port', 'harbour', 'harbor', 'zone', 'territory',
  'territories', 'republic', 'kingdom', 'emirates', 'states',
]);

/** Capitalised words that open organisation or place names, not people's names ("Islamic State", "New Delhi"). */
const NOT_PERSON_FIRST = new Set([
  'national', 'united', 'new', 'north', 'south', 'east', 'west', 'western', 'eastern', 'northern', 'southern',
  'central', 'federal', 'royal', 'democratic', 'republican', 'islamic', 'supreme', 'global', 'international',
  'european', 'arab', 'african', 'asian', 'great', 'greater', 'saint', 'st.', 'holy', 'grand', 'free', 'popular',
  'revolutionary', 'socialist', 'liberal', 'conservative', 'labour', 'green', 'joint', 'special', 'human', 'world',
  'civil', 'middle', 'upper', 'lower', 'old', 'first', 'second', 'third', 'last', 'next', 'operation', 'resolution',
  'article', 'chapter', 'section', 'covid', 'brexit', 'christmas', 'easter', 'ramadan', 'eid', 'god', 'allah',
  'mount', 'mt', 'mt.', 'lake', 'cape', 'fort', 'port', 'camp', 'isle', 'point', 'santa', 'los', 'las', 'fort',
]);

/** A generic word that opens many organisation and place names ("National", "United"), never a short form of one. */
export function isGenericNameOpener(word: string): boolean {
  return NOT_PERSON_FIRST.has(word.toLowerCase());
}

/** Last words of names of things that are neither people, organisations nor places ("Student Code", "Nobel Prize"). */
const OTHER_LAST = new Set([
  'code', 'index', 'act', 'law', 'bill', 'report', 'prize', 'award', 'awards', 'cup', 'games', 'championship',
  'festival', 'series', 'museum', 'library', 'libraries', 'hotel', 'stadium', 'arena', 'field', 'day', 'week',
  'war', 'treaty', 'accord', 'agreement', 'deal', 'plan', 'doctrine', 'syndrome', 'disease', 'virus', 'state',
  'family', 'project', 'show', 'book', 'film', 'album', 'tower', 'building', 'memorial', 'monument', 'prison',
  'jail', 'station', 'highway', 'route', 'bridge', 'tunnel', 'dam', 'mall', 'market', 'mosque', 'cathedral',
]);

/** Words that open place names ("Mount Everest", "Lake Chad", "Fort Worth"). */
const PLACE_FIRST = new Set(['mount', 'mt', 'mt.', 'lake', 'cape', 'fort', 'port', 'isle', 'gulf']);

/** Headline-case phrases ("Is This Important", "Own The Conversation") contain these; names do not. */
const FUNCTION_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'your', 'you', 'our', 'my', 'up', 'down', 'out', 'over', 'into', 'with',
  'own', 'not', 'do', 'does', 'did', 'can', 'will', 'have', 'has', 'had', 'get', 'to', 'of', 'and', 'or', 'we', 'us',
  'me', 'it', 'its', 'by', 'more', 'less', 'than', 'just', 'why', 'how', 'what',
]);

const NAME_WORD = /^(?:\p{Lu}[\p{Ll}’'\-]*\p{Ll}|\p{Lu}\.|(?:\p{Lu}\.){2,3}|\p{Lu}[\p{Ll}]*[-’']\p{Lu}[\p{Ll}]+|(?:al|el|ad|as|ash|an|ibn|bin|abu|van|von|de|di|da|du|del|der)[-’']\p{Lu}\p{Ll}+|Mc\p{Lu}\p{Ll}+|Mac\p{Lu}\p{Ll}+|(?:Di|De|Le|La|Du|Van|Fitz|Da)\p{Lu}\p{Ll}+)$/u;
const PARTICLE = /^(?:de|del|della|di|da|du|des|la|le|al|bin|ibn|bint|abu|van|von|der|den|ter|y|dos|das)$/;

function lastWordType(words: string[]): EntityType | undefined {
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (OTHER_LAST.has(last)) return undefined; // "Gulf War", "Paris Agreement"

  if (words.length > 1 && PLACE_FIRST.has((words[0] as string).toLowerCase())) return 'place';
  if (ORG_KEYWORDS.has(last)) return 'organization';
  // "Lucky Star Lounge", "Harbor Grill", but "Ana Bar" is a given name and a surname
  if (VENUE_WORDS.has(last) && words.length > 1 && !(words.length === 2 && isFirstName(words[0] as string))) return 'organization';
  // "Department of Health", "Ministry of Defence", "Office for National Statistics", "Committee on Trade"
  if (words.length > 2 && ORG_KEYWORDS.has((words[0] as string).toLowerCase()) && /^(?:of|for|on)$/.test(words[1] as string)) return 'organization';
  // "American Academy of Neurology", "Royal Society for the Protection of Birds": an institution word qualified by
  // capitalised words before it and an "of"/"for" after it names the institution as a whole.
  // Any plain capitalised qualifier too ("Coastal Academy of Surgeons"), but never a given name ("Ann Roe of ...").
  if (words.length > 3 && words.findIndex((w, k) => k >= 1 && k <= 3 && ORG_KEYWORDS.has(w.toLowerCase()) && /^(?:of|for)$/.test(words[k + 1] ?? '') &&
    words.slice(0, k).every((q) => NOT_PERSON_FIRST.has(q.toLowerCase()) || isDemonym(q) || isPlaceName(q) || isPlainQualifier(q))) >= 1) return 'organization';
  if (PLACE_SUFFIXES.has(last) && words.length > 1) return 'place';
  return undefined;
}

/** A capitalised ordinary word qualifying an institution ("Coastal", "Harbour"): no given name, no title. */
function isPlainQualifier(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !isFirstName(word) && !isTitleWord(word) && !ORG_KEYWORDS.has(word.toLowerCase());
}

/** Type of a capitalised phrase from its words alone, or undefined when the words do not tell. */
export function phraseType(phrase: string, words: string[]): EntityType | undefined {
  if (isKnownOrganization(phrase)) return 'organization';
  if (isPlaceName(phrase)) return 'place';
  if (words.length === 1) {
    const w = words[0] as string;
    if (TIME_ZONES.test(w)) return undefined;
    if (/^\p{Lu}{4,}$/u.test(w) && isPlaceName(w[0] + w.slice(1).toLowerCase())) return 'place'; // "BRUSSELS" dateline
    if (COMMON_ACRONYMS.has(w.replace(/s$/, ''))) return undefined;
    if (/^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u.test(w)) return 'organization';
  }
  return lastWordType(words);
}

/** Words that read as a person's name: "Qassem Soleimani", "J. R. R. Tolkien", "Bashar al-Assad". */
export function looksLikePersonName(words: string[]): boolean {
  if (words.length < 1 || words.length > 5) return false;
  if (words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || SENTENCE_OPENERS.has(w.toLowerCase()))) return false;
  const first = (words[0] as string).toLowerCase();
  if (NOT_PERSON_FIRST.has(first) || isDemonym(words[0] as string)) return false;
  if (OTHER_LAST.has((words[words.length - 1] as string).toLowerCase())) return false;
  // "Parks Department Director": an institution word inside the phrase makes it an office, not a person's name.
  if (words.slice(0, -1).some((w) => ORG_KEYWORDS.has(w.toLowerCase()) && !isFirstName(w))) return false;
  const firstIsFirstName = isFirstName(words[0] as string);
  for (const [k, w] of words.entries()) {
    if (PARTICLE.test(w)) continue;
    // "Martin Luther King Jr.", "Tom Hale III": a generational suffix ends a name of two words or more
    if (k === words.length - 1 && k >= 2 && /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(w)) continue;
    if (!NAME_WORD.test(w)) return false;
    if (isCalendarWord(w) || (k < words.length - 1 && isTitleWord(w))) return false;
    if (!firstIsFirstName && isPlaceName(w)) return false;
  }
  return !isDemonym(words[words.length - 1] as string);
}
