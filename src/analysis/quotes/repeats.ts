/**
 * Quoted words that repeat a quotation found elsewhere in the article. Headlines, standfirsts and subheadings pull a
 * phrase out of a quote the body attributes ("Police union: ‘We cannot do this forever’" over a paragraph where a
 * named officer says “We cannot do this forever without more staff”), and reporters quote a phrase again when they
 * come back to it. The words are the same person's wherever they appear, so a quote with no attribution of its own
 * takes the speaker of an attributed quote that contains the same words. A quote with its own tag keeps it: two
 * people may well use the same phrase.
 */

/** How a quote got its speaker: its own tag, the speech around it in its paragraph, or a previous paragraph's. */
export type Evidence = 'tag' | 'paragraph' | 'carried';
import type { Quote } from '../types.js';

/** Fewer words than this are too common to identify one speaker's quote ("very concerned"). */
const MIN_WORDS = 3;

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function attributeRepeats(quotes: Quote[], evidence: ReadonlyMap<Quote, Evidence>): void {
  const keyed = quotes.map((q) => ({ q, key: comparable(q.text) }));
  for (const item of keyed) {
    const { q, key } = item;
    const own = evidence.get(q);
    if (own === 'tag' || own === 'paragraph' || key.split(' ').length < MIN_WORDS) continue;
    // An unknown quote may take any known speaker; one carried over from a previous paragraph needs a source whose
    // speaker its own paragraph gives, which is stronger evidence than paragraph order.
    const sources = keyed.filter((o) => {
      const theirs = evidence.get(o.q);
      return (
        o.q !== q &&
        o.q.speaker.kind !== 'unknown' &&
        (own === undefined || theirs === 'tag' || theirs === 'paragraph') &&
        ` ${o.key} `.includes(` ${key} `)
      );
    });
    const speakers = new Set(sources.map((o) => o.q.speaker.name));
    // Two different people said these words: no way to tell whose this is.
    if (speakers.size !== 1) continue;
    const source = sources[0];
    if (source && source.q.speaker.name !== q.speaker.name) q.speaker = { ...source.q.speaker };
  }
}
