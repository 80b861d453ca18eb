/**
 * Porter stemmer as NLTK runs it by default (PorterStemmer(mode=NLTK_EXTENSIONS), NLTK 3.8), because that is the
 * stemmer inside Google's rouge-score. It differs from Martin Porter's published algorithm (the `stemmer` package)
 * on about 2% of news tokens, e.g. "days" -> "day" (not "dai"), "uses" -> "use" (not "us"),
 * "hopefully" -> "hope", "died" -> "die". The NLTK departures, all implemented here:
 *
 * - a table of irregular forms (skies -> sky, dying -> die, news -> news, ...);
 * - 1a: a four-letter word ending "ies" keeps "ie" (ties -> tie); 1b: "ied" -> "ie" (4 letters) or "i";
 * - 1c: y -> i only after a consonant that is not the word's first letter (enjoy stays, happy -> happi);
 * - 2: "alli" -> "al" is tried first and step 2 re-run; "bli" -> "ble"; extra "fulli" -> "ful"; "logi" -> "log";
 * - condition *o also holds for a two-letter vowel-consonant stem (so "us"+e, "ag"+e come back as "use", "age").
 *
 * Rules inside a step follow Porter's list semantics: the first rule whose suffix matches decides, and if its
 * condition fails the word is left as it is (later rules are not tried).
 */

const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['sky', 'sky'],
  ['skies', 'sky'],
  ['dying', 'die'],
  ['lying', 'lie'],
  ['tying', 'tie'],
  ['news', 'news'],
  ['innings', 'inning'],
  ['inning', 'inning'],
  ['outings', 'outing'],
  ['outing', 'outing'],
  ['cannings', 'canning'],
  ['canning', 'canning'],
  ['howe', 'howe'],
  ['proceed', 'proceed'],
  ['exceed', 'exceed'],
  ['succeed', 'succeed'],
]);

function isVowelLetter(ch: string | undefined): boolean {
  return ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u';
}

/** Porter's consonant: not a, e, i, o, u, and not a "y" that follows a consonant. */
function isConsonant(word: string, i: number): boolean {
  // Walk back over a run of y's: each one flips the answer of the letter before it.
  let flips = 0;
  let k = i;
  while (k > 0 && word[k] === 'y') {
    flips++;
    k--;
  }
  let base: boolean;
  if (word[k] === 'y') base = true; // a "y" at position 0 is a consonant
  else base = !isVowelLetter(word[k]);
  // word[i] is a consonant iff (after `flips` alternations) the base letter's class says so.
  return flips % 2 === 0 ? base : !base;
}

/** m in [C](VC){m}[V]. */
function measure(stem: string): number {
  let m = 0;
  let prevVowel = false;
  for (let i = 0; i < stem.length; i++) {
    const consonant = isConsonant(stem, i);
    if (consonant && prevVowel) m++;
    prevVowel = !consonant;
  }
  return m;
}

function containsVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) if (!isConsonant(stem, i)) return true;
  return false;
}

function endsDoubleConsonant(word: string): boolean {
  const n = word.length;
  return n >= 2 && word[n - 1] === word[n - 2] && isConsonant(word, n - 1);
}

/** Condition *o, with NLTK's two-letter extension. */
function endsCvc(word: string): boolean {
  const n = word.length;
  if (n >= 3) {
    const last = word[n - 1]!;
    if (
      isConsonant(word, n - 3) &&
      !isConsonant(word, n - 2) &&
      isConsonant(word, n - 1) &&
      last !== 'w' &&
      last !== 'x' &&
      last !== 'y'
    ) {
      return true;
    }
  }
  return n === 2 && !isConsonant(word, 0) && isConsonant(word, 1);
}

type Condition = (stem: string) => boolean;
type Rule = readonly [suffix: string, replacement: string, condition?: Condition];

const positive: Condition = (stem) => measure(stem) > 0;
const aboveOne: Condition = (stem) => measure(stem) > 1;

/** First matching suffix decides; a failed condition leaves the word unchanged. */
function applyRules(word: string, rules: readonly Rule[]): string {
  for (const [suffix, replacement, condition] of rules) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    return condition === undefined || condition(stem) ? stem + replacement : word;
  }
  return word;
}

