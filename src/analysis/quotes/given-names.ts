/**
 * Gender of a given name from compromise's built-in lexicon (about 1,800 female and 1,300 male first names), used
 * only to choose between "he" and "she" antecedents. The project's own short lists (lexicon.ts) are consulted first;
 * this covers the long tail of everyday names ("Jeff", "Dale", "Tamsin") that news stories are full of. A gender
 * from a name alone stays weak evidence (discourse.ts lets a pronoun overrule it).
 */
import nlp from 'compromise';
import type { Gender } from './phrase.js';

type LexiconValue = string | string[];
// compromise's model is a plain object; the lexicon maps a lowercase word to its tag or tags.
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, LexiconValue | undefined> } }).one.lexicon;

export function lexiconGender(word: string): Gender | undefined {
  const v = LEXICON[word.toLowerCase()];
  if (v === undefined) return undefined;
  const tags = Array.isArray(v) ? v : [v];
  const female = tags.includes('FemaleName');
  const male = tags.includes('MaleName');
  if (female === male) return undefined;
  return female ? 'female' : 'male';
}
