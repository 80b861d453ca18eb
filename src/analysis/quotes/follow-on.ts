/**
 * A quoted phrase in the sentence right after someone's quotation, with no tag of its own: `“It works well when you
 * rest,” co-author Ann Ruiz said. Deep or shallow, the pools could be “easy places to sample.”`. Reporters weave the
 * rest of what the speaker said into their own next sentence; a reader takes the phrase as the same speaker's words,
 * unless the sentence brings a possible source of its own before the phrase: a speech verb (its own tag, which
 * attribution has already tried), a word for people who speak ("critics", "officials"), or a name other than the
 * speaker's.
 */
import type { Range } from './clauses.js';
import type { Layout } from './layout.js';
import { SPEAKER_NOUNS } from './lexicon.js';
import type { SpeechEvent } from './narrative.js';
import { singular } from './tokens.js';

export function followOnSpeech(
  layout: Layout,
  sentence: Range,
  open: number,
  prior: SpeechEvent | undefined,
  isName: (word: string) => boolean,
): SpeechEvent | undefined {
  if (!prior || prior.speaker.kind === 'unknown') return undefined;
  if (layout.verbs.some((v) => v.start >= sentence.start && v.end <= sentence.end)) return undefined;
  const own = new Set(prior.speaker.name.split(/\s+/));
  const words = layout.masked.slice(sentence.start, open).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  for (const [i, w] of words.entries()) {
    if (SPEAKER_NOUNS.has(singular(w).word)) return undefined;
    const name = w.replace(/['’]s$/, '');
    // A capital inside the sentence is a name; the opening word only when a capitalised word follows it or the
    // article gives someone that surname.
    const capital = /^\p{Lu}/u.test(w) && (i > 0 || /^\p{Lu}/u.test(words[1] ?? '') || isName(name));
    if (capital && !own.has(name)) return undefined;
  }
  return prior;
}
