/**
 * Speech relayed by a third party: “...,” Yonhap quoted a ministry official as saying. / The archive records a gunner
 * as saying, “...” / State media cited the minister as warning that “...”. The outlet or archive passes the words
 * on; the one quoted "as saying" said them. When that one is a document ("quoted Voss’s letter as saying"), its
 * author speaks (documents.ts).
 */
import { MASK, sentenceOf, type Layout } from './layout.js';
import { documentAuthor } from './documents.js';
import { parseInvertedSpeaker } from './subject.js';
import { parseSpeakerPhrase, type SpeakerPhrase } from './phrase.js';
import type { RawSpan } from './spans.js';

export interface Relayed {
  phrase: SpeakerPhrase;
  verb: string;
  verbStart: number;
  verbEnd: number;
  /** The quotation follows the relaying clause (“... as saying: “...”) rather than preceding it. */
  after: boolean;
}

const RELAY =
  /\b(quoted|quotes|quoting|cited|cites|citing|records|recorded|paraphrased|recalled|recalls|remembered|remembers)\s+([^,;█]{2,90}?)\s+(?:as\s+)?(?:saying|telling|writing|stating|adding|insisting|warning|arguing|claiming|noting|describing|calling)\b/g;

export function relayedSpeaker(layout: Layout, span: RawSpan): Relayed | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  const masked = layout.masked;
  const text = masked.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(RELAY)) {
    const start = sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    const np = m[2] as string;
    const npStart = start + m[0].indexOf(np, (m[1] as string).length);
    let follows: boolean;
    if (span.open >= end) {
      // “... as saying: “...”” or a partial quote inside the relayed clause; no other quotation in between.
      const between = masked.slice(end, span.open);
      if (between.includes(MASK) || between.length > 120 || /[;]/.test(between)) continue;
      follows = true;
    } else if (span.close !== null && span.close < start) {
      // “...,” the agency quoted X as saying: only the relaying subject stands between the quote and the verb.
      const between = masked.slice(span.close + 1, start);
      if (between.includes(MASK) || !/^[\s,]*[^,;:.!?]{1,60}$/.test(between)) continue;
      follows = false;
    } else continue;
    const phrase = speakerOf(np, npStart);
    if (phrase) return { phrase, verb: m[1] as string, verbStart: start, verbEnd: start + (m[1] as string).length, after: follows };
  }
  return null;
}

const OBJECT_PRONOUNS: Readonly<Record<string, 'he' | 'she' | 'they'>> = { him: 'he', her: 'she', them: 'they' };

/** The one quoted: a document's author, a parsed speaker, or the name in "gunner Ann Lee of the USS Ohio". */
function speakerOf(np: string, at: number): SpeakerPhrase | null {
  const author = documentAuthor(np, at);
  if (author) return author;
  const parsed = parseInvertedSpeaker(np, at);
  if (parsed && parsed.kind !== 'pronoun') return parsed;
  // "she quoted him as saying": the object pronoun stands for the one quoted, read as its subject form.
  const pronoun = OBJECT_PRONOUNS[np.toLowerCase()];
  if (pronoun) return { kind: 'pronoun', start: at, end: at + np.length, text: np, name: pronoun, pronoun };
  // Lowercase descriptor words before a full name ("gunner", "crew member"): the name is the speaker.
  const run = /^(?:[\p{Ll}-]+\s+){1,3}(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)(?=\s+(?:of|from|at|in|on|with)\b|$)/u.exec(np);
  if (!run?.[1]) return null;
  const nameAt = at + np.indexOf(run[1]);
  const name = parseSpeakerPhrase(run[1], nameAt);
  return name?.kind === 'person' ? name : null;
}
