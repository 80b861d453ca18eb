/**
 * The grammatical subject at the start of a clause, read from its leading words: "Maria Lopez, 34, runs a bakery"
 * -> Maria Lopez; "At Monday’s meeting, Stoltenberg said" -> Stoltenberg. Used to register people a later pronoun
 * can refer to, and to find the shared subject of a coordinated verb ("Feld declined to comment but told reporters").
 */
import { MASK, type Layout } from './layout.js';
import { DETERMINERS, NAME_PARTICLES, ROUND_NUMBERS, SPEAKER_NOUNS, SPEECH_VERBS, TITLE_JOINERS } from './lexicon.js';
import type { SpeakerPhrase } from './phrase.js';
import { parseSubjectRegion } from './subject.js';
import { singular } from './tokens.js';

const FRONTED = /^(?:On|At|In|After|Before|During|Earlier|Later|Meanwhile|However|But|And|Yet|Still|Separately|Instead|Also|Then|Now|Today|Yesterday|Last|This|When|While|Since|As|Although|Though|If|Because|Speaking|Asked|Following|Despite|Under|With|Without|For|From|By|Over|Back|Inside|Outside|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,]{0,80},\s*/;
const FRONTED_AGAIN = /^(?:as|when|while|since|although|though|if|because|after|before|once|until|despite|during|in|on|at)\b[^,]{0,80},\s*/;
const AUXILIARIES = new Set(
  `is are was were be been has have had will would can could should may might must did does do not never also
  took made went ran gave met led left kept held won lost paid shook got came became began told said spoke stood sat
  saw knew thought felt found brought bought built fought taught caught drove rode wrote grew threw flew drew wore
  chose broke woke rose fell hid began sang swam rang drank sank hung dug stuck struck swung spun slept swept wept
  meant sent spent lent bent dealt heard sold laid fed read shot fled lit quit split spread set put cut hit shut let
  hurt cost burst cast sought forgot forgave understood withdrew overcame undertook became`.split(/\s+/),
);

/** The subject ends where the predicate starts: an auxiliary, a speech verb, or a verb-shaped word ("runs"). */
function looksLikeVerb(w: string): boolean {
  const lower = w.toLowerCase().replace(/\.+$/, ''); // "disagreed." at the end of the sentence
  if (AUXILIARIES.has(lower) || SPEECH_VERBS.has(lower)) return true;
  if (DETERMINERS.has(lower) || TITLE_JOINERS.has(lower) || NAME_PARTICLES.has(lower)) return false;
  // "the state's attorney's office": a possessive ends in "s" but owns the next noun, it is no verb.
  if (/['’]s$/.test(lower)) return false;
  // "dozens of residents held up": round numbers written as plural nouns.
  if (ROUND_NUMBERS.test(lower)) return false;
  return /(?:ed|[^s]s)$/.test(lower) && !SPEAKER_NOUNS.has(singular(lower).word) && !/(?:ss|us|is|ics)$/.test(lower);
}

export function clauseSubject(layout: Layout, from: number, to: number): SpeakerPhrase | null {
  let start = from;
  const text = layout.masked.slice(start, to);
  const fronted = FRONTED.exec(text);
  if (fronted) {
    start += fronted[0].length;
    // "For instance, as the standards were being drafted, a group ... distributed": a second fronted clause.
    const second = FRONTED_AGAIN.exec(layout.masked.slice(start, to));
    if (second) start += second[0].length;
  }
  const rest = layout.masked.slice(start, to);
  if (rest.startsWith(MASK)) return null;
  // "He's since sparred", "They've said": a pronoun with a contracted auxiliary is the subject.
  const contracted = /^\s*(he|she|they|we|it)['’](?:s|re|ve|d|ll)\b/i.exec(rest);
  if (contracted?.[1]) {
    const word = contracted[1];
    const at = start + contracted[0].indexOf(word);
    const pronoun = word.toLowerCase() as 'he' | 'she' | 'they' | 'we' | 'it';
    return { kind: 'pronoun', start: at, end: at + word.length, text: word, name: pronoun, pronoun };
  }
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;
  let stop = Math.min(rest.length, 160);
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    const w = m[0];
    if (!/^\p{Ll}/u.test(w)) continue;
    // "A group called Citizens for ... distributed": the participle names the subject, the verb comes later.
    if (/^(?:called|named|dubbed|known)$/.test(w) && /^\s+(?:as\s+)?\p{Lu}/u.test(rest.slice(m.index + w.length)) && /^\s*(?:[Aa]|[Aa]n)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}$/u.test(rest.slice(0, m.index))) continue;
    // "The baby's anguished father", "an injured man": an -ed word right after a determiner qualifies the noun.
    if (/ed$/.test(w) && /(?:^|\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\S+['’]s)\s+$/.test(rest.slice(0, m.index)) && /^\s+\p{Ll}/u.test(rest.slice(m.index + w.length))) continue;
    if (looksLikeVerb(w)) {
      stop = m.index;
      break;
    }
  }
  const region = rest.slice(0, stop);
  if (region.includes(MASK)) return null;
  return parseSubjectRegion(region, start, false);
}
