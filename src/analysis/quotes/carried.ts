/**
 * Words on something people carry or wear: "dozens of residents held up a banner reading “...”", "nurses carried
 * placards that said “...”", "fans wore T-shirts with the slogan “...”". The words are the carriers' own message, so
 * the subject of the carrying verb is the speaker. A sign nobody is said to carry ("a sign on the door read") has no
 * speaker here.
 */
import { MASK, clauseStartBefore, sentenceOf, type Layout } from './layout.js';
import type { SpeakerPhrase } from './phrase.js';
import { clauseSubject } from './prefix.js';
import type { RawSpan } from './spans.js';

const CARRYING = String.raw`(?:held|holds?|holding|carried|carry|carries|carrying|waved|waves?|waving|hoisted|hoists?|hoisting|unfurled|unfurls?|unfurling|raised|raises?|raising|displayed|displays?|displaying|brandished|brandish(?:es)?|brandishing|wore|wears?|wearing|bore|bearing|hung|hangs?|hanging|put|puts|putting)`;
const THING = String.raw`(?:banners?|signs?|placards?|posters?|t-shirts?|shirts?|flags?|boards?|cards?|sheets?|streamers?)`;
const WORDING = String.raw`(?:(?:that|which)\s+(?:read|reads|said|says|declared|declares|proclaimed|proclaims)|reading|saying|declaring|proclaiming|bearing(?:\s+the\s+(?:words|slogan|message))?|with\s+the\s+(?:words|slogan|message))`;

/** The carrying verb, the thing carried and what introduces its wording, ending right before the quotation. */
const CARRIED = new RegExp(
  String.raw`\b${CARRYING}\s+(?:up\s+)?(?:(?:a|an|the|their|his|her|its|one|two|several|many|some)\s+)?(?:[\w-]+\s+){0,3}?${THING}\s*,?\s*${WORDING}\s*[:,]?\s*$`,
  'i',
);

export interface Carrier {
  phrase: SpeakerPhrase;
  /** Offset of the carrying verb. */
  at: number;
  verb: string;
}

/** Who carries the words of `span`, or null when its sentence does not put them on something carried. */
export function carrierOf(layout: Layout, span: RawSpan): Carrier | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  const from = clauseStartBefore(layout, span.open, sentence.start);
  const pre = layout.masked.slice(from, span.open);
  if (pre.includes(MASK)) return null;
  const m = CARRIED.exec(pre);
  if (!m) return withCarried(layout, pre, from);
  const at = from + m.index;
  const phrase = clauseSubject(layout, from, at);
  if (!phrase) return null;
  return { phrase, at, verb: m[0].trim().split(/\s+/)[0] as string };
}

/** "..., with one banner reading:" closing a clause: the thing is carried by that clause's subject. */
const WITH_CARRIED = new RegExp(String.raw`,?\s+with\s+(?:(?:a|an|one|two|several|many|some|their)\s+)?(?:[\w-]+\s+){0,2}?${THING}\s*,?\s*${WORDING}\s*[:,]?\s*$`, 'i');
/** Subordinators opening the clause whose subject carries the thing ("a day after dozens of activists chanted"). */
const SUBORDINATOR = /\b(?:after|before|when|while|as|because|since|where)\s+/gi;

/** "a day after dozens of activists chanted slogans, with one banner reading: “...”": the activists. */
function withCarried(layout: Layout, pre: string, from: number): Carrier | null {
  const m = WITH_CARRIED.exec(pre);
  if (!m) return null;
  const head = pre.slice(0, m.index);
  const sub = [...head.matchAll(SUBORDINATOR)].pop();
  const start = from + (sub ? (sub.index ?? 0) + sub[0].length : 0);
  const at = from + m.index;
  const phrase = clauseSubject(layout, start, at);
  return phrase ? { phrase, at, verb: 'with' } : null;
}
