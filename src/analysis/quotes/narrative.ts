/**
 * Sentences without quotation marks still move the discourse: "Lind said allies were united." makes
 * Lind the latest speaker (a following bare quote paragraph is his), and "Maria Lopez, 34, runs a bakery."
 * makes her the latest person a "she said" can refer to.
 */
import type { DateMention, Speaker } from '../types.js';
import type { SpeakerPhrase } from './phrase.js';
import { subjectOf } from './attribution.js';
import type { Range } from './clauses.js';
import type { Discourse } from './discourse.js';
import type { Layout } from './layout.js';
import { statementDate } from './statement-date.js';
import { clauseSubject } from './prefix.js';
import { countedPeople } from './counted-people.js';
import { parseInvertedSpeaker } from './subject.js';

export interface SpeechEvent {
  speaker: Speaker;
  date: string;
  /** Offset in the body. */
  at: number;
  /** Only the subject of a sentence without speech ("Brill, 68, took over the bakery."). */
  weak?: boolean;
  /** A source for a fact ("..., according to the Harbour Records Office"), not someone speaking. */
  sourced?: boolean;
}


/** Nouns for issued words that a colon hands over to ("A statement from X:", "A message from Y:"). */
const ANNOUNCING_HEADS = /^(?:statement|message|letter|note|post|response|reply|comment)$/;

/** Verbs that take their speaker after them in an inverted tag ("..., said X."); "told" takes an object there. */
const INVERTING = /^(?:said|says|added|adds|noted|notes|wrote|writes|explained|explains|stated|states|reported|reports)$/;

export function noteNarrative(
  layout: Layout,
  sentence: Range,
  paragraphStart: number,
  discourse: Discourse,
  published: string,
  dates: DateMention[],
): SpeechEvent | undefined {
  for (const verb of layout.verbs) {
    if (verb.start < sentence.start || verb.end > sentence.end) continue;
    // "..., says co-author Ivo Kurt.": an inverted tag after a comma names its speaker after the verb.
    const inverted = /,\s*$/.test(layout.masked.slice(sentence.start, verb.start))
      ? parseInvertedSpeaker(layout.masked.slice(verb.end, sentence.end), verb.end)
      : null;
    const phrase = verb.according
      ? parseInvertedSpeaker(layout.masked.slice(verb.end, sentence.end), verb.end)
      : // "Those killed were fleeing, said the Local Committees, a network of activists.": after a comma, a verb
        // followed by its speaker is an inverted tag; the clause before it is the reported content, not a subject.
        (inverted && inverted.kind !== 'pronoun' && INVERTING.test(verb.verb) ? inverted : null) ?? subjectOf(layout, verb, sentence.start, false);
    if (!phrase) continue;
    const own = phrase.kind === 'pronoun' && !verb.according ? closingTagSubject(layout, sentence, verb, phrase) : null;
    const speaker =
      (own ? discourse.resolveAsSubject(phrase, own, paragraphStart) : undefined) ??
      (verb.according ? discourse.resolveCited(phrase, paragraphStart) : discourse.resolve(phrase, paragraphStart));
    if (speaker.kind === 'unknown') return undefined;
    if (!verb.according) discourse.noteSpoke(speaker);
    const attribution = { phrase, verb: verb.verb, verbStart: verb.start, verbEnd: verb.end, form: 'reported' as const };
    const date = statementDate(dates, layout, paragraphStart, attribution, sentence.start, sentence.end) ?? published;
    const event: SpeechEvent = { speaker, date, at: paragraphStart + phrase.start };
    if (verb.according) event.sourced = true;
    return event;
  }
  return noteSubject(layout, sentence, paragraphStart, discourse, published);
}

/**
 * "Ann Roe, a baker, was at home when firefighters came, she said.": a pronoun tag closing a sentence with no quotation
 * reports the sentence itself, and a reader takes the pronoun as the sentence's own subject (checked for gender by
 * the caller), not as whoever spoke before. Null unless the tag ends the sentence right after a comma.
 */