function step1a(word: string): string {
  if (word.length === 4 && word.endsWith('ies')) return word.slice(0, -3) + 'ie';
  return applyRules(word, [['sses', 'ss'], ['ies', 'i'], ['ss', 'ss'], ['s', '']]);
}

function step1b(word: string): string {
  if (word.endsWith('ied')) return word.slice(0, -3) + (word.length === 4 ? 'ie' : 'i');
  if (word.endsWith('eed')) {
    const stem = word.slice(0, -3);
    return measure(stem) > 0 ? stem + 'ee' : word;
  }
  let stem: string | undefined;
  for (const suffix of ['ed', 'ing']) {
    if (word.endsWith(suffix) && containsVowel(word.slice(0, -suffix.length))) {
      stem = word.slice(0, -suffix.length);
      break;
    }
  }
  if (stem === undefined) return word;
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return stem + 'e';
  if (endsDoubleConsonant(stem)) {
    const last = stem[stem.length - 1]!;
    return last === 'l' || last === 's' || last === 'z' ? stem : stem.slice(0, -1);
  }
  return measure(stem) === 1 && endsCvc(stem) ? stem + 'e' : stem;
}

function step1c(word: string): string {
  return applyRules(word, [['y', 'i', (stem) => stem.length > 1 && isConsonant(stem, stem.length - 1)]]);
}

const STEP2_RULES: readonly Rule[] = [
  ['ational', 'ate', positive],
  ['tional', 'tion', positive],
  ['enci', 'ence', positive],
  ['anci', 'ance', positive],
  ['izer', 'ize', positive],
  ['bli', 'ble', positive],
  ['alli', 'al', positive],
  ['entli', 'ent', positive],
  ['eli', 'e', positive],
  ['ousli', 'ous', positive],
  ['ization', 'ize', positive],
  ['ation', 'ate', positive],
  ['ator', 'ate', positive],
  ['alism', 'al', positive],
  ['iveness', 'ive', positive],
  ['fulness', 'ful', positive],
  ['ousness', 'ous', positive],
  ['aliti', 'al', positive],
  ['iviti', 'ive', positive],
  ['biliti', 'ble', positive],
  ['fulli', 'ful', positive],
  // NLTK measures the "logi" stem with its "l" kept.
  ['logi', 'log', (stem) => measure(stem + 'l') > 0],
];

function step2(word: string): string {
  if (word.endsWith('alli') && measure(word.slice(0, -4)) > 0) return step2(word.slice(0, -4) + 'al');
  return applyRules(word, STEP2_RULES);
}

function step3(word: string): string {
  return applyRules(word, [
    ['icate', 'ic', positive],
    ['ative', '', positive],
    ['alize', 'al', positive],
    ['iciti', 'ic', positive],
    ['ical', 'ic', positive],
    ['ful', '', positive],
    ['ness', '', positive],
  ]);
}

function step4(word: string): string {
  return applyRules(word, [
    ['al', '', aboveOne],
    ['ance', '', aboveOne],
    ['ence', '', aboveOne],
    ['er', '', aboveOne],
    ['ic', '', aboveOne],
    ['able', '', aboveOne],
    ['ible', '', aboveOne],
    ['ant', '', aboveOne],
    ['ement', '', aboveOne],
    ['ment', '', aboveOne],
    ['ent', '', aboveOne],
    ['ion', '', (stem) => measure(stem) > 1 && (stem.endsWith('s') || stem.endsWith('t'))],
    ['ou', '', aboveOne],
    ['ism', '', aboveOne],
    ['ate', '', aboveOne],
    ['iti', '', aboveOne],
    ['ous', '', aboveOne],
    ['ive', '', aboveOne],
    ['ize', '', aboveOne],
  ]);
}

function step5a(word: string): string {
  if (!word.endsWith('e')) return word;
  const stem = word.slice(0, -1);
  const m = measure(stem);
  return m > 1 || (m === 1 && !endsCvc(stem)) ? stem : word;
}

function step5b(word: string): string {
  return word.endsWith('ll') && measure(word.slice(0, -1)) > 1 ? word.slice(0, -1) : word;
}

/** Stems one word the way NLTK's default PorterStemmer does (input is lowercased first). */
export function nltkPorterStem(input: string): string {
  const word = input.toLowerCase();
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length <= 2) return word;
  return step5b(step5a(step4(step3(step2(step1c(step1b(step1a(word))))))));
}
