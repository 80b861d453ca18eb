/**
 * One paragraph prepared for attribution: its quote spans, its quote-aware sentences, a masked copy where quoted
 * text is blanked out (so patterns only ever match the reporter's narrative), and the speech verbs in the narrative.
 */
import { sentenceRanges, type Range } from './clauses.js';
import { SPEECH_PARTICIPLES, SPEECH_VERBS, STATEMENT_NOUNS, STATEMENT_VERBS } from './lexicon.js';
import { closeEnd, scanQuoteSpans, type RawSpan } from './spans.js';

export const MASK = '█';

export interface VerbHit {
  /** As written ("said", "according to", "issued"). */
  verb: string;
  start: number;
  end: number;
  /** "according to" takes its speaker after it. */
  according: boolean;
  /** "saying", "describing": the subject is the main clause's (or follows "with"). */
  participle?: boolean;
  /** "Footage showed King saying": where the perceived actor, the object of the verb of perception, starts. */
  actorStart?: number;
}

export interface Layout {
  text: string;
  masked: string;
  spans: RawSpan[];
  sentences: Range[];
  verbs: VerbHit[];
  /** Offsets where a new clause starts (for finding a verb's subject). */
  clauseStarts: number[];
  /** Clause starts opened by "(" end at the matching ")": start -> offset of ")". */
  asideEnds: Map<number, number>;
}

const PLAYER_LABEL = /^(?:Media playback is unsupported on your device\s+)?(?:Media|Image|Video) caption\s+/;

export function layoutParagraph(text: string): Layout {
  const spans = scanQuoteSpans(text);
  // Same length as text (UTF-16 units), so offsets in the masked copy are offsets in the text.
  let masked = '';
  let cursor = 0;
  for (const s of spans) {
    const to = closeEnd(s);
    masked += text.slice(cursor, s.open) + MASK.repeat(to - s.open);
    cursor = to;
  }
  masked += text.slice(cursor);
  // "Media playback is unsupported on your device Media caption BBC's Jo Head: “...”": a player's label before a
  // caption is no part of the caption's subject.
  masked = masked.replace(PLAYER_LABEL, (m) => ' '.repeat(m.length));
  const sentences = sentenceRanges(text, spans);
  const asideEnds = new Map<number, number>();
  for (let i = masked.indexOf('('); i >= 0; i = masked.indexOf('(', i + 1)) {
    const close = masked.indexOf(')', i);
    asideEnds.set(i + 1, close < 0 ? masked.length : close);
  }
  return {
    text,
    masked,
    spans,
    sentences,
    verbs: findVerbs(masked),
    clauseStarts: findClauseStarts(masked, spans, sentences),
    asideEnds,
  };
}

const PASSIVE_REPORT = new Set(['recorded', 'heard', 'overheard', 'reported', 'filmed', 'caught', 'seen']);

const READ_OBJECT = /^\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,4}?(?:statement|message|note|letter|post|notice|tweet|communiqu)/;

