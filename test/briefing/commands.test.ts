import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { briefingCommands } from '../../src/briefing/commands/index.js';
import { parseQuotesArgs } from '../../src/briefing/commands/quotes.js';
import { parseTopics } from '../../src/briefing/topics.js';
import { UserError, type CommandSpec } from '../../src/core/commands.js';
import { FixtureLibrary } from '../fixtures/briefing/build.js';
import { agency, daily, story, wire } from '../fixtures/briefing/story.js';
import { citedIds, citesResolve, ctxFor, quotes, texts } from './helpers.js';

const topics = parseTopics(readFileSync('content/topics.yml', 'utf8'));

function setup(extra: CommandSpec[] = []) {
  const lib = new FixtureLibrary(story);
  const own = briefingCommands({ topics: () => topics, allCommands: () => [...own, ...extra] });
  const run = (name: string, args: string) => own.find((c) => c.name === name)!.run(args, ctxFor(lib, `/${name} ${args}`));
  return { lib, run };
}

const stripNote = (t: string) => t.replace(/ \((?:\d+ outlets|figure given by \d+ outlets)\)$/, '');

describe('/brief', () => {
  it('a topic brief: as-of subtitle, every summary sentence an extracted sentence of a cited article', async () => {
    const { lib, run } = setup();
    const r = await run('brief', 'iraq-mission');
    expect(r.kind).toBe('brief');
    expect(r.subtitle).toBe('As of Tue 7 Jan 2020 09:00 UTC · 3 articles · 3 outlets');
    expect(citesResolve(r)).toBe(true);
    const situation = r.sections.find((s) => s.heading === 'Situation')!;
    expect(situation.blocks.length).toBeGreaterThanOrEqual(3);
    expect(situation.blocks.length).toBeLessThanOrEqual(5);
    for (const b of situation.blocks) {
      if (b.type !== 'text') throw new Error('summary blocks are text');
      expect(b.text.cites.length).toBeGreaterThan(0);
      const first = lib.analysis(citedIds(r, b.text.cites)[0]!)!;
      expect(first.sentences.map((s) => s.text)).toContain(stripNote(b.text.text));
    }
    expect(r.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['Key people', 'Top quotes', 'Timeline', 'Sources']));
    expect(r.citations.map((c) => c.articleId)).not.toContain('local-flood');
    const qs = quotes(r);
    expect(qs.length).toBeGreaterThanOrEqual(3);
    for (const q of qs) expect(lib.article(citedIds(r, [q.cite])[0]!)!.body).toContain(q.text);
    expect(r.followUps?.map((f) => f.command)).toEqual(['/quotes about iraq-mission', '/timeline iraq-mission', '/sources iraq-mission']);
  });

  it('says when several outlets report the same thing', async () => {
    const { lib, run } = setup();
    lib.add({ ...agency, id: 'agency-copy', outlet: 'Rappler', url: 'https://example.org/rappler/copy' });
    const r = await run('brief', 'iraq-mission');
    const all = texts(r).map((t) => t.text);
    expect(all.some((t) => /\((?:figure given by )?\d outlets\)$/.test(t))).toBe(true);
  });

  it('an unknown topic suggests close topics and briefs on the words', async () => {
    const { run } = setup();
    const r = await run('brief', 'flood');
    expect(r.title).toBe('Brief: flood');
    expect(texts(r)[0]!.text).toMatch(/no topic named flood.*Topics: iraq-mission/);
    expect(r.citations.map((c) => c.articleId)).toEqual(['local-flood']);
    const typo = await run('brief', 'iraq-misson');
    expect(texts(typo)[0]!.text).toMatch(/Did you mean iraq-mission\?/);
  });

  it('a missing topic is a usage error', async () => {
    const { run } = setup();
    await expect(run('brief', '')).rejects.toMatchObject({ name: 'UserError', usage: '/brief <topic>' });
  });

  it('follows the library: a new article shows up in the next brief', async () => {
    const { lib, run } = setup();
    const before = await run('brief', 'iraq-mission');
    lib.add({ ...agency, id: 'agency-later', published: '2020-01-08T10:00:00Z', paragraphs: ['NATO ministers said on Wednesday the Iraq mission would resume within weeks.'], quotes: [], numbers: [], dates: [], mentions: [] });
    const after = await run('brief', 'iraq-mission');
    expect(before.subtitle).not.toBe(after.subtitle);
    expect(after.subtitle).toMatch(/^As of Wed 8 Jan 2020 10:00 UTC · 4 articles/);
  });
});

describe('/quotes, /timeline, /sources, /help', () => {
  it('parses speaker and about', () => {
    expect(parseQuotesArgs('Stoltenberg about Iran')).toEqual({ speaker: 'Stoltenberg', about: 'Iran' });
    expect(parseQuotesArgs('about iraq-mission')).toEqual({ about: 'iraq-mission' });
    expect(parseQuotesArgs('the diplomats')).toEqual({ speaker: 'the diplomats' });
    expect(parseQuotesArgs('')).toEqual({});
  });

  it('/quotes groups by speaker, newest first', async () => {
    const { run } = setup();
    const r = await run('quotes', 'about iraq-mission');
    const headings = r.sections.map((s) => s.heading);
    expect(new Set(headings).size).toBe(headings.length);
    const at = (h: string) => headings.indexOf(h);
    expect(at('Mark Esper, US defense secretary')).toBeGreaterThanOrEqual(0);
    expect(at('Mark Esper, US defense secretary')).toBeLessThan(at('a NATO diplomat, via Agence France-Presse'));
    expect(at('Jens Stoltenberg, NATO secretary-general')).toBeLessThan(at('a NATO spokesman, via Agence France-Presse'));
    const s = await run('quotes', 'Stoltenberg about Iran');
    expect(quotes(s).map((q) => q.text)).toEqual(['Iran must refrain from further violence and provocations,']);
  });

  it('/timeline lists resolved dates in order, each cited', async () => {
    const { run } = setup();
    const r = await run('timeline', 'iraq-mission');
    const items = texts(r);
    const days = items.map((i) => i.text.slice(0, 15));
    expect(days[0]).toMatch(/^Fri 3 Jan 2020/);
    expect(items.every((i) => i.cites.length > 0)).toBe(true);
    expect(citesResolve(r)).toBe(true);
  });

  it('/sources lists articles newest first with their contribution', async () => {
    const { run } = setup();
    const r = await run('sources', 'iraq-mission');
    expect(r.citations.map((c) => c.articleId)).toEqual([agency.id, daily.id, wire.id]);
    expect(texts(r)[2]!.text).toMatch(/^Agence France-Presse: .* · 3 quotes, 4 facts$/);
  });

  it('/help lists every command, including ones from other modules', async () => {
    const digest: CommandSpec = { name: 'digest', usage: '/digest <topic> <time>', summary: 'Schedules a digest.', run: async () => { throw new UserError('x'); } };
    const { run } = setup([digest]);
    const r = await run('help', '');
    const lines = texts(r).map((t) => t.text);
    for (const u of ['/brief <topic>', '/ask <question>', '/quotes', '/timeline <topic>', '/sources <topic>', '/help', '/digest <topic> <time>']) {
      expect(lines.some((l) => l.startsWith(u)), u).toBe(true);
    }
  });
});
