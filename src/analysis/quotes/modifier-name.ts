/**
 * "Labor union official said", "Trump campaign aide told": a capitalised word right before lowercase nouns ending in
 * a noun for a kind of person modifies that noun; the described person speaks, not someone called "Labor".
 */
import { NOT_NAMES, type SpeakerPhrase } from './phrase.js';
import { SPEAKER_NOUNS } from './lexicon.js';
import { singular, type Token } from './tokens.js';
import { isPastVerbShape } from './verb-shape.js';

/** Lowercase words that start a predicate or a new phrase, never a noun modifier. */
const NOT_MODIFIERS = new Set(
  `is are was were be been has have had will would can could should may might must do does did not also gives says
  tells told said the a an of to in on at for with and or but by from as`.split(/\s+/),
);

/** The description a capitalised modifier opens, or null when the word after it is no lowercase noun phrase. */
export function modifiedDescription(tokens: Token[]): SpeakerPhrase | null {
  const first = tokens[0];
  // Two words at least before the head: "Saudi minister says" (a headline) stays for the rules that read headlines.
  if (!first || tokens.length < 3) return null;
  // A name or an initialism opens it: not "Our camera assistant", "My grandfather" (a possessive), "in teenagers".
  if (!/^\p{Lu}/u.test(first.text) || NOT_NAMES.has(first.text) || /^(?:My|Our|Your|His|Her|Their|Its|The|A|An)$/.test(first.text)) return null;
  let headAt = -1;
  for (let j = 1; j < Math.min(tokens.length, 4); j++) {
    const w = (tokens[j] as Token).text;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || isPastVerbShape(w) || NOT_MODIFIERS.has(w)) break;
    if (j >= 2 && SPEAKER_NOUNS.has(singular(w).word)) headAt = j;
  }
  if (headAt < 0) return null;
  // The noun phrase must end at its head: "Labor union official listened" ends; "Ann cited union officials' data" does not.
  const next = tokens[headAt + 1]?.text;
  if (next !== undefined && !/^\p{Ll}/u.test(next)) return null;
  const words = tokens.slice(0, headAt + 1);
  const head = words[headAt] as Token;
  const { word, plural } = singular(head.text);
  const text = words.map((t) => t.text).join(' ');
  return {
    kind: 'description',
    start: first.start,
    end: head.end,
    text,
    name: text,
    head: word,
    modifiers: words.slice(0, -1).map((t) => t.text),
    plural,
  };
}