function findVerbs(masked: string): VerbHit[] {
  const hits: VerbHit[] = [];
  const re = /\b(?:[Aa]ccording to|[a-z]+)\b/g;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    const word = m[0] === 'According to' ? 'according to' : m[0];
    const start = m.index;
    const end = start + word.length;
    if (word === 'according to') {
      hits.push({ verb: word, start, end, according: true });
    } else if (word === 'quoted' && afterBeAuxiliary(masked, start)) {
      // "X was quoted by state media as saying": the subject of the passive is the speaker.
      hits.push({ verb: word, start, end, according: false });
    } else if (
      PASSIVE_REPORT.has(word) &&
      afterBeAuxiliary(masked, start) &&
      /^\s+(?:[^,.;█]{0,40}?\s+)?(?:as\s+)?saying\b/.test(masked.slice(end, end + 60))
    ) {
      // "X was recorded as saying", "she was heard saying": the passive's subject spoke, like "was quoted as saying".
      hits.push({ verb: word, start, end, according: false });
    } else if (PERCEIVED_SPEECH.has(word) && perceivedActorStart(masked, start) !== null) {
      // "Footage showed King saying", "witnesses heard a man shouting": the one seen or heard speaks.
      hits.push({ verb: word, start, end, according: false, participle: true, actorStart: perceivedActorStart(masked, start) ?? start });
    } else if (SPEECH_PARTICIPLES.has(word) && /(?:,|\s[-–—]|\bwith\s+[^,;.█]{2,60}?)\s+$/.test(masked.slice(Math.max(0, start - 64), start))) {
      // Only after a comma, a dash or "with NP": "a warning calling for" or "by saying" are not attributions.
      hits.push({ verb: word, start, end, according: false, participle: true });
    } else if (SPEECH_VERBS.has(word) && !isNounUse(masked, start, word) && !isReducedRelative(masked, start, word) && !isNamingParticiple(masked, start, end, word)) {
      hits.push({ verb: word, start, end, according: false });
    } else if ((word === 'found' || word === 'finds') && FINDERS.test(masked.slice(Math.max(0, start - 40), start))) {
      // "“...,” the study found.", "the researchers found: “...”": findings are reported words ("police found a note"
      // and "he found himself" are no speech).
      hits.push({ verb: word, start, end, according: false });
    } else if ((word === 'pointed' || word === 'points') && /^\s+out\b/.test(masked.slice(end, end + 6))) {
      // "She pointed out that ...": a phrasal speech verb.
      hits.push({ verb: word, start, end, according: false });
    } else if ((word === 'put' || word === 'puts') && /^\s+it\b/.test(masked.slice(end, end + 6))) {
      // "As Smith put it, “...”", "“...,” is how Smith puts it."
      hits.push({ verb: word, start, end, according: false });
    } else if (
      (word === 'read' || word === 'reads') &&
      (READ_OBJECT.test(masked.slice(end, end + 40)) ||
        // "“...,” the notice reads." (not "a statement read to the court": there "read" describes the statement)
        (READ_SUBJECT.test(masked.slice(Math.max(0, start - 24), start)) && /^\s*(?:[.,;:!?█]|in\s+part\b|$)/.test(masked.slice(end, end + 12))))
    ) {
      // "“...,” the agency’s notice reads": the notice's author speaks, as with "read a statement".
      // "“We are devastated,” read a statement from the family": the statement's author speaks.
      hits.push({ verb: word, start, end, according: false });
    } else if (STATEMENT_VERBS.has(word)) {
      // "issued a joint statement", "released a written statement": the object must be a statement noun.
      const obj = /^\s+(?:(?:a|an|the|their|its|his|her)\s+)?((?:[\w-]+\s+){0,2}[\w-é]+)/.exec(masked.slice(end, end + 60));
      const objWords = (obj?.[1] ?? '').toLowerCase().split(/\s+/);
      if (objWords.some((w) => STATEMENT_NOUNS.has(w))) hits.push({ verb: word, start, end, according: false });
    }
  }
  return hits;
}

/** Speech participles whose speaker a verb of perception or recording names as its object. */
const PERCEIVED_SPEECH = new Set([
  ...SPEECH_PARTICIPLES,
  ...'shouting yelling screaming shrieking exclaiming chanting crying whispering muttering pleading begging boasting asking announcing'.split(' '),
]);

/**
 * "shows King", "heard a man", "captured the mayor": a verb of perception or recording and its object, a short noun
 * phrase with no punctuation, right before the participle. Where the object starts, or null.
 */
