/**
 * How the search index and the question parser see words: lowercase, accents folded, irregular verb forms mapped
 * to their base ("led" -> "lead", "met" -> "meet") and Porter-stemmed, so "suspended" finds "suspend" and "who is
 * leading" finds "was led by". Numbers keep their digits without separators ("5,200" -> "5200").
 */
import { stemmer } from 'stemmer';

const STOPWORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both ' +
    'but by can could did do does doing down during each few for from further had has have having he her here hers ' +
    'herself him himself his how i if in into is it its itself just me more most my myself no nor not of off on once ' +
    'only or other our ours ourselves out over own same she should so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up very was we were what when where which ' +
    'while who whom why will with would you your yours yourself yourselves s t d ll m re ve its mr mrs ms'
  ).split(/\s+/),
);

/** Irregular forms the Porter stemmer cannot join to their base: news verbs first. */
const IRREGULAR: Record<string, string> = {
  led: 'lead', met: 'meet', said: 'say', says: 'say', told: 'tell', went: 'go', gone: 'go', took: 'take',
  taken: 'take', gave: 'give', given: 'give', made: 'make', came: 'come', saw: 'see', seen: 'see', spoke: 'speak',
  spoken: 'speak', began: 'begin', begun: 'begin', held: 'hold', kept: 'keep', left: 'leave', sent: 'send',
  spent: 'spend', fought: 'fight', sought: 'seek', brought: 'bring', thought: 'think', bought: 'buy', won: 'win',
  lost: 'lose', shot: 'shoot', struck: 'strike', stricken: 'strike', fled: 'flee', flew: 'fly', flown: 'fly',
  chose: 'choose', chosen: 'choose', wrote: 'write', written: 'write', rose: 'rise', risen: 'rise', fell: 'fall',
  fallen: 'fall', hit: 'hit', killed: 'kill', slain: 'slay', slew: 'slay', withdrew: 'withdraw', withdrawn: 'withdraw',
  meeting: 'meet', meetings: 'meet', soldiers: 'soldier', troops: 'troop', children: 'child', men: 'man', women: 'woman',
  people: 'people', ran: 'run', drew: 'draw', drawn: 'draw', knew: 'know', known: 'know', found: 'find', heard: 'hear',
  paid: 'pay', built: 'build', felt: 'feel', stood: 'stand', understood: 'understand', hung: 'hang', sold: 'sell',
};

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** The index form of one lowercase word. */
export function stemWord(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const base = IRREGULAR[word] ?? word;
  const value = /^\d+$/.test(base) || base.length <= 3 ? base : stemmer(base);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, value);
  return value;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Lowercase words with accents folded and number separators removed, in order. */
const ASCII = /^[\x00-\x7f]*$/;

export function words(text: string): string[] {
  // Accent folding only when there is something to fold: most English news text is ASCII plus curly quotes.
  const base = ASCII.test(text) ? text : text.normalize('NFKD').replace(/\p{M}+/gu, '');
  const folded = base
    .toLowerCase()
    .replace(/(\d)[,.](?=\d{3}\b)/g, '$1')
    .replace(/['’]s\b/g, '');
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** Content terms: stems of the non-stopwords, in order (duplicates kept). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (isStopword(w)) continue;
    if (w.length < 2 && !/\d/.test(w)) continue;
    out.push(stemWord(w));
  }
  return out;
}

/** Distinct content terms. */
export function termSet(text: string): Set<string> {
  return new Set(terms(text));
}

const termSets = new WeakMap<object, ReadonlySet<string>>();

/** Distinct content terms of an object's text, computed once per object (sentences, quotes, passages). */
export function termsOf(holder: { text: string }): ReadonlySet<string> {
  let set = termSets.get(holder);
  if (!set) termSets.set(holder, (set = termSet(holder.text)));
  return set;
}

/** A key for "the same words": case, accents, punctuation and spacing ignored. */
export function textKey(text: string): string {
  return words(text).join(' ');
}

/** Share of `query` terms found in `candidate` (0..1); 0 for an empty query. */
export function coverage(query: ReadonlySet<string>, candidate: ReadonlySet<string>): number {
  if (query.size === 0) return 0;
  let hit = 0;
  for (const t of query) if (candidate.has(t)) hit++;
  return hit / query.size;
}
