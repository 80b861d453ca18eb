/**
 * How much of a sentence is someone else's words, and whether the sentence itself says whose. A summary sentence
 * that is mostly a quotation reads as the bot's own claim unless its attribution travels with it ("..., a NATO
 * official said."); a continuation paragraph (“The secretary general decided ...”) or the middle sentence of a long
 * quote carries none, so it belongs in the quotes section, with its speaker, not in the summary.
 */
import type { ArticleAnalysis, Sentence } from '../analysis/types.js';

export interface QuoteShape {
  /** Share of the sentence's letters inside quotation (quote spans the analysis found, or quotation marks). */
  share: number;
  /** The words outside the quotation attribute it (a speech verb or "according to"). */
  attributed: boolean;
}

/** A sentence at least this much quotation is "mostly a quote". */
export const MOSTLY_QUOTE = 0.5;

const SPEECH =
  /\b(?:says?|said|saying|tell(?:s|ing)?|told|add(?:s|ed|ing)?|ask(?:s|ed)?|warn(?:s|ed)?|stat(?:es|ed)|not(?:es|ed)|explain(?:s|ed)?|insist(?:s|ed)?|claim(?:s|ed)?|declar(?:es|ed)|announc(?:es|ed)|writ(?:es|ing)|wrote|tweet(?:s|ed)|stress(?:es|ed)|argu(?:es|ed)|repl(?:ies|ied)|respond(?:s|ed)|acknowledg(?:es|ed)|admit(?:s|ted)|urg(?:es|ed)|recall(?:s|ed)|continu(?:es|ed)|conced(?:es|ed)|suggest(?:s|ed)|vow(?:s|ed)|promis(?:es|ed)|threaten(?:s|ed)|quoted|according to)\b/i;

const isLetter = (ch: string): boolean => /\p{L}|\p{N}/u.test(ch);

export function quoteShape(sentence: Sentence, analysis: ArticleAnalysis): QuoteShape {
  const text = sentence.text;
  const inside = new Uint8Array(text.length);
  // Quote spans the analysis found: they cover the unmarked middle sentences of a multi-sentence quote too.
  for (const q of analysis.quotes) {
    const from = Math.max(q.start, sentence.start) - sentence.start;
    const to = Math.min(q.end, sentence.end) - sentence.start;
    for (let i = from; i < to; i++) inside[i] = 1;
  }
  // Quotation marks the analysis may not have labelled; an unmatched mark runs to the sentence's edge.
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“' || (ch === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if (ch === '”' || ch === '"') {
      inside.fill(1, open < 0 ? 0 : open, i + 1);
      open = -1;
    }
  }
  if (open >= 0) inside.fill(1, open, text.length);
  let letters = 0;
  let quoted = 0;
  let outside = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inside[i]) {
      if (isLetter(ch)) (letters++, quoted++);
      outside += ' ';
    } else {
      if (isLetter(ch)) letters++;
      outside += ch;
    }
  }
  return { share: letters === 0 ? 0 : quoted / letters, attributed: SPEECH.test(outside) };
}

/** Mostly someone else's words, with no attribution in the sentence itself. */
export function isBareQuotation(sentence: Sentence, analysis: ArticleAnalysis): boolean {
  const s = quoteShape(sentence, analysis);
  return s.share >= MOSTLY_QUOTE && !s.attributed;
}
