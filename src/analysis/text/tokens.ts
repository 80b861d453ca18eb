import {
  AMBIGUOUS_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
  abbreviationKey,
  isDottedAcronym,
  isInitial,
} from './abbreviations.js';

export interface Token {
  /** Surface text, without a possessive ending ("NATO" for "NATO’s"). */
  text: string;
  /** Body offsets of `text`. */
  start: number;
  end: number;
  kind: 'word' | 'punct';
  /** The word was followed by a possessive ’s / 's / ’ (not included in text). */
  possessive?: boolean;
}

// Letters/digits joined by single inner marks ("U.S", "al-Assad", "O’Brien", "Maj.-Gen", "2.5"), optional final period.
const WORD = /[\p{L}\p{N}]+(?:[.\-'’&]+[\p{L}\p{N}]+)*\.?/uy;

/** Words and punctuation of `text`, with offsets shifted by `base` (the body offset of text[0]). */
export function tokenize(text: string, base: number): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m) {
      tokens.push({ text: ch, start: base + i, end: base + i + 1, kind: 'punct' });
      i++;
      continue;
    }
    let word = m[0];
    if (word.endsWith('.') && !keepsPeriod(word.slice(0, -1))) word = word.slice(0, -1);
    const token: Token = { text: word, start: base + i, end: base + i + word.length, kind: 'word' };
    const poss = /^(.+?)[’'][sS]$/u.exec(word);
    if (poss && poss[1] && poss[1].length > 1 && !/[’']/.test(poss[1])) {
      token.text = poss[1];
      token.end = token.start + poss[1].length;
      token.possessive = true;
    } else if ((text[i + word.length] === '’' || text[i + word.length] === "'") && /s$/i.test(word)) {
      const after = text[i + word.length + 1];
      if (after === undefined || !/[\p{L}\p{N}]/u.test(after)) token.possessive = true; // plural possessive "allies’"
    }
    tokens.push(token);
    i += word.length;
  }
  return tokens;
}

function keepsPeriod(word: string): boolean {
  if (isDottedAcronym(word) || isInitial(word)) return true;
  const key = abbreviationKey(word);
  return TITLE_ABBREVIATIONS.has(key) || NUMBER_ABBREVIATIONS.has(key) || AMBIGUOUS_ABBREVIATIONS.has(key);
}
