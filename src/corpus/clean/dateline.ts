/**
 * A dateline opens the first paragraph of most news copy: "BRUSSELS, Belgium – ", "OTTAWA—", "WASHINGTON (AP) — ",
 * "LONDON, Jan 6 (Reuters) - ". Text kept above it is a standfirst or subheadline (Paragraph.lead).
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}.'’ -]{1,40}\p{Lu}\.?(?:,\s*[\p{L}.]+(?:\s+[\p{L}.]+){0,3})?(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?\s*(?:\([^()]{1,40}\)\s*)?[-–—:]+\s*\S/u;

/** "CHECKETT: “So whether ...”": a name in capitals and a colon before a quotation labels an answer, not a place. */
const SPEAKER_LABEL = /^\p{Lu}[\p{Lu}.'’ -]{1,40}:\s*["“]/u;

export function startsWithDateline(text: string): boolean {
  const t = text.trim();
  return DATELINE.test(t) && !SPEAKER_LABEL.test(t);
}
