/**
 * Credit lines: a paragraph that is one complete quotation followed only by its source's name, with no verb, the way
 * review round-ups, blurbs and pull quotes credit their words (`“A towering performance.” The Daily Herald`,
 * `“Funny and fierce.” — Nina Ocampo`). The name after the quotation is its speaker; anything more after it (a verb,
 * a clause, a full stop) makes it ordinary prose, left to attribution.
 */
import type { Layout } from './layout.js';
import { parseSpeakerPhrase, type SpeakerPhrase } from './phrase.js';
import type { RawSpan } from './spans.js';

const WORD = String.raw`\p{Lu}[\p{L}.&'’-]*`;
const CREDIT = new RegExp(String.raw`^\s*(?:[—–-]\s*)?((?:The\s+)?${WORD}(?:\s+(?:of|and|&|${WORD})){0,4})\s*$`, 'u');

/**
 * `“...” -Nulato Mayor Ann Roe, on the arrest`: after a dash the credit may go on with a comma and the occasion (an
 * embedded post's byline and date may follow too).
 */
const DASH_CREDIT = new RegExp(String.raw`^\s*[—–-]\s*(${WORD}(?:\s+(?:of|and|&|${WORD})){0,5}),\s.*$`, 'u');

/** The source named by a credit line after `span`, or null when the paragraph is not one. */
export function creditLine(layout: Layout, span: RawSpan, isPersonName: (word: string) => boolean): SpeakerPhrase | null {
  if (span.close === null || layout.text.slice(0, span.open).trim() !== '') return null;
  if (!/[.!?…]\]?\s*$/.test(layout.text.slice(span.start, span.end))) return null;
  const after = layout.text.slice(span.close + 1);
  const m = CREDIT.exec(after) ?? DASH_CREDIT.exec(after);
  if (!m?.[1]) return null;
  const name = m[1];
  const at = span.close + 1 + after.indexOf(name);
  const phrase = parseSpeakerPhrase(name, at);
  // "He", "Officials": a pronoun or a common noun is the start of a sentence, not a credit.
  if (phrase?.kind === 'pronoun' || phrase?.kind === 'description') return null;
  // A person's full name, or a surname the article gives someone; any other name is a publication or a body.
  if (phrase?.kind === 'person' && (phrase.name.includes(' ') || isPersonName(phrase.name))) return phrase;
  if (phrase?.kind === 'organization' || phrase?.kind === 'group') return phrase;
  return { kind: 'organization', start: at, end: at + name.length, text: name, name };
}
