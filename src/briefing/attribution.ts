/**
 * Cross-source attribution. Outlets print the same words with different attributions: one names the speaker
 * ("Jens Stoltenberg said"), another describes them ("a senior NATO official said"). Quotes whose words are
 * near-identical and whose speakers are compatible are linked into one group, led by the named attribution; each
 * member keeps the exact words its outlet printed (they are shown side by side, never merged).
 */
import type { Quote } from '../analysis/types.js';
import type { EntityLookup } from '../core/library.js';
import type { Article } from '../corpus/article.js';
import { speakerLabel, type SpeakerLabel } from './speakers.js';
import { stemWord, words } from '../search/terms.js';

export interface QuoteRef {
  quote: Quote;
  article: Article;
}

export interface QuoteGroup {
  /** The attribution shown first: a named speaker when any outlet names one, else the earliest. */
  lead: QuoteRef;
  label: SpeakerLabel;
  /** The same words (near-identical) as other outlets printed them. */
  others: { ref: QuoteRef; label: SpeakerLabel }[];
}

/** Share of the shorter quote's word pairs found in the other; at least this much means "the same words". */
const SAME_WORDS = 0.7;

const stems = (text: string): string[] => words(text).map(stemWord);

interface Shape {
  stems: string[];
  bigrams: Set<string>;
}

function shapeOf(text: string): Shape {
  const st = stems(text);
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < st.length; i++) bigrams.add(`${st[i]} ${st[i + 1]}`);
  return { stems: st, bigrams };
}

function sameShape(a: Shape, b: Shape): boolean {
  // Very short fragments ("wait and see") only link when identical: two words in common prove nothing.
  if (Math.min(a.stems.length, b.stems.length) < 4) return a.stems.join(' ') === b.stems.join(' ');
  const [small, large] = a.bigrams.size <= b.bigrams.size ? [a.bigrams, b.bigrams] : [b.bigrams, a.bigrams];
  if (small.size === 0) return false;
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / small.size >= SAME_WORDS;
}

export function sameWords(a: string, b: string): boolean {
  return sameShape(shapeOf(a), shapeOf(b));
}

const GENERIC = new Set(['a', 'an', 'the', 'another', 'one', 'senior', 'top', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'diplomat', 'aide', 'person', 'unidentified', 'speaker']);

/**
 * The identifying words of an unnamed description: "a senior NATO official" -> ["nato"]. A description is
 * compatible with a person when those words appear in the person's name, aliases or roles (or there are none).
 */
function markers(description: string): string[] {
  return words(description).filter((w) => !GENERIC.has(w)).map(stemWord);
}

function personWords(ref: QuoteRef, label: SpeakerLabel, entities: EntityLookup): Set<string> {
  const e = (ref.quote.speaker.entityId ? entities.get(ref.quote.speaker.entityId) : undefined) ?? entities.lookup(label.speaker);
  const text = [label.speaker, label.role ?? '', ...(e?.aliases ?? []), ...(e?.roles ?? [])].join(' ');
  return new Set(words(text).map(stemWord));
}

function compatible(a: { ref: QuoteRef; label: SpeakerLabel }, b: { ref: QuoteRef; label: SpeakerLabel }, entities: EntityLookup): boolean {
  if (a.label.named && b.label.named) return a.label.speaker === b.label.speaker;
  if (!a.label.named && !b.label.named) {
    const ma = new Set(markers(a.label.speaker));
    const mb = markers(b.label.speaker);
    return mb.every((m) => ma.has(m)) || [...ma].every((m) => mb.includes(m));
  }
  const [person, described] = a.label.named ? [a, b] : [b, a];
  const known = personWords(person.ref, person.label, entities);
  return markers(described.label.speaker).every((m) => known.has(m));
}

const rank = (x: { ref: QuoteRef; label: SpeakerLabel }): number => (x.label.named ? 0 : 1);

/** Groups quote occurrences (any order) into linked attributions; groups come back in input order of their lead. */
export function groupQuotes(refs: readonly QuoteRef[], entities: EntityLookup): QuoteGroup[] {
  const shapes = new Map<string, Shape>();
  const shape = (text: string): Shape => {
    let v = shapes.get(text);
    if (!v) shapes.set(text, (v = shapeOf(text)));
    return v;
  };
  type Item = { ref: QuoteRef; label: SpeakerLabel; shape: Shape };
  const groups: Item[][] = [];
  // Candidate groups by shared word pair (or whole text for short fragments), so grouping stays near-linear.
  const byKey = new Map<string, number[]>();
  for (const ref of refs) {
    const item: Item = { ref, label: speakerLabel(ref.quote, ref.article, entities), shape: shape(ref.quote.text) };
    const keys = item.shape.stems.length < 4 ? [`=${item.shape.stems.join(' ')}`] : [...item.shape.bigrams];
    const candidates = new Set<number>();
    for (const k of keys) for (const g of byKey.get(k) ?? []) candidates.add(g);
    let joined = -1;
    for (const g of [...candidates].sort((a, b) => a - b)) {
      const members = groups[g]!;
      if (members.some((m) => sameShape(m.shape, item.shape)) && members.every((m) => compatible(m, item, entities))) {
        members.push(item);
        joined = g;
        break;
      }
    }
    if (joined < 0) {
      joined = groups.length;
      groups.push([item]);
    }
    for (const k of keys) {
      const list = byKey.get(k);
      if (!list) byKey.set(k, [joined]);
      else if (list[list.length - 1] !== joined) list.push(joined);
    }
  }
  return groups.map((members) => {
    const sorted = [...members].sort(
      (a, b) => rank(a) - rank(b) || a.ref.article.publishedAt.getTime() - b.ref.article.publishedAt.getTime() || (a.ref.article.id < b.ref.article.id ? -1 : 1),
    );
    const lead = sorted[0]!;
    const others = sorted.slice(1).filter((m) => m.ref.article.id !== lead.ref.article.id || m.ref.quote.text !== lead.ref.quote.text);
    return { lead: lead.ref, label: lead.label, others: others.map(({ ref, label }) => ({ ref, label })) };
  });
}