function closingTagSubject(layout: Layout, sentence: Range, verb: { start: number; end: number }, pronoun: SpeakerPhrase): SpeakerPhrase | null {
  if (!/,\s*$/.test(layout.masked.slice(sentence.start, pronoun.start))) return null;
  if (!/^\s*$/.test(layout.masked.slice(pronoun.end, verb.start))) return null;
  if (!/^[\s.!?]*$/.test(layout.masked.slice(verb.end, sentence.end))) return null;
  const subject = clauseSubject(layout, sentence.start, pronoun.start);
  return subject && subject.kind === 'person' && subject.end <= pronoun.start ? subject : null;
}

/**
 * The subject of a sentence whose quotation has no tag of its own is still the person the sentence is about, so a
 * later pronoun refers to it; it is not a speech event (the quotation may be anyone's words).
 */
export function noteSentenceSubject(layout: Layout, sentence: Range, paragraphStart: number, discourse: Discourse): void {
  noteSubject(layout, sentence, paragraphStart, discourse, '');
}

/** Registers the grammatical subject of a sentence as a referent; a person subject is a weak speech event. */
function noteSubject(
  layout: Layout,
  sentence: Range,
  paragraphStart: number,
  discourse: Discourse,
  published: string,
): SpeechEvent | undefined {
  // "Two schoolgirls from Ipswich waited ...": a counted plural of people the speaker lexicon does not list.
  const counted = countedPeople(layout.masked.slice(sentence.start, sentence.end), sentence.start);
  const parsed = clauseSubject(layout, sentence.start, sentence.end);
  const phrase = counted && (!parsed || parsed.kind !== 'description' || parsed.start > counted.start) ? counted : parsed;
  if (!phrase) return undefined;
  if (phrase.kind === 'pronoun') {
    // "He underwent surgery in 2016 ..." keeps the person it refers to the centre of attention, so a later "he said"
    // is still that person rather than someone named in between.
    // Like a named subject, it is a weak speech event: "She paused." / “...” — the quote is hers.
    if (phrase.pronoun !== 'he' && phrase.pronoun !== 'she') return undefined;
    const speaker = discourse.focusPronoun(phrase, paragraphStart);
    return speaker ? { speaker, date: published, at: paragraphStart + phrase.start, weak: true } : undefined;
  }
  // Sentence openers like "Medicine has changed" are not people; only names the article gives in full count.
  if (phrase.kind === 'person' && !discourse.isKnownPerson(phrase.name)) return undefined;
  const speaker = discourse.resolve(phrase, paragraphStart);
  // "A statement from Elijah’s parents, following the attention:" announces their words, with no verb.
  const announced = phrase.kind === 'description' && /^(?:from|by)\s/.test(phrase.complement ?? '') && ANNOUNCING_HEADS.test(phrase.head ?? '') && /:\s*$/.test(layout.masked.slice(sentence.start, sentence.end)) && speaker.kind !== 'unknown';
  const event = phrase.kind === 'person' || announced ? { speaker, date: published, at: paragraphStart + phrase.start, weak: true } : undefined;
  return noteLaterSubjects(layout, sentence, phrase.end, paragraphStart, discourse, published) ?? event;
}

/**
 * "A neighbour asks him in, and Hale climbs the stairs.": the named subject of a later coordinated clause is the
 * latest person in focus, so a following "he says" is Hale rather than the first clause's subject. Returns the last
 * such person as a weak event.
 */
function noteLaterSubjects(
  layout: Layout,
  sentence: Range,
  from: number,
  paragraphStart: number,
  discourse: Discourse,
  published: string,
): SpeechEvent | undefined {
  let last: SpeechEvent | undefined;
  const text = layout.masked.slice(from, sentence.end);
  for (const m of text.matchAll(/(?:,\s*(?:and|but|so|then)|;)\s+(?=\p{Lu})/gu)) {
    const at = from + (m.index ?? 0) + m[0].length;
    const phrase = clauseSubject(layout, at, sentence.end);
    if (!phrase || phrase.kind !== 'person' || !discourse.isKnownPerson(phrase.name)) continue;
    // A clause needs its verb right after the name ("and Hale walks"); "and Hale Street" is no clause.
    if (!/^\s+\p{Ll}/u.test(layout.masked.slice(phrase.end, sentence.end))) continue;
    const speaker = discourse.resolve(phrase, paragraphStart);
    last = { speaker, date: published, at: paragraphStart + phrase.start, weak: true };
  }
  return last;
}
