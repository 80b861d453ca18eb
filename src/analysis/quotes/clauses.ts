/**
 * Quote-aware sentence ranges inside one paragraph, for attribution. A quotation is opaque here: the sentences
 * inside “One. Two,” she said. form one attribution sentence with their tag, which is what attribution needs. (The
 * `sentence` index reported on a Quote comes from the shared sentence splitter when it is available.)
 */
import { SPEECH_VERBS } from './lexicon.js';
import type { RawSpan } from './spans.js';

export interface Range {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof gen maj lt col capt sgt adm gov sen rep st jan feb mar apr jun jul aug sep sept oct nov dec
  no vs etc inc corp ltd co jr sr rev det brig cpl pte fig approx est dept univ`.split(/\s+/),
);

function isAbbreviation(text: string, dot: number): boolean {
  const m = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!m) return false;
  const word = (m[1] as string).replace(/^\./, '');
  if (/^\p{Lu}$/u.test(word)) return true; // initials: "J. Smith"
  if (/\./.test(word)) return true; // "U.S." "a.m."
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The quote span covering offset i (from its opening to its closing mark), if any. */
export function spanAt(spans: RawSpan[], i: number): RawSpan | undefined {
  return spans.find((s) => i >= s.open && (s.close === null ? i < s.end : i <= s.close));
}

export function sentenceRanges(text: string, spans: RawSpan[]): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    while (s < end && /\s/.test(text[s] as string)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) ranges.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    const span = spanAt(spans, i);
    if (span) {
      // Jump to the closing mark; a boundary may follow it when the quote ended its sentence: “... suspended.” Next
      if (span.close === null) {
        i = span.end - 1; // the loop's i++ moves past the unclosed quote
        continue;
      }
      i = span.close;
      const inner = text.slice(span.start, span.end).trimEnd();
      // Scraped pages often lose the space after a closing mark (`... immediately."Through Dr. Kolb, ...`).
      if (/[.?!…]$/.test(inner) && (followedByNewSentence(text, i + 1) || /^\p{Lu}\p{Ll}/u.test(text.slice(i + 1, i + 3))) && !namedTagFollows(text, i + 1)) {
        push(i + 1);
        start = i + 1;
      }
      continue;
    }
    if (/[.?!…]/.test(ch)) {
      let j = i + 1;
      while (j < text.length && /[)\]’'”"]/.test(text[j] as string) && !spanAt(spans, j)) j++;
      if (ch === '.' && isAbbreviation(text, i) && !opensSentence(text, j)) continue;
      if (followedByNewSentence(text, j)) {
        push(j);
        start = j;
        i = j - 1;
      }
    }
  }
  push(text.length);
  return ranges;
}

/** Capitalised words that open a new sentence rather than a name: “Is it over?” The vote ... */
const NOT_NAME_OPENERS = new Set(
  `It He She They We I You This That These Those There Then The A An But And Or So Yet In On At As When While If After
  Before Since Now Still His Her Their Its Our My Your What Why How Who Where No Not Yes Some Many Most All`.split(/\s+/),
);

/**
 * “Is it over?” Dana Roe asked. / “We lost.” Ito said later.: a quotation's own terminal mark does not end the
 * sentence when a capitalised name and a speech verb follow at once; those words are its tag. (A lowercase tag
 * never looked like a new sentence; a name does.) A closed list of sentence openers keeps “Why?” The vote ... apart,
 * and a verb before a colon introduces the next quotation instead (“...” Another added: “...”).
 */
function namedTagFollows(text: string, j: number): boolean {
  const m = /^\s+((?:(?:\p{Lu}[\p{L}'’-]*\.?|of|de|van|von|al|bin|da|del|la|le)\s+){0,5})(\p{Lu}[\p{L}'’-]*)(?:,\s+\d{1,3},)?\s+(\p{Ll}+)\b(?!\s*:)/u.exec(
    text.slice(j, j + 120),
  );
  if (!m) return false;
  const first = ((m[1] ?? '').trim().split(/\s+/)[0] || m[2]) as string;
  if (NOT_NAME_OPENERS.has(first.replace(/\.$/, ''))) return false;
  return SPEECH_VERBS.has(m[3] as string);
}

/** Words that open a sentence but never follow an abbreviation inside one ("Saint John, N.B. It said ..."). */
const SENTENCE_OPENERS = /^\s+(?:It|He|She|They|We|The|This|That|These|Those|His|Her|Their|Its|There|But|However)\s/;
const TITLE_ABBREVIATIONS = /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Maj|Lt|Col|Capt|Sgt|Adm|Gov|Sen|Rep|St|Rev|Det|Brig|Cpl|Pte|No|vs)\.$/;

/** A quotation opening on a capital: "... analyst at Acme Inc. “I think ...”" starts a new sentence after the suffix. */
const QUOTE_OPENER = /^\s+[“"‘«]\p{Lu}/u;

function opensSentence(text: string, j: number): boolean {
  const next = text.slice(j, j + 12);
  return (SENTENCE_OPENERS.test(next) || QUOTE_OPENER.test(next)) && !TITLE_ABBREVIATIONS.test(text.slice(Math.max(0, j - 6), j));
}

function followedByNewSentence(text: string, j: number): boolean {
  const rest = text.slice(j, j + 4);
  return rest.length === 0 || /^\s+[\p{Lu}\p{N}“"‘'(«]/u.test(rest);
}
