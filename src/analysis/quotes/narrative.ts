/**
 * Sentences without quotation marks still move the discourse: "Stoltenberg said allies were united." makes
 * Stoltenberg the latest speaker (a following bare quote paragraph is his), and "Maria Lopez, 34, runs a bakery."
 * makes her the latest person a "she said" can refer to.
 */
import type { DateMention, Speaker } from '../types.js';
import { subjectOf } from './attribution.js';
import type { Range } from './clauses.js';
import type { Discourse } from './discourse.js';
import type { Layout } from './layout.js';
import { DETERMINERS, NAME_PARTICLES, SPEAKER_NOUNS, TITLE_JOINERS } from './lexicon.js';
import { statementDate } from './statement-date.js';
import { parseSubjectRegion } from './subject.js';
import { singular } from './tokens.js';

export interface SpeechEvent {
  speaker: Speaker;
  date: string;
  /** Offset in the body. */
  at: number;
}

const FRONTED = /^(?:On|At|In|After|Before|During|Earlier|Later|Meanwhile|However|But|And|Yet|Still|Separately|Instead|Also|Then|Now|Today|Yesterday|Last|This|When|While|Since|As|Although|Though|If|Because|Speaking|Asked|Following|Despite|Under|With|Without|For|From|By|Over|Back|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,]{0,80},\s*/;
const ALLOWED_LOWER = new Set(['former', 'senior', 'deputy', 'chief', 'acting', 'top', 'then']);

export function noteNarrative(
  layout: Layout,
  sentence: Range,
  paragraphStart: number,
  discourse: Discourse,
  published: string,
  dates: DateMention[],
): SpeechEvent | undefined {
  for (const verb of layout.verbs) {
    if (verb.start < sentence.start || verb.end > sentence.end || verb.according) continue;
    const phrase = subjectOf(layout, verb, sentence.start, false);
    if (!phrase) continue;
    const speaker = discourse.resolve(phrase, paragraphStart + phrase.start);
    if (speaker.kind === 'unknown') return undefined;
    const attribution = { phrase, verb: verb.verb, verbStart: verb.start, verbEnd: verb.end, form: 'reported' as const };
    const date = statementDate(dates, layout, paragraphStart, attribution, sentence.start, sentence.end) ?? published;
    return { speaker, date, at: paragraphStart + phrase.start };
  }
  noteSubject(layout, sentence, paragraphStart, discourse);
  return undefined;
}

/** Registers a person who is the grammatical subject of a sentence, as a later pronoun antecedent. */
function noteSubject(layout: Layout, sentence: Range, paragraphStart: number, discourse: Discourse): void {
  let from = sentence.start;
  const text = layout.masked.slice(from, sentence.end);
  const fronted = FRONTED.exec(text);
  if (fronted) from += fronted[0].length;
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;
  const rest = layout.masked.slice(from, sentence.end);
  let stop = rest.length;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    const w = m[0];
    if (/^\p{Ll}/u.test(w)) {
      const lower = w.toLowerCase();
      const ok = DETERMINERS.has(lower) || TITLE_JOINERS.has(lower) || NAME_PARTICLES.has(lower) || ALLOWED_LOWER.has(lower);
      if (!ok && !SPEAKER_NOUNS.has(singular(w).word)) {
        stop = m.index;
        break;
      }
    }
  }
  const phrase = parseSubjectRegion(rest.slice(0, stop), from, false);
  if (phrase?.kind === 'person') discourse.resolve(phrase, paragraphStart + phrase.start);
}
