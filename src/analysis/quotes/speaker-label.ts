/**
 * Interview transcripts label each answer with its speaker: "**Adeyemi-Cole:** Brutal. ...", "Tom Reyes: We ...".
 * Inside such an answer "I" is the labelled speaker, so a quotation the answer gives with "I told the band" is theirs.
 * Only a label that parses as a person's name counts ("Q:", "A:", "UPDATE:" and datelines name nobody).
 */
import type { Layout } from './layout.js';
import { parseSpeakerPhrase, type SpeakerPhrase } from './phrase.js';

/** A bold label ("**Name:**", "**Name**:") or a plain one of at most four capitalised words ("Ann Roe:"). */
const LABEL = /^\s*(?:\*\*([^*:\n]{2,60}?):?\*\*:?|(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}):)\s+/u;

/** The person an answer paragraph is labelled with, or null when it has no such label. */
export function answerSpeaker(layout: Layout): SpeakerPhrase | null {
  const m = LABEL.exec(layout.text);
  const name = m?.[1] ?? m?.[2];
  if (!m || name === undefined) return null;
  const at = m[0].indexOf(name);
  const phrase = parseSpeakerPhrase(name.trim(), at);
  return phrase?.kind === 'person' ? phrase : null;
}
