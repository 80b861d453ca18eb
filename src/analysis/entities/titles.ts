/**
 * Words that make up a role or title written next to a person's name ("US Secretary of Defense Mark Esper",
 * "Canadian Maj.-Gen. Jennie Carnigan", "Jens Stoltenberg, the NATO secretary-general"). Lower-case, without a final
 * period. A title needs a HEAD word; MODIFIERS only count as part of a title next to a head.
 */
export const HEAD_TITLES = new Set([
  'president', 'president-elect', 'vice-president', 'minister', 'premier', 'chancellor', 'secretary',
  'secretary-general', 'general', 'gen', 'maj.-gen', 'maj-gen', 'lt.-gen', 'lt-gen', 'brig.-gen', 'brig-gen',
  'lieutenant-general', 'major-general', 'brigadier-general', 'lt', 'lieutenant', 'maj', 'major', 'brig',
  'brigadier', 'col', 'colonel', 'lt.-col', 'capt', 'captain', 'cpt', 'sgt', 'sergeant', 'cpl', 'corporal', 'pvt',
  'private', 'adm', 'admiral', 'vice-admiral', 'rear-admiral', 'commander', 'cmdr', 'cdr', 'marshal', 'commandant',
  'chief', 'director', 'director-general', 'chairman', 'chairwoman', 'chair', 'chairperson', 'spokesman',
  'spokeswoman', 'spokesperson', 'speaker', 'judge', 'justice', 'attorney', 'prosecutor', 'ambassador', 'envoy',
  'representative', 'senator', 'sen', 'rep', 'congressman', 'congresswoman', 'lawmaker', 'governor', 'gov', 'mayor',
  'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'sultan', 'ayatollah', 'leader', 'pope', 'cardinal',
  'bishop', 'archbishop', 'rabbi', 'imam', 'cleric', 'dr', 'prof', 'professor', 'rev', 'reverend', 'father',
  'sir', 'dame', 'lord', 'lady', 'commissioner', 'adviser', 'advisor', 'counsellor', 'counselor', 'diplomat',
  'official', 'officer', 'head', 'ceo', 'cfo', 'coo', 'founder', 'co-founder', 'executive', 'analyst', 'expert',
  'researcher', 'economist', 'strategist', 'editor', 'correspondent', 'reporter', 'columnist', 'spymaster',
  'negotiator', 'mediator', 'coordinator', 'deputy', 'undersecretary', 'under-secretary', 'inspector',
  'superintendent', 'detective', 'sheriff', 'constable', 'magistrate', 'mp', 'mep', 'legislator', 'councillor',
  'councilor', 'delegate', 'consul', 'attaché', 'attache', 'aide', 'lawyer', 'partner', 'manager', 'member',
  'vice-marshal', 'air-marshal', 'commodore', 'pfc', 'spc', 'lcpl', 'class', 'dci', 'pc',
  'dsp', 'asp', 'sp', 'cp', 'igp', 'baron', 'baroness', 'countess', 'duchess', 'viscount',
]);

export const MODIFIER_TITLES = new Set([
  'vice', 'prime', 'foreign', 'defense', 'defence', 'interior', 'home', 'finance', 'treasury', 'health', 'trade',
  'economy', 'energy', 'justice', 'education', 'labour', 'labor', 'transport', 'agriculture', 'culture', 'state',
  'affairs', 'national', 'security', 'homeland', 'intelligence', 'acting', 'supreme', 'crown', 'field', 'special',
  'high', 'joint', 'chiefs', 'staff', 'senior', 'top', 'military', 'army', 'navy', 'air', 'force', 'forces',
  'police', 'house', 'senate', 'majority', 'minority', 'first', 'deputy', 'assistant', 'principal', 'executive',
  'managing', 'general', 'chief', 'permanent', 'regional', 'provincial', 'federal', 'opposition', 'party',
  'white', 'press', 'communications', 'environment', 'development', 'international', 'european', 'defence',
]);

/** Honorifics are stripped from names but are not roles. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'messrs', 'mme', 'mlle', 'm']);

/** Lower-case title key of a token: "Maj.-Gen." -> "maj.-gen", "Secretary-General" -> "secretary-general". */
export function titleKey(word: string): string {
  // "Mayor-elect", "Ex-President": the office with its time marker
  return word.toLowerCase().replace(/\.$/, '').replace(/-elect$/, '').replace(/^ex-(?=\p{L})/u, '');
}

export function isHeadTitle(word: string): boolean {
  return HEAD_TITLES.has(titleKey(word));
}

export function isTitleWord(word: string): boolean {
  const k = titleKey(word);
  return HEAD_TITLES.has(k) || MODIFIER_TITLES.has(k);
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(titleKey(word));
}

/** Verbs of speech that follow a speaker's name ("Esper said"): evidence a lone capitalised word is a person. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'spoke', 'speaks', 'tells', 'added', 'adds', 'warned', 'warns', 'stated', 'states', 'declared', 'insisted',
  'insists', 'argued', 'argues', 'noted', 'notes', 'explained', 'explains', 'wrote', 'writes', 'tweeted', 'asked',
  'asks', 'replied', 'answered', 'claimed', 'claims', 'announced', 'announces', 'confirmed', 'confirms', 'denied',
  'denies', 'acknowledged', 'admitted', 'stressed', 'stresses', 'urged', 'urges', 'vowed', 'vows', 'pledged',
  'promised', 'predicted', 'suggested', 'suggests', 'recalled', 'concluded', 'continued', 'cautioned', 'responded',
  'commented', 'remarked', 'observed', 'believes', 'believed', 'thinks', 'thought',
]);
