/** Answers from facts: how many, when, who is, what happened on a day. */
import type { CitedText, Reply } from '../../core/reply.js';
import type { Logger } from '../../core/logger.js';
import type { Article } from '../../corpus/article.js';
import { datesAbout, eventsOn, numbersAbout, placesOf, sentencesAbout, type NumberHit, type Place } from '../../search/queries.js';
import { termSet, textKey } from '../../search/terms.js';
import type { BriefingEngine } from '../engine.js';
import { formatDate, formatDay } from '../format.js';
import { readableRoles } from '../roles.js';
import { resolveDay } from './days.js';
import { AnswerBuilder, articlesOf, notInSources } from './reply.js';

const SUPPORTED = 0.6;

/** The first `max` of some article ids that are still in the library (without resolving the rest). */
function firstArticles(lib: BriefingEngine['library'], ids: readonly string[], max: number): Article[] {
  const out: Article[] = [];
  for (const id of ids) {
    const a = lib.article(id);
    if (a) out.push(a);
    if (out.length >= max) break;
  }
  return out;
}

export function answerHowMany(engine: BriefingEngine, logger: Logger, question: string, counted: string, rest: string): Reply {
  const lib = engine.library;
  const all = numbersAbout(engine.index, lib, counted, rest);
  // The counted thing must match what the number counts; the rest of the question only ranks.
  const hits = all.filter((h) => h.countsCoverage >= SUPPORTED);
  if (hits.length === 0) {
    return notInSources(lib, logger, question, articlesOf(all.map((h) => h.place)), `The sources give no figure for ${counted}.`);
  }
  const byValue = new Map<number, NumberHit[]>();
  for (const h of hits) byValue.set(h.fact.value, [...(byValue.get(h.fact.value) ?? []), h]);
  const b = new AnswerBuilder(lib, logger);
  const values = [...byValue.entries()].slice(0, 3);
  if (values.length > 1) b.text('The sources give different figures:');
  for (const [, list] of values) {
    const places = dedupePlaces(list.map((h) => h.place));
    // Counted over every article printing these sentences, not only the newest few listed.
    const outlets = engine.index.outletCount([...new Set(list.map((h) => h.passage))]);
    // Each outlet's own sentence: two outlets agreeing on a figure rarely print the same sentence.
    b.bullets(sentenceItems(b, places), `${list[0]!.fact.text}${outlets > 1 ? ` (${outlets} outlets)` : ''}`);
  }
  return b.build(`How many ${counted}`, question);
}

