import nlp from 'compromise';

/**
 * Word classes from compromise's built-in lexicon (about 25k entries: first names, last names, cities, countries,
 * regions, organisations, demonyms), read directly as a map. Asking compromise to tag each word costs about a
 * millisecond; the map lookup is free, and it is the same knowledge.
 */
type LexiconValue = string | string[];
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, LexiconValue | undefined> } }).one.lexicon;

function tagsOf(word: string): string[] {
  const v = LEXICON[word.toLowerCase()];
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/** Places compromise lacks or that news writes in other forms. */
const EXTRA_PLACES = new Set([
  'britain', 'great britain', 'uk', 'u.k.', 'us', 'u.s.', 'usa', 'u.s.a.', 'america', 'united states',
  'united kingdom', 'europe', 'asia', 'africa', 'middle east', 'near east', 'far east', 'gulf', 'persian gulf',
  'west bank', 'gaza strip', 'kurdistan', 'levant', 'balkans', 'caucasus', 'sahel', 'korean peninsula', 'crimea',
  'donbas', 'east jerusalem', 'strait of hormuz', 'red sea', 'black sea', 'south china sea', 'latin america',
  'north america', 'south america', 'central asia', 'southeast asia', 'scandinavia', 'the hague', 'hong kong',
  'taiwan', 'tibet', 'xinjiang', 'kashmir', 'sinai', 'golan heights', 'idlib', 'raqqa', 'erbil', 'basra',
  'kirkuk', 'fallujah', 'ramadi', 'tikrit', 'anbar', 'nineveh', 'aleppo', 'homs', 'benghazi', 'tripoli',
  'sanaa', 'aden', 'hodeidah', 'kandahar', 'helmand', 'kharkiv', 'odesa', 'odessa', 'mariupol', 'brussels',
]);

/** Organisations that carry no keyword such as "Council" or "Force". */
const EXTRA_ORGANIZATIONS = new Set([
  'nato', 'un', 'u.n.', 'eu', 'e.u.', 'isis', 'isil', 'islamic state', 'daesh', 'al-qaeda', 'al qaeda', 'hezbollah',
  'hamas', 'taliban', 'houthis', 'pentagon', 'kremlin', 'white house', 'downing street', 'elysee', 'élysée',
  'reuters', 'afp', 'ap', 'agence france-presse', 'associated press', 'bloomberg', 'bbc', 'cnn', 'al jazeera',
  'iaea', 'opec', 'imf', 'unicef', 'unhcr', 'interpol', 'red cross', 'red crescent', 'amnesty international',
  'human rights watch', 'congress', 'senate', 'parliament', 'knesset', 'duma', 'bundestag', 'majlis', 'quds force',
  'irgc', 'cia', 'fbi', 'nsa', 'mossad', 'peshmerga',
]);

export function isFirstName(word: string): boolean {
  return tagsOf(word).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
}

export function isLastName(word: string): boolean {
  return tagsOf(word).includes('LastName');
}

export function isDemonym(word: string): boolean {
  return tagsOf(word).includes('Demonym') || /^(?:british|english|scottish|welsh|irish|dutch|swiss|kurdish|yemeni|emirati)$/i.test(word);
}

export function isPlaceName(phrase: string): boolean {
  const key = phrase.toLowerCase().replace(/^the\s+/, '');
  if (EXTRA_PLACES.has(key)) return true;
  return tagsOf(key).some((t) => t === 'City' || t === 'Country' || t === 'Place' || t === 'Region');
}

export function isKnownOrganization(phrase: string): boolean {
  const key = phrase.toLowerCase().replace(/^the\s+/, '');
  return EXTRA_ORGANIZATIONS.has(key) || tagsOf(key).includes('Organization');
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'City', 'Country', 'Place', 'Region', 'Organization', 'ProperNoun', 'Demonym', 'SportsTeam']);

/** A word the lexicon knows only as an ordinary word ("Follow", "Passing", "Others"), never as a name. */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
}
