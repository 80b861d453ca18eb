/**
 * Words as the summarizer compares them: lowercase ASCII-alphanumeric tokens, Porter-stemmed, with a short
 * stopword list removed for content terms. Stems are memoised: clusters repeat a small vocabulary.
 */
import { stemmer } from 'stemmer';

const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between ' +
    'both but by can could did do does doing down during each few for from further had has have having he her here ' +
    'hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off ' +
    'on once only or other our ours ourselves out over own same she should so some such than that the their theirs ' +
    'them themselves then there these they this those through to too under until up very was we were what when where ' +
    'which while who whom why will with would you your yours yourself yourselves s t d ll m re ve said says say told ' +
    'one two new like just get got may might must us its it\'s mr mrs ms'
  ).split(/\s+/),
);

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const value = word.length > 3 ? stemmer(word) : word;
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, value);
  return value;
}

/** All tokens, stemmed, in order (stopwords kept): the unit for bigram overlap. */
export function allStems(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) if (raw.length > 0) out.push(stem(raw));
  return out;
}

/** Content terms: stemmed tokens minus stopwords and bare one-character tokens. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || STOPWORDS.has(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

/** Whitespace-separated words: the unit of the length budget (what a reader counts). */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed.length === 0 ? 0 : trimmed.split(/\s+/).length;
}

/**
 * Adjacent word pairs that carry content (not both stopwords), stemmed: the "concepts" a summary should cover,
 * in the sense of Gillick & Favre (2009).
 */
export function conceptBigrams(text: string): string[] {
  const raw = text.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t.length > 0);
  const out: string[] = [];
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i]!;
    const b = raw[i + 1]!;
    if (STOPWORDS.has(a) && STOPWORDS.has(b)) continue;
    out.push(`${stem(a)} ${stem(b)}`);
  }
  return out;
}
