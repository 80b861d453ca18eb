import type { DateMention, Sentence } from '../../analysis/types.js';
import type { CitedText } from '../../core/reply.js';
import type { Article } from '../../corpus/article.js';
import { outletsNote, type Citations } from '../citations.js';
import { formatDay } from '../format.js';
import { isVerbatimSentence } from '../grounding.js';
import type { BriefWindow } from '../window.js';

export interface TimelineEvent {
  date: string;
  time?: string;
  sentence: Sentence;
  article: Article;
  /** Every article in the window printing this (or a near-identical) sentence. */
  articles: Article[];
}

/**
 * Dated events: sentences carrying a resolved date, one per distinct sentence (near-duplicates from other outlets
 * join it), oldest first. Several events can share a day.
 */
export function timelineEvents(window: BriefWindow, perDay = 3): TimelineEvent[] {
  const byDay = new Map<string, TimelineEvent[]>();
  for (const { article, analysis } of window.items) {
    const seenHere = new Set<number>();
    for (const d of analysis.dates) {
      const sentence = analysis.sentences[d.sentence];
      // A bare year or month ("the 2015 deal") is context, not an event on a day.
      if (d.precision !== undefined && d.precision !== 'day') continue;
      if (!sentence || seenHere.has(sentence.index) || !isVerbatimSentence(article, sentence)) continue;
      seenHere.add(sentence.index);
      addEvent(byDay, window, d, sentence, article);
    }
  }
  const out: TimelineEvent[] = [];
  for (const day of [...byDay.keys()].sort()) {
    const events = byDay.get(day)!;
    events.sort((a, b) => new Set(b.articles.map((x) => x.outlet)).size - new Set(a.articles.map((x) => x.outlet)).size);
    out.push(...events.slice(0, perDay).sort((a, b) => (a.time ?? '99').localeCompare(b.time ?? '99')));
  }
  return out;
}

function addEvent(byDay: Map<string, TimelineEvent[]>, window: BriefWindow, d: DateMention, sentence: Sentence, article: Article): void {
  let events = byDay.get(d.date);
  if (!events) byDay.set(d.date, (events = []));
  const stems = window.stems(sentence);
  const same = events.find((e) => e.sentence.text === sentence.text || nearDup(window, e.sentence, stems));
  if (same) {
    if (!same.articles.includes(article)) same.articles.push(article);
    return;
  }
  events.push({ date: d.date, ...(d.time ? { time: d.time } : {}), sentence, article, articles: [article] });
}

function nearDup(window: BriefWindow, a: Sentence, bStems: string[]): boolean {
  const aStems = window.stems(a);
  if (aStems.length === 0 || bStems.length === 0) return false;
  return sharesMost(aStems, bStems);
}

function sharesMost(a: string[], b: string[]): boolean {
  const sb = new Set(b);
  const shared = a.filter((t) => sb.has(t)).length;
  return shared / Math.min(a.length, b.length) >= 0.7;
}

export function timelineBullet(e: TimelineEvent, cites: Citations): CitedText {
  const note = outletsNote(e.articles);
  const when = `${formatDay(e.date)}${e.time ? ` ${e.time}` : ''}`;
  return { text: `${when}: ${e.sentence.text}${note ? ` (${note})` : ''}`, cites: cites.citeAll(e.articles.slice(0, 5)) };
}
