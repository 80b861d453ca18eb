/**
 * Cross-source attribution. Outlets print the same words with different attributions: one names the speaker
 * ("Jens Stoltenberg said"), another describes them ("a senior NATO official said"). Quotes whose words are
 * near-identical and whose speakers are compatible are linked into one group, led by the named attribution; each
 * member keeps the exact words its outlet printed (they are shown side by side, never merged).
 */
import type { Quote } from '../analysis/types.js';
import type { EntityLookup } from '../core/library.js';
import type { Article } from '../corpus/article.js';
import { bigramContainment } from './summarize/index.js';
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

export function sameWords(a: string, b: string): boolean {
  const sa = stems(a);
  const sb = stems(b);
  // Very short fragments ("wait and see") only link when identical: two words in common prove nothing.
  if (Math.min(sa.length, sb.length) < 4) return sa.join(' ') === sb.join(' ');
  return bigramContainment(sa, sb) >= SAME_WORDS;
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
  const items = refs.map((ref) => ({ ref, label: speakerLabel(ref.quote, ref.article, entities) }));
  const groups: { members: typeof items; first: number }[] = [];
  items.forEach((item, i) => {
    const g = groups.find((grp) =>
      grp.members.some((m) => sameWords(m.ref.quote.text, item.ref.quote.text)) && grp.members.every((m) => compatible(m, item, entities)),
    );
    if (g) g.members.push(item);
    else groups.push({ members: [item], first: i });
  });
  return groups.map(({ members }) => {
    const sorted = [...members].sort(
      (a, b) => rank(a) - rank(b) || a.ref.article.publishedAt.getTime() - b.ref.article.publishedAt.getTime() || (a.ref.article.id < b.ref.article.id ? -1 : 1),
    );
    const lead = sorted[0]!;
    const others = sorted.slice(1).filter((m) => m.ref.article.id !== lead.ref.article.id || m.ref.quote.text !== lead.ref.quote.text);
    return { lead: lead.ref, label: lead.label, others };
  });
}
