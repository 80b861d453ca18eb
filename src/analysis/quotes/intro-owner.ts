/**
 * "In Pope Francis’ address to Congress, he praised ...", "During Mayor Ruiz’s speech, she said ...": an opening
 * phrase about someone's own speech (address, speech, remarks, interview, letter, post ...) is the setting for that
 * person's words, so the pronoun subject right after it is that person, not whoever was named before the sentence.
 */
import type { Range } from './clauses.js';
import type { Discourse } from './discourse.js';
import type { Layout } from './layout.js';
import { parseSpeakerPhrase, type SpeakerPhrase } from './phrase.js';

const SPEECH_NOUNS = `address|speech|remarks|statement|letter|interview|testimony|post|tweet|essay|column|op-ed|memoir|book|
  message|sermon|video|broadcast|podcast|press conference|news conference|briefing|appearance|lecture|keynote`.replace(/\s+/g, '');
const OPENING = new RegExp(
  String.raw`^(?:In|During|At|Throughout|Over the course of)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*)(?:['’]s?)\s+(?:[\p{Ll}-]+\s+){0,3}(?:${SPEECH_NOUNS})\b[^,]{0,80},\s*$`,
  'u',
);

/** Registers the owner of an opening speech phrase just before a pronoun subject, so the pronoun resolves to them. */
export function noteIntroOwner(layout: Layout, sentence: Range, pronoun: SpeakerPhrase, paragraphStart: number, discourse: Discourse): void {
  if (pronoun.kind !== 'pronoun' || (pronoun.pronoun !== 'he' && pronoun.pronoun !== 'she')) return;
  const before = layout.masked.slice(sentence.start, pronoun.start);
  const m = OPENING.exec(before);
  if (!m?.[1]) return;
  const at = sentence.start + before.indexOf(m[1]);
  const owner = parseSpeakerPhrase(m[1], at);
  if (owner?.kind !== 'person') return;
  discourse.resolve(owner, paragraphStart);
}