const PERCEIVED_OBJECT =
  /\b(?:show(?:s|ed|ing)?|captur(?:e|es|ed|ing)|hear(?:s|d|ing)?|overhear(?:s|d)?|saw|see(?:s|ing)?|watch(?:es|ed)?|film(?:s|ed)|record(?:s|ed)|caught|catch(?:es)?|depict(?:s|ed)|feature(?:s|d))\s+((?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+$/i;

function perceivedActorStart(masked: string, start: number): number | null {
  const from = Math.max(0, start - 80);
  const m = PERCEIVED_OBJECT.exec(masked.slice(from, start));
  if (!m?.[1]) return null;
  // "heard him saying" and "saw them telling" are pronoun objects; "showed that saying" is no actor.
  if (/^(?:that|this|it|how|what|why|when|where|no|nothing|something|anything)\b/i.test(m[1])) return null;
  return from + m.index + m[0].indexOf(m[1]);
}

/** A form of "be" right before `start`: the word there is a passive participle ("was quoted", "is heard"). */
function afterBeAuxiliary(masked: string, start: number): boolean {
  return /\b(?:was|were|is|are|been|being|be)\s+$/.test(masked.slice(Math.max(0, start - 8), start));
}

/** Words for a written statement right before "reads" ("the notice reads", "the sign read"). */
/** Subjects whose findings are reported words: a study or its authors, an inquiry, a survey (before "found"). */
const FINDERS =
  /\b(?:study|report|survey|review|audit|inquiry|investigation|analysis|research|poll|paper|studies|researchers|authors|scientists)(?:['’]s?)?\s+(?:(?:also|similarly)\s+)?$/i;

const READ_SUBJECT = /\b(?:statement|notice|message|letter|post|note|release|caption|announcement|tweet|email|advisory|alert|warning)\s+$/i;

/** Verbs a statement is the object of, used after it as a participle: "a statement emailed to The Verge". */
const PARTICIPIAL_OBJECT_VERBS = new Set(
  'emailed posted tweeted texted published released issued sent shared quoted cited reported given provided'.split(' '),
);
const STATEMENT_BEFORE =
  /\b(?:statement|statements|letter|message|email|e-mail|post|tweet|note|comments|remarks|report|video|interview|release)\s+$/i;

/** "In a statement emailed to reporters, X said": the participle describes the statement; it is not a speech verb. */
function isReducedRelative(masked: string, start: number, word: string): boolean {
  return PARTICIPIAL_OBJECT_VERBS.has(word) && STATEMENT_BEFORE.test(masked.slice(Math.max(0, start - 14), start));
}

/** "a group called Citizens for ...": the participle gives a name; nobody calls anything. */
function isNamingParticiple(masked: string, start: number, end: number, word: string): boolean {
  return (
    (word === 'called' || word === 'dubbed') &&
    /^\s+\p{Lu}/u.test(masked.slice(end, end + 3)) &&
    /\b(?:[Aa]|[Aa]n)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}$/u.test(masked.slice(Math.max(0, start - 40), start))
  );
}

/** "the calls for restraint", "a warning", "the report": speech-verb spellings used as nouns after a determiner. */
function isNounUse(masked: string, start: number, word: string): boolean {
  if (!/s$/.test(word) && !['report', 'call', 'post'].includes(word)) return false;
  // "drop three charges", "faces 12 counts", "the new claims": a determiner, quantity or number makes it a noun.
  return /(?:\b(?:the|a|an|their|its|his|her|our|these|those|many|several|new|recent|two|three|four|five|six|seven|eight|nine|ten|dozens?|more|other|multiple|criminal|federal|murder)|\d)\s+$/i.test(
    masked.slice(Math.max(0, start - 12), start),
  );
}

const CLAUSE_BOUNDARY = /;\s+|,\s+(?=(?:and|but|while|whereas|although|though|because|since|when)\s)|\s+(?=(?:but|while|whereas)\s)/g;

/**
 * A dateline opening a story: "LONDON —", "CHENNAI, Tamil Nadu —", "NAIROBI (Reuters) -", "BERLIN, March 3 (AP) —",
 * "PUNE:". The place in capitals, optionally a region or date, an agency in parentheses, then a dash or colon.
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}){0,2}(?:,?\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2})?(?:\s*\([^()\n]{2,30}\))?\s*(?:[—–]|--?|:)\s*/u;

/** Where the story proper starts after a dateline opening the paragraph, or 0 when there is none. */
export function datelineEnd(masked: string): number {
  const m = DATELINE.exec(masked);
  // The place is written in capitals: at least three capital letters ("UN:" or "I:" are no datelines).
  return m && /\p{Lu}{3}/u.test(m[0]) ? m[0].length : 0;
}

function findClauseStarts(masked: string, spans: RawSpan[], sentences: Range[]): number[] {
  const starts = new Set<number>(sentences.map((s) => s.start));
  // "LONDON — The chief executive said": the subject starts after the dateline, never in it.
  const dateline = datelineEnd(masked);
  if (dateline > 0) starts.add(dateline);
  for (const s of spans) starts.add(closeEnd(s));
  // A parenthesis opens an aside with its own subject: "(Hartley promises “free cake”)".
  for (let i = masked.indexOf('('); i >= 0; i = masked.indexOf('(', i + 1)) starts.add(i + 1);
  let prev = 0;
  for (let m = CLAUSE_BOUNDARY.exec(masked); m; m = CLAUSE_BOUNDARY.exec(masked)) {
    const at = m.index + m[0].length;
    const before = masked.slice(prev, m.index);
    // "Britain, France and Germany": a list of names is not a clause; a clause has lowercase words.
    if (/(?:^|\s)(?!and\b)[a-z]{2,}/.test(before)) {
      starts.add(at);
      prev = at;
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * Whether every quotation masked in [from, to) is a short Title Case name ("on CNN's “State of the Union” by
 * stating"): a title inside a clause is part of its words, not another speaker's quotation.
 */
export function masksOnlyTitles(layout: Layout, from: number, to: number): boolean {
  for (const s of layout.spans) {
    if (s.open >= to || closeEnd(s) <= from) continue;
    if (s.close === null) return false;
    const words = layout.text.slice(s.open + 1, s.close).replace(/[,.]$/, '').split(/\s+/).filter(Boolean);
    const minor = /^(?:of|the|and|or|in|on|a|an|for|to|at|by|with|from)$/;
    if (words.length === 0 || words.length > 6 || !words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && minor.test(w)))) return false;
  }
  return true;
}

export function sentenceOf(layout: Layout, offset: number): Range | undefined {
  return layout.sentences.find((s) => offset >= s.start && offset < s.end) ?? layout.sentences[layout.sentences.length - 1];
}

export function clauseStartBefore(layout: Layout, offset: number, floor: number): number {
  let best = floor;
  for (const s of layout.clauseStarts) {
    const asideEnd = layout.asideEnds.get(s);
    if (asideEnd !== undefined && asideEnd < offset) continue; // the aside closed before this point
    if (s <= offset && s > best) best = s;
  }
  return best;
}
