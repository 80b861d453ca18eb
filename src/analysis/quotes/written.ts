/**
 * Words written on a thing: a banner "reading" them, a file "marked" or a note "labelled" with them, walls sprayed
 * with "the words" they spell. A label that only names or classifies its thing (a folder labelled “Plans for June”,
 * a sign marked “closed”) is a name; a label that says something (“We are not rubbish.”, “What we can do”) is its
 * writer's words, reported like any other writing. What tells them apart is the shape of the quoted words: a sentence
 * ends in its own full stop, question or exclamation mark (or the comma American style puts inside a list item's
 * marks), and a clause names a person speaking or spoken to (I, we, you ...).
 */

/** Verbs that attach written words to a thing, right before the opening mark. */
const WRITTEN_ON = /\b(?:labell?ed|marked|stamped|inscribed|emblazoned|reading|printed|engraved)(?:\s+with)?\s*[,:]?\s*$/i;

const PERSON_WORD = /\b(?:I|we|you|my|our|your|us|me|I['’]m|we['’]re|you['’]re|I['’]ll|we['’]ll|don['’]t|can['’]t|won['’]t)\b/;

/** The quoted words say something: a sentence of their own, or a clause with a person in it. */
export function readsAsStatement(text: string): boolean {
  const t = text.trim();
  if (/[.!?…]["'”’]?$/.test(t) && t.split(/\s+/).length >= 2) return true;
  return PERSON_WORD.test(t);
}

/**
 * `pre` (the masked text before the opening mark) attaches written words to a thing and the words read as a
 * statement, so they are their writer's words and not the thing's name.
 */
export function writtenStatement(pre: string, text: string): boolean {
  return WRITTEN_ON.test(pre) && readsAsStatement(text);
}

/** Verbs and nouns of writing on surfaces: "spray-painted with markings", "scrawled", "graffiti". */
const SURFACE_WRITING =
  /\b(?:painted|spray-painted|sprayed|scrawled|scratched|daubed|chalked|carved|etched|written|wrote|markings|graffiti|tattooed|spelled\s+out|spelling\s+out)\b/i;

/** "markings that included the words “killer” and “murder”": words written on something, not a term mentioned. */
export function wordsWrittenOnSurface(sentenceBefore: string): boolean {
  return /\bthe\s+words?\s*$/i.test(sentenceBefore) && SURFACE_WRITING.test(sentenceBefore);
}