function dedupePlaces(places: readonly Place[]): Place[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const k = `${p.article.id}#${p.sentence.index}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function answerWhen(engine: BriefingEngine, logger: Logger, question: string, event: string): Reply {
  const lib = engine.library;
  const all = datesAbout(engine.index, lib, event);
  const hits = all.filter((h) => h.coverage >= SUPPORTED);
  if (hits.length === 0) {
    return notInSources(lib, logger, question, articlesOf(all.map((h) => h.place)), 'The sources give no date for that.');
  }
  const best = hits[0]!.coverage;
  const byDay = new Map<string, Place[]>();
  const timeOf = new Map<string, string>();
  for (const h of hits.filter((x) => x.coverage >= best - 0.2)) {
    const label = formatDate(h.date.date, h.date.precision);
    byDay.set(label, [...(byDay.get(label) ?? []), h.place]);
    if (h.date.time && !timeOf.has(label)) timeOf.set(label, h.date.time);
  }
  const b = new AnswerBuilder(lib, logger);
  const days = [...byDay.keys()];
  if (days.length > 1) b.text('The sources give more than one date:');
  for (const day of days.slice(0, 3)) {
    const items = sentenceItems(b, byDay.get(day)!);
    b.bullets(items, `${day}${timeOf.get(day) ? ` ${timeOf.get(day)}` : ''}`);
  }
  return b.build(`When: ${event}`, question);
}

/** One bullet per distinct sentence text; several articles printing it are cited together. */
function sentenceItems(b: AnswerBuilder, places: readonly Place[], max = 4): CitedText[] {
  const byText = new Map<string, Place[]>();
  for (const p of dedupePlaces(places)) byText.set(textKey(p.sentence.text), [...(byText.get(textKey(p.sentence.text)) ?? []), p]);
  return [...byText.values()].slice(0, max).map((ps) => b.sentence(ps)).filter((x): x is CitedText => x !== undefined);
}

export function answerWhoIs(engine: BriefingEngine, logger: Logger, question: string, subject: string): Reply {
  const lib = engine.library;
  const name = subject.replace(/^(?:the|a|an)\s+/i, '');
  const entity =
    lib.entities.lookup(name) ??
    (() => {
      const hit = engine.index.search(name, { kinds: ['entity'], all: true, limit: 1 })[0];
      return hit?.passage.entityId ? lib.entities.get(hit.passage.entityId) : undefined;
    })();
  if (entity && entity.type === 'person') {
    const b = new AnswerBuilder(lib, logger);
    const articles = firstArticles(lib, entity.articleIds, 3);
    const roles = readableRoles(entity.roles).slice(0, 3);
    const roleText = roles.length > 0 ? `${entity.name}: ${roles.join('; ')}` : entity.name;
    b.text(roleText, b.cites.citeAll(articles));
    const mentions = sentencesAbout(engine.index, lib, entity.name, { limit: 5, hasPerson: true });
    b.bullets(
      mentions.slice(0, 2).map((m) => b.sentence(m.places, m.outlets)).filter((x): x is CitedText => x !== undefined),
      'In the sources',
    );
    return b.build(`Who is ${entity.name}`, question);
  }
  // A role question ("who is leading the training mission"): the best sentence naming a person.
  const all = sentencesAbout(engine.index, lib, name, { hasPerson: true });
  const hits = all.filter((h) => h.coverage >= SUPPORTED);
  const top = hits[0];
  if (!top) return notInSources(lib, logger, question, articlesOf(all.flatMap((h) => h.places)), 'The sources do not say.');
  const place = top.places[0]!;
  const people = place.analysis.mentions.filter((m) => m.type === 'person' && m.sentence === place.sentence.index);
  const names = [...new Set(people.map((m) => lib.entities.lookup(m.name)?.name ?? m.name))];
  const b = new AnswerBuilder(lib, logger);
  const item = b.sentence(top.places, top.outlets);
  b.text(names.join(', '), item?.cites ?? []);
  if (item) b.bullets([item], 'In the sources');
  return b.build(`Who is ${name}`, question);
}

export function answerWhatHappenedOn(engine: BriefingEngine, logger: Logger, question: string, dayText: string): Reply | undefined {
  const lib = engine.library;
  const newest = engine.newestArticles(1)[0];
  if (!newest) return notInSources(lib, logger, question, []);
  const day = resolveDay(dayText, newest.publishedAt);
  if (!day) return undefined;
  const events = eventsOn(engine.index, lib, day);
  if (events.length === 0) {
    const days = engine.index.days();
    const nearest = days.sort((a, b) => Math.abs(Date.parse(a) - Date.parse(day)) - Math.abs(Date.parse(b) - Date.parse(day))).slice(0, 3).sort();
    const near = nearest.flatMap((d) => eventsOn(engine.index, lib, d).map((e) => e.place.article));
    const reason = `The sources report nothing dated ${formatDay(day)}.${nearest.length > 0 ? ` Nearest dated days: ${nearest.map(formatDay).join(', ')}.` : ''}`;
    return notInSources(lib, logger, question, [...new Set(near)], reason);
  }
  const b = new AnswerBuilder(lib, logger);
  b.bullets(sentenceItems(b, events.map((e) => e.place), 8), formatDay(day));
  return b.build(`What happened on ${formatDay(day)}`, question);
}

export function answerGeneral(engine: BriefingEngine, logger: Logger, question: string, text: string): Reply {
  const lib = engine.library;
  const q = termSet(text);
  if (q.size === 0) return notInSources(lib, logger, question, [], 'Ask about a person, an event, a number or a date in the story.');
  const all = sentencesAbout(engine.index, lib, text, { limit: 30 });
  const hits = all.filter((h) => h.coverage >= SUPPORTED);
  if (hits.length === 0) return notInSources(lib, logger, question, articlesOf(all.flatMap((h) => h.places)));
  const b = new AnswerBuilder(lib, logger);
  const places: Place[] = hits.slice(0, 8).flatMap((h) => placesOf(engine.index, lib, h.passage, 5));
  b.bullets(sentenceItems(b, places, 5), 'From the sources');
  return b.build('Answer', question);
}
