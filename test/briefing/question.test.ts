import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/briefing/question/answer.js';
import { parseQuestion } from '../../src/briefing/question/parse.js';
import { resolveDay } from '../../src/briefing/question/days.js';
import { FixtureLibrary } from '../fixtures/briefing/build.js';
import { agency, daily, story, wire } from '../fixtures/briefing/story.js';
import { citedIds, citesResolve, ctxFor, plain, quotes, texts } from './helpers.js';

const lib = new FixtureLibrary(story);
const ask = (q: string) => answerQuestion(q, ctxFor(lib, q));

describe('parseQuestion', () => {
  it.each([
    ['who said training was suspended?', { kind: 'who-said', words: 'training was suspended' }],
    ['What did Stoltenberg say about Iran?', { kind: 'what-said', speaker: 'Stoltenberg', about: 'Iran' }],
    ['what did the diplomats say?', { kind: 'what-said', speaker: 'diplomats' }],
    ['how many US soldiers are in Iraq?', { kind: 'how-many', counted: 'US soldiers', rest: 'in Iraq' }],
    ['when did the NATO ambassadors meet?', { kind: 'when', event: 'the NATO ambassadors meet' }],
    ['who is leading the training mission?', { kind: 'who-is', subject: 'leading the training mission' }],
    ['what happened on Saturday?', { kind: 'what-happened-on', day: 'Saturday' }],
    ['<@123> what is going on with the mission', { kind: 'general', text: 'what is going on with the mission' }],
  ])('%s', (text, expected) => {
    expect(parseQuestion(text)).toEqual(expected);
  });

  it('resolves weekdays to the latest such day on or before the story date', () => {
    const ref = new Date('2020-01-06T00:00:00Z'); // a Monday
    expect(resolveDay('Saturday', ref)).toBe('2020-01-04');
    expect(resolveDay('Monday', ref)).toBe('2020-01-06');
    expect(resolveDay('January 3', ref)).toBe('2020-01-03');
    expect(resolveDay('yesterday', ref)).toBe('2020-01-05');
    expect(resolveDay('nothing here', ref)).toBeUndefined();
  });
});

describe('answerQuestion over a fixture library', () => {
  it('who said: names every speaker of matching words, with cross-source attribution noted', async () => {
    const r = await ask('who said training was suspended?');
    expect(r.title).toBe('Who said it');
    expect(citesResolve(r)).toBe(true);
    const speakers = quotes(r).map((q) => q.speaker);
    expect(speakers).toEqual(expect.arrayContaining(['Jens Stoltenberg', 'a NATO spokesman']));
    const stoltenberg = quotes(r).find((q) => q.speaker === 'Jens Stoltenberg')!;
    expect(stoltenberg.speakerRole).toBe('NATO secretary-general');
    expect(citedIds(r, [stoltenberg.cite])).toEqual([daily.id]);
    // The other outlet's wording and attribution are shown as printed, not merged.
    expect(stoltenberg.alsoReportedBy).toEqual([
      expect.objectContaining({ outlet: 'Reuters', speaker: 'a senior NATO official', text: 'We have for now suspended our training on the ground,' }),
    ]);
    expect(plain(r)).toMatch(/Reuters attributes the same words to a senior NATO official/);
    const spokesman = quotes(r).find((q) => q.speaker === 'a NATO spokesman')!;
    expect(spokesman.speakerRole).toBe('via Agence France-Presse');
    expect(plain(r)).not.toMatch(/Anna Lind/);
  });

  it('what did X say about Y: only that speaker, only on that subject', async () => {
    const r = await ask('what did Stoltenberg say about Iran?');
    const qs = quotes(r);
    expect(qs.map((q) => q.text)).toEqual(['Iran must refrain from further violence and provocations,']);
    expect(qs[0]!.speaker).toBe('Jens Stoltenberg');
    expect(citedIds(r, [qs[0]!.cite])).toEqual([daily.id]);
  });

  it('what did <plural description> say: every matching unnamed source, anonymous with outlet', async () => {
    const r = await ask('what did the diplomats say?');
    const qs = quotes(r);
    expect(new Set(qs.map((q) => q.speaker))).toEqual(new Set(['a NATO diplomat', 'another NATO diplomat']));
    expect(qs.every((q) => q.speakerRole === 'via Agence France-Presse')).toBe(true);
  });

  it('who is <role>: the person named in the best sentence, cited', async () => {
    const r = await ask('who is leading the training mission?');
    const first = texts(r)[0]!;
    expect(first.text).toBe('Jennie Carnigan');
    expect(citedIds(r, first.cites)).toEqual([daily.id]);
  });

  it('who is <name>: canonical name and role', async () => {
    const r = await ask('who is Stoltenberg?');
    expect(texts(r)[0]!.text).toBe('Jens Stoltenberg: NATO secretary-general');
  });

  it('how many: the figure, each outlet with its own sentence', async () => {
    const r = await ask('how many US soldiers are in Iraq?');
    expect(r.sections[0]!.heading).toBe('5,200 US soldiers (2 outlets)');
    const items = texts(r);
    expect(items).toHaveLength(2);
    for (const it of items) {
      const [id] = citedIds(r, it.cites);
      expect(lib.article(id!)!.body).toContain(it.text);
    }
    expect(new Set(items.flatMap((i) => citedIds(r, i.cites)))).toEqual(new Set([wire.id, agency.id]));
  });

  it('when: the resolved date of the matching event', async () => {
    const r = await ask('when did the NATO ambassadors meet?');
    expect(r.sections[0]!.heading).toBe('Mon 6 Jan 2020');
    expect(citesResolve(r)).toBe(true);
    expect(texts(r).some((t) => t.text.includes('ambassadors met Monday'))).toBe(true);
  });

  it('what happened on a weekday: events dated that day, cited', async () => {
    const r = await ask('what happened on Saturday?');
    expect(r.title).toBe('What happened on Sat 4 Jan 2020');
    const items = texts(r);
    expect(items).toHaveLength(1);
    expect(items[0]!.text).toContain('a NATO spokesman said the mission was continuing');
    expect(citedIds(r, items[0]!.cites)).toEqual([wire.id]);
  });

  it('says plainly when the sources do not answer, and shows the nearest sources', async () => {
    for (const q of ['how many tanks does Germany have?', 'who said the moon is made of cheese?', 'what did Angela Merkel say?', 'what happened on Thursday?']) {
      const r = await ask(q);
      expect(r.title, q).toBe('Not in the sources');
      expect(quotes(r), q).toEqual([]);
      expect(r.citations.length, q).toBeGreaterThan(0);
      expect(citesResolve(r)).toBe(true);
    }
  });

  it('a speaker with no quote on the subject: says so, then shows their other quotes', async () => {
    const r = await ask('what did Stoltenberg say about the weather?');
    expect(texts(r)[0]!.text).toMatch(/No quote from Stoltenberg about the weather/);
    expect(quotes(r).every((q) => q.speaker === 'Jens Stoltenberg')).toBe(true);
  });

  it('general questions answer with cited article sentences only', async () => {
    const r = await ask('flood waters in the river town');
    const items = texts(r);
    expect(items.length).toBeGreaterThan(0);
    for (const it of items) {
      const bodies = citedIds(r, it.cites).map((id) => lib.article(id)!.body);
      expect(bodies.some((b) => b.includes(it.text.replace(/ \(\d+ outlets\)$/, '')))).toBe(true);
    }
  });
});
