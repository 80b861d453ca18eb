/**
 * Words quoted inside a speech noun someone owns: "Sanders praised the pope's call to fix “...”", "Cruz was less
 * moved by Pope Francis' call to welcome people who “...”", "welcomed the governor's pledge to “...”". The owner of
 * the call, pledge or warning said those words, not the subject who praised or criticised them.
 */
import { MASK, sentenceOf, type Layout } from './layout.js';
import type { SpeakerPhrase } from './phrase.js';
import type { RawSpan } from './spans.js';
import { SPEAKER_NOUNS } from './lexicon.js';
import { parseSubjectRegion } from './subject.js';
import { singular } from './tokens.js';

const SPEECH_NOUN = String.raw`(?:call|calls|plea|pleas|appeal|pledge|promise|vow|warning|demand|demands|message|remarks?|comments?|claims?|assertion|insistence|characterization|characterisation|criticism|suggestion|threat|words|speech|admission|prediction|request|description|line|lyrics?|slogan|motto|mantra|catchphrase|quip|retort|refrain)`;
/** A possessive owner (a name, or "the" and one or two lowercase words), up to six lowercase words, the noun, then
 * "to"/"that"/"of"/"for" and a short run of words without a comma, ending at the quotation. */
const OWNED = new RegExp(
  String.raw`(?:^|[\s(])(?:((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*|the\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)['’]s?|([Hh]is|[Hh]er|[Tt]heir))\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,6}?)${SPEECH_NOUN}(?:\s+(?:to|that|of|for|about)\b[^,;:.!?█]{0,70}?)?\s*$`,
  'u',
);

const CALLING = /\b(?:call|calls|called|calling|described|describes|describing|labell?ed|branded|dubbed|termed|deemed)\s+$/;
const NOUN_WORD = new RegExp(`^${SPEECH_NOUN}$`);

const POSSESSIVE_PRONOUNS: Record<string, 'he' | 'she' | 'they'> = { his: 'he', her: 'she', their: 'they' };

export interface OwnedSpeech {
  phrase: SpeakerPhrase;
  at: number;
}

/** The owner of the speech noun the quotation `span` completes, or null. */
export function ownedSpeech(layout: Layout, span: RawSpan): OwnedSpeech | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  const from = Math.max(sentence.start, span.open - 160);
  const pre = layout.masked.slice(from, span.open);
  const m = OWNED.exec(pre);
  if (!m || pre.slice(m.index).includes(MASK)) return null;
  const owner = (m[1] ?? m[2]) as string;
  const at = from + m.index + m[0].indexOf(owner);
  // "called Corbett's remark “...”": the caller's words describe the remark.
  if (CALLING.test(layout.masked.slice(Math.max(sentence.start, at - 30), at))) return null;
  // "Moscow's chief envoy ... warning that": a person the owner has is the one speaking, with a verb of their own.
  const between = (m[3] ?? '').split(/\s+/).filter(Boolean);
  if (between.some((w) => SPEAKER_NOUNS.has(singular(w).word))) return null;
  // A speech verb between the noun and the quotation has a speaker of its own ("the pope's call, she said, to").
  // (The noun itself may be spelt like a verb: "and call to fix".)
  if (layout.verbs.some((v) => v.start > at + owner.length && v.end <= span.open && !v.participle && !NOUN_WORD.test(v.verb))) return null;
  // "his speech mantra that Congress should “...”": a possessive pronoun owner refers back like "he".
  const pronoun = m[2] !== undefined ? POSSESSIVE_PRONOUNS[owner.toLowerCase()] : undefined;
  if (pronoun) {
    // "Theresa May ... said in her message that ...": a speech verb earlier in the sentence has the owner already.
    if (!/\b(?:that|to)\b/.test(m[0]) || layout.verbs.some((v) => v.start >= sentence.start && v.end <= at)) return null;
    return { phrase: { kind: 'pronoun', start: at, end: at + owner.length, text: owner, name: pronoun, pronoun }, at };
  }
  const phrase = parseSubjectRegion(owner, at, true);
  if (!phrase || phrase.kind === 'pronoun') return null;
  return { phrase, at };
}
