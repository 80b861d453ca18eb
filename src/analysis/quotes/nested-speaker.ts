/**
 * Reported speech inside reported speech: in "Tim Roe said Ann Lee had called the plan “a disaster”" the quoted words
 * are Ann Lee's, whom Roe quotes. The tag's subject tells the story; the subject of the speech verb nearest the
 * quotation said the words. Only a named or described subject counts: a pronoun there ("Roe said he called it ...")
 * usually is the tag's subject again, and a reader cannot tell otherwise.
 */
import { MASK, type Layout } from './layout.js';
import { parseSpeakerPhrase, type SpeakerPhrase } from './phrase.js';
import { perceivedInside } from './perceived-speaker.js';

/** A clause of saying right before the quotation: subject, optional auxiliaries and adverbs, a speech verb. */
const INNER_CLAUSE =
  /^,?\s+(?:that\s+)?((?:\p{L}[\p{L}.'’-]*\s+){0,5}?\p{L}[\p{L}.'’-]*)\s+(?:(?:had|has|have|once|previously|also|reportedly|allegedly|publicly|repeatedly|privately|later|then|\p{Ll}+ly)\s+)*(called|described|told|branded|dubbed|labell?ed|termed|said|wrote|declared|insisted|warned|promised|vowed|claimed)\b/u;

/** Words that never open a subject: the complement of the outer verb goes on ("said in May", "said on Monday"). */
const NOT_SUBJECT = /^(?:in|on|at|to|for|from|with|after|before|during|when|while|if|as|by|of|it|this|he|she|they|we|i|you|there|him|them|us|me)\b/i;

/** The speaker phrase of the innermost clause of saying between the tag's verb and the quotation, if any. */
export function nestedSpeakerPhrase(layout: Layout, verbEnd: number, quoteOpen: number): SpeakerPhrase | null {
  if (quoteOpen < verbEnd || quoteOpen - verbEnd > 200) return null;
  const between = layout.masked.slice(verbEnd, quoteOpen);
  if (between.includes(MASK) || /[.;!?]\s/.test(between)) return null;
  const perceived = perceivedInside(layout, verbEnd, quoteOpen);
  if (perceived) return perceived;
  const m = INNER_CLAUSE.exec(between);
  const subject = m?.[1];
  if (!m || !subject || NOT_SUBJECT.test(subject)) return null;
  const at = verbEnd + m[0].indexOf(subject);
  const phrase = parseSpeakerPhrase(subject, at);
  if (!phrase || phrase.kind === 'pronoun' || phrase.start !== at) return null;
  return phrase;
}
