/**
 * Speech seen or heard: in "Footage showed King saying “...”" or "Witnesses heard a man shouting “...”" the words are
 * the perceived actor's, the object of the verb of perception (layout.ts marks the participle with `actorStart`),
 * not the footage's or the witnesses'.
 */
import type { Layout, VerbHit } from './layout.js';
import type { SpeakerPhrase } from './phrase.js';
import { parseSubjectRegion } from './subject.js';

/** Object pronouns read as the subject pronoun they stand for ("heard him shouting" -> he). */
const OBJECT_PRONOUNS: Readonly<Record<string, string>> = { him: 'he', her: 'she', them: 'they', me: 'I', us: 'we' };

/** The perceived actor of a participle layout.ts marked, or null for any other verb. */
export function perceivedSubject(layout: Layout, verb: VerbHit): SpeakerPhrase | null {
  if (verb.actorStart === undefined) return null;
  const object = layout.masked.slice(verb.actorStart, verb.start).trimEnd();
  const pronoun = OBJECT_PRONOUNS[object.toLowerCase()];
  return parseSubjectRegion(pronoun ?? object, verb.actorStart, true);
}

/**
 * "Police said the video showed a man shouting “...”": the perceived actor of the last such participle between the
 * tag's verb and the quotation speaks, when it is named or described (a pronoun may be the teller again).
 */
export function perceivedInside(layout: Layout, verbEnd: number, quoteOpen: number): SpeakerPhrase | null {
  const inner = layout.verbs.filter((v) => v.actorStart !== undefined && v.start >= verbEnd && v.end <= quoteOpen).pop();
  const phrase = inner ? perceivedSubject(layout, inner) : null;
  return phrase && phrase.kind !== 'pronoun' ? phrase : null;
}
