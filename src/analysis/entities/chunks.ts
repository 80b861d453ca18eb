import { SENTENCE_OPENERS } from '../text/abbreviations.js';
import type { Token } from '../text/tokens.js';

/** A run of capitalised words in one sentence: the candidate proper name ("US Secretary of Defense Mark Esper"). */
export interface Chunk {
  /** Token indexes [from, to) in the sentence's token list. */
  from: number;
  to: number;
}

/** Lower-case particles allowed inside a proper name when a capitalised word follows ("Secretary of State"). */
const CONNECTORS = new Set([
  'of', 'for', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'al', 'bin', 'ibn', 'bint', 'abu', 'van',
  'von', 'der', 'den', 'ter', 'y', 'dos', 'das', 'on',
]);

/** "on" joins a name only after these ("Council on Foreign Relations"), not in "Jimmy Fallon on Twitter". */
const ON_AFTER = new Set(['council', 'committee', 'commission', 'conference', 'convention', 'panel', 'institute', 'center', 'centre', 'forum', 'treaty', 'task']);

const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;

export function isCalendarWord(word: string): boolean {
  return CALENDAR.test(word);
}

/** Capitalised as a proper name: "NATO", "Maj.-Gen.", "al-Assad"; not "US-led" or "Canadian-led". */
export function isCapWord(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const w = token.text;
  if (/^(?:al|el|ad|as|ash|an|ibn|bin|abu|van|von|de|di|da|du|del|der)[-’'](?=\p{Lu})/u.test(w)) return true;
  if (!/^\p{Lu}/u.test(w)) return false;
  return !/-\p{Ll}+\.?$/u.test(w) || /^\p{Lu}[\p{L}.]*-(?:general|gen\.?)$/iu.test(w);
}

/** Lower-case second halves of compounds that are not given names ("Pro-war", "Post-war", "Anti-graft"). */
const COMPOUND_TAILS = /^(?:war|era|led|run|based|born|like|wide|free|made|held|owned|style|only|graft|term|time|day|year|up|in-law)$/;

/**
 * "Jae-in" in "Moon Jae-in", "Suk-yeol" in "Yoon Suk-yeol": Korean given names are written with a lower-case
 * second syllable. Only after another capitalised word (the family name), never opening a name.
 */
function isHyphenatedGivenName(token: Token): boolean {
  const m = /^\p{Lu}\p{Ll}{1,5}-(\p{Ll}{1,5})$/u.exec(token.kind === 'word' ? token.text : '');
  return m !== null && !COMPOUND_TAILS.test(m[1] as string);
}

/** Page furniture: a capitalised call to action and the lower-case word after it ("Read more", "Watch now"). */
const LINK_CALLS = /^(?:Read|Watch|Listen|Continue|Click|Subscribe|Sign|See|Show)$/;
const LINK_TAILS = /^(?:more|now|here|on|up|all|reading|full|story)$/;

export function findChunks(tokens: Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapWord(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !tokens[j - 1]?.possessive) {
      const t = tokens[j] as Token;
      if (isCapWord(t) || isHyphenatedGivenName(t)) {
        j++;
        continue;
      }
      // "Canal & River Trust", "Procter & Gamble": an ampersand between capitalised words only joins names.
      if (t.text === '&' && isCapWord(tokens[j + 1])) {
        j += 2;
        continue;
      }
      const lower = t.kind === 'word' ? t.text.toLowerCase() : '';
      if (CONNECTORS.has(lower) && (lower !== 'on' || ON_AFTER.has(tokens[j - 1]?.text.toLowerCase() ?? ''))) {
        if (isCapWord(tokens[j + 1])) {
          j += 2;
          continue;
        }
        // "Oscar de la Renta", "Ursula von der Leyen"
        if (CONNECTORS.has(tokens[j + 1]?.text.toLowerCase() ?? '') && isCapWord(tokens[j + 2])) {
          j += 3;
          continue;
        }
        if (tokens[j + 1]?.text === 'the' && isCapWord(tokens[j + 2])) {
          j += 3;
          continue;
        }
      }
      break;
    }
    // "Headline | Jo Writer Read more": a related-link teaser glues its call to action to the byline of another
    // article; that author takes no part in this story, so the run names nobody here.
    const teaser = j - 1 > i && LINK_CALLS.test(tokens[j - 1]?.text ?? '') && LINK_TAILS.test(tokens[j]?.text ?? '');
    if (!teaser) chunks.push(...trimChunk(tokens, { from: i, to: j }));
    i = j;
  }
  return chunks;
}

/** Drops sentence-opening function words and calendar words, which split a chunk ("On Saturday", "Stoltenberg Monday"). */
function trimChunk(tokens: Token[], chunk: Chunk): Chunk[] {
  const out: Chunk[] = [];
  let from = chunk.from;
  for (let k = chunk.from; k <= chunk.to; k++) {
    const t = tokens[k];
    const cut = k === chunk.to || (t !== undefined && ((isCalendarWord(t.text) && !(t.text === 'May' && k > from)) || (k === from && SENTENCE_OPENERS.has(t.text.toLowerCase()))));
    if (!cut) continue;
    let to = k;
    while (to > from && !isCapWord(tokens[to - 1]) && !(to - 1 > from && isHyphenatedGivenName(tokens[to - 1] as Token))) to--;
    if (to > from) out.push({ from, to });
    from = k + 1;
  }
  return out;
}
