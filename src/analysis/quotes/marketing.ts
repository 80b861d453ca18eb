/**
 * Words a company or campaign puts out without a speech verb: "Acme markets the band as “...”", "Acme's clip was sold
 * as “...”", "the group plans to air an ad that calls her an “...”", "the airline took to Twitter to unveil a
 * “...” plane". A reader credits the one who markets, airs or posts: the subject of the clause, or the owner named
 * before the product in the passive.
 */
import { MASK, clauseStartBefore, sentenceOf, type Layout } from './layout.js';
import { ownerPhrase } from './documents.js';
import { clauseSubject } from './prefix.js';
import type { SpeakerPhrase } from './phrase.js';
import type { RawSpan } from './spans.js';

export interface Promoter {
  phrase: SpeakerPhrase;
  verb: string;
  at: number;
}

const SELL = String.raw`(?:markets|marketed|bills|billed|touts|touted|advertises|advertised|promotes|promoted|pitches|pitched|sells|sold|brands|branded|presents|presented|positions|positioned|hypes|hyped)`;
/** "Acme markets the kettle as “...”": the object is short and the quotation follows "as". */
const ACTIVE = new RegExp(String.raw`\b(${SELL})\s+(?:[^,;:.█]{1,60}?\s+)?as\s+(?:(?:a|an|the)\s+)?$`);
/** "The Acme Company's █ was sold patriotically as “...”". */
const PASSIVE = new RegExp(
  String.raw`((?:the\s+)?\p{Lu}[\p{L}.&'’ -]{0,60}?)['’]s?\s+(?:█+|[\p{L}-]+(?:\s+[\p{L}-]+){0,3})\s+(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?(${SELL})\s+(?:[a-z]+ly\s+)?as\s+(?:(?:a|an|the)\s+)?$`,
  'u',
);
/** "took to Twitter to unveil a “...” plane", "took to Facebook to announce that “...”". */
const TOOK_TO = /\btook\s+to\s+(?:Twitter|Facebook|Instagram|TikTok|YouTube|X|social\s+media|(?:its|his|her|their)\s+(?:website|blog|account|page))\s+to\s+(\w+)\b[^█]*$/;
/** "plans to air an ad that calls her an “...”", "released a video which describes it as “...”". */
const AIRED = /\b(air|airing|aired|run|running|ran|release|released|releasing|launch|launched|post|posted|publish|published)\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:ad|advert|advertisement|commercial|video|spot|campaign|billboard|mailer|flyer|leaflet)\b[^█]{0,60}?\b(?:that|which)\s+(?:calls|called|says|said|describes|described|brands|branded|labels|labelled|labeled|accuses|accused|claims|claimed|dubs|dubbed)\b[^█]*$/;

export function promoterOf(layout: Layout, span: RawSpan): Promoter | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  const pre = layout.masked.slice(sentence.start, span.open);
  const passive = PASSIVE.exec(pre);
  if (passive?.[1] && passive[2]) {
    const owner = ownerPhrase(passive[1], sentence.start + passive.index);
    if (owner) return { phrase: owner, verb: passive[2], at: sentence.start + passive.index + passive[0].indexOf(passive[2]) };
  }
  if (pre.includes(MASK)) return null;
  for (const re of [ACTIVE, TOOK_TO, AIRED]) {
    const m = re.exec(pre);
    if (!m) continue;
    const at = sentence.start + m.index;
    const from = clauseStartBefore(layout, at, sentence.start);
    const found = clauseSubject(layout, from, at);
    // The subject opens its clause (after any fronted phrase and its comma): "Texas Right to Life plans" is never
    // the "Life" a partial parse finds inside it.
    const phrase = found && /^(?:[^,]*,\s*)*\s*$/.test(layout.masked.slice(from, found.start)) ? found : null;
    // A description only with a definite determiner ("the company", "its makers"). Every pattern captures its verb.
    if (phrase && (phrase.kind !== 'description' || /^(?:the|its|their)$/i.test(phrase.determiner ?? ''))) {
      return { phrase, verb: m[1] ?? '', at };
    }
  }
  return null;
}
