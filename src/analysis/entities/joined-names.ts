/**
 * Institution names with "and" inside them. The chunker stops at a lowercase "and", which is right for "Ann Roe and
 * Tom Lee" but splits the bodies whose name joins two fields: "the Fish and Wildlife Service", "the Food and Drug
 * Administration", "the Department of Health and Human Services", "the House Committee on Energy and Commerce". The
 * split leaves "Wildlife Service" and "Human Services" as the body, and "the agency said" later finds the wrong one.
 *
 * Two shapes join across "and", both read from the words alone:
 * - field and field + institution word: a short run of ordinary capitalised words (no given name, surname, place,
 *   acronym or institution word of its own), "and", then a short run ending in an institution word
 *   ("Fish and Wildlife Service", "Ways and Means Committee");
 * - institution of/for/on + field and field: an institution word with its "of"/"for"/"on" and one or two words,
 *   "and", then one to three plain capitalised words ("Department of Health and Human Services", "Centers for
 *   Disease Control and Prevention").
 * A run with a title or a given name after "and" ("... and Health Secretary Ann Roe") stays split.
 */
import type { Token } from '../text/tokens.js';
import type { Chunk } from './chunks.js';
import { isInstitutionWord, isGenericNameOpener } from './classify.js';
import { isDemonym, isFirstName, isLastName, isPlaceName } from './gazetteer.js';
import { isHonorific, isTitleWord } from './titles.js';

/** Institution words that may end the second field of an "of ... and ..." name ("Health and Human Services"). */
const FIELD_INSTITUTION_WORDS = new Set(['services', 'affairs']);

const words = (tokens: Token[], c: Chunk): string[] => tokens.slice(c.from, c.to).map((t) => t.text);

/** An ordinary capitalised word: not a name of a person, place or body on its own. */
function isPlainWord(word: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    !isFirstName(word) &&
    !isLastName(word) &&
    !isPlaceName(word) &&
    !isDemonym(word) &&
    !isInstitutionWord(word) &&
    !isTitleWord(word) &&
    !isHonorific(word)
  );
}

/** "Fish", "U.S. Fish", "House Ways": the first field, perhaps after one qualifier. */
function isLeadingField(ws: string[]): boolean {
  if (ws.length === 1) return isPlainWord(ws[0] as string);
  if (ws.length !== 2) return false;
  const [q, w] = ws as [string, string];
  const qualifier = isPlaceName(q) || isDemonym(q) || isGenericNameOpener(q) || /^(?:\p{Lu}\.){2,}$/u.test(q) || /^\p{Lu}\p{Ll}+$/u.test(q);
  return qualifier && !isFirstName(q) && isPlainWord(w);
}

/** "Wildlife Service", "Means Committee", "Drug Administration": the second field and the institution word. */
function isTrailingInstitution(ws: string[]): boolean {
  if (ws.length < 2 || ws.length > 4) return false;
  const last = ws[ws.length - 1] as string;
  return isInstitutionWord(last) && ws.slice(0, -1).every(isPlainWord);
}

/** "Department of Health", "Centers for Disease Control": institution word, of/for/on, one or two words. */
function isInstitutionOf(ws: string[]): boolean {
  const k = ws.findIndex((w, i) => i + 1 < ws.length && /^(?:of|for|on)$/.test(ws[i + 1] as string) && (isInstitutionWord(w) || isInstitutionWord(w.replace(/s$/, ''))));
  if (k < 0) return false;
  const field = ws.slice(k + 2).filter((w) => w !== 'the');
  return field.length >= 1 && field.length <= 2 && field.every((w) => /^\p{Lu}/u.test(w) && !isFirstName(w));
}

/** "Human Services", "Prevention", "Commerce": the second field of an "of ... and ..." name. */
function isTrailingField(ws: string[]): boolean {
  if (ws.length < 1 || ws.length > 3) return false;
  return ws.every((w, i) => isPlainWord(w) || (i === ws.length - 1 && FIELD_INSTITUTION_WORDS.has(w.toLowerCase())));
}

/** Merges chunks that are the two halves of one institution name around "and". */
export function joinInstitutionNames(tokens: Token[], chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (const chunk of chunks) {
    const prev = out[out.length - 1];
    const between = prev ? tokens[prev.to] : undefined;
    const adjacent = prev !== undefined && between?.text === 'and' && prev.to + 1 === chunk.from && !tokens[prev.to - 1]?.possessive;
    if (adjacent) {
      const left = words(tokens, prev);
      const right = words(tokens, chunk);
      const joins = (isLeadingField(left) && isTrailingInstitution(right)) || (isInstitutionOf(left) && isTrailingField(right));
      if (joins) {
        out[out.length - 1] = { from: prev.from, to: chunk.to };
        continue;
      }
    }
    out.push(chunk);
  }
  return out;
}
