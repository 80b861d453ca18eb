/**
 * An inverted tag right before the quotation it introduces: "And, said Malkan, “...”", "But when it comes to the
 * players, offers Weir, “...”", "Adds Weir: “...”". Feature writing puts the verb first; the name after it speaks.
 * Only a verb of saying at the start of its clause (the sentence start, a comma or an opening conjunction), so "the
 * report he said Lee wrote: “...”" is no such tag. "Said" opening a sentence is left alone: it is also a given name.
 */
import { sentenceOf, type Layout } from './layout.js';
import type { SpeakerPhrase } from './phrase.js';
import type { RawSpan } from './spans.js';
import { parseInvertedSpeaker } from './subject.js';

const LEAD_VERBS =
  'said|says|adds|added|offers|offered|notes|noted|continues|continued|explains|explained|writes|wrote|recalls|recalled|insists|insisted|argues|argued|asks|asked|warns|warned|counters|countered|concludes|concluded|quips|quipped|replies|replied|admits|admitted|jokes|joked|muses|mused|sighs|sighed|laughs|laughed|recounts|recounted|observes|observed';

const INVERTED_LEAD = new RegExp(
  String.raw`(?:^|[,;]\s*|^\s*(?:And|But|So|Yet|Or)\s*,?\s*)((${LEAD_VERBS})\s+(\p{Lu}[^,;:█.!?]{0,60}?))\s*[,:]\s*$`,
  'iu',
);

export interface InvertedLead {
  phrase: SpeakerPhrase;
  verb: string;
  verbStart: number;
}

export function invertedLead(layout: Layout, span: RawSpan): InvertedLead | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  const pre = layout.masked.slice(sentence.start, span.open);
  const m = INVERTED_LEAD.exec(pre);
  const verb = m?.[2];
  const name = m?.[3];
  if (!m || !verb || !name) return null;
  const verbStart = sentence.start + m.index + m[0].indexOf(m[1] as string);
  // "Said Ahmed, a grocer, ..." opening the sentence is a name, not a tag.
  if (verbStart === sentence.start && verb === 'Said') return null;
  const phrase = parseInvertedSpeaker(name, verbStart + verb.length + (m[1] as string).slice(verb.length).search(/\S/));
  if (!phrase || phrase.kind === 'pronoun') return null;
  return { phrase, verb, verbStart };
}
