import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { UserError, type CommandSpec } from '../../src/core/commands.js';
import { createDispatcher } from '../../src/core/dispatch.js';
import { infoReply } from '../../src/core/reply.js';
import { FixtureLibrary } from '../fixtures/briefing/build.js';

function setup() {
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, { write: (s: string) => void lines.push(s) });
  const seen: string[] = [];
  const commands: CommandSpec[] = [
    { name: 'brief', usage: '/brief <topic>', summary: 'Brief.', run: async (args) => (seen.push(`brief:${args}`), infoReply('brief', args)) },
    { name: 'quotes', usage: '/quotes [speaker]', summary: 'Quotes.', run: async () => { throw new UserError('No such speaker.'); } },
    { name: 'timeline', usage: '/timeline <topic>', summary: 'Timeline.', run: async () => { throw new Error('db exploded at /secret/path'); } },
  ];
  const dispatch = createDispatcher(commands, {
    library: new FixtureLibrary([]),
    clock: { now: () => new Date(0) },
    logger,
    answer: async (text) => (seen.push(`ask:${text}`), infoReply('answer', text)),
  });
  const say = (text: string) => dispatch({ platform: 't', channel: 't:c', user: { id: 'u', canManage: false }, text });
  return { say, seen, lines };
}

const allText = (r: Awaited<ReturnType<ReturnType<typeof setup>['say']>>) =>
  r.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'text' ? [b.text.text] : b.type === 'bullets' ? b.items.map((i) => i.text) : []))).join('\n');

describe('dispatcher', () => {
  it('routes commands with their arguments and plain text to the answerer', async () => {
    const { say, seen } = setup();
    await say('/brief  iraq-mission ');
    await say('/BRIEF@sitrep x');
    await say('who said it?');
    expect(seen).toEqual(['brief:iraq-mission', 'brief:x', 'ask:who said it?']);
  });

  it('an unknown command gets help with the closest command', async () => {
    const { say } = setup();
    const r = await say('/breif iraq');
    expect(r.kind).toBe('error');
    expect(allText(r)).toMatch(/There is no \/breif command\. Did you mean \/brief <topic>\?/);
    expect(allText(r)).toMatch(/\/timeline <topic>/);
  });

  it('a UserError shows its message and the command usage', async () => {
    const { say } = setup();
    const r = await say('/quotes nobody');
    expect(r.kind).toBe('error');
    expect(allText(r)).toBe('No such speaker.\nUsage: /quotes [speaker]');
  });

  it('an unexpected error is logged with context; the user gets an apology without internals', async () => {
    const { say, lines } = setup();
    const r = await say('/timeline x');
    expect(r.kind).toBe('error');
    expect(allText(r)).not.toMatch(/secret|exploded|Error/);
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'command failed');
    expect(logged).toMatchObject({ command: 'timeline', channel: 't:c', user: 'u' });
  });

  it('empty input gets the command list', async () => {
    const { say } = setup();
    expect((await say('   ')).kind).toBe('help');
  });
});

describe('dispatcher and /help', () => {
  it('/help lists every command the dispatcher routes, from any module', async () => {
    const { briefingCommands } = await import('../../src/briefing/commands/index.js');
    const digest: CommandSpec = { name: 'digest', usage: '/digest <topic> <time>', summary: 'Schedules a digest.', run: async () => infoReply('d', 'd') };
    const commands = [...briefingCommands({ topics: () => [] }), digest];
    const dispatch = createDispatcher(commands, { library: new FixtureLibrary([]), clock: { now: () => new Date(0) }, logger: pino({ level: 'silent' }) });
    const r = await dispatch({ platform: 't', channel: 't:c', user: { id: 'u', canManage: false }, text: '/help' });
    const text = r.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'bullets' ? b.items.map((i) => i.text) : []))).join('\n');
    for (const c of commands) expect(text).toContain(c.usage);
  });
});
