import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import type { Reply } from '../../src/core/reply.js';

/** content/topics.yml edited while the app runs: a valid file replaces the topics, a broken one is reported and ignored. */

let app: App | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await app?.close();
  app = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const article = (title: string, body: string) => `---\ntitle: ${title}\noutlet: Wire\npublished: 2021-03-02\n---\n${body}\n`;
const topic = (slug: string, terms: string[]) =>
  `topics:\n  - slug: ${slug}\n    title: ${slug} story\n    description: The ${slug} story.\n    terms: [${terms.join(', ')}]\n    minMatches: 1\n`;

/** Polls with a generous bound: a guard against hangs, not a speed assertion. */
async function until(ok: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function capturingLogger() {
  const lines: Array<{ level: number; msg: string; reason?: string }> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as (typeof lines)[number]);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

const sources = (r: Reply) => r.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'bullets' ? b.items.map((i) => i.text) : b.type === 'text' ? [b.text.text] : []))).join('\n');

describe('topics.yml live reload', () => {
  it('replaces the topics and their articles when the file changes; keeps them, with a warning, when it is broken', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sitrep-topics-'));
    dirs.push(root);
    const content = join(root, 'content');
    mkdirSync(join(content, 'articles'), { recursive: true });
    writeFileSync(join(content, 'articles', 'strike.md'), article('Dock strike spreads', 'Dock workers at the port extended their strike on Tuesday, union leaders said.'));
    writeFileSync(join(content, 'articles', 'fire.md'), article('Wildfire forces evacuations', 'A wildfire forced the evacuation of three villages overnight, firefighters said.'));
    writeFileSync(join(content, 'topics.yml'), topic('strike', ['strike']));
    const { logger, lines } = capturingLogger();
    const config = { ...parseConfig({}, { content, data: join(root, 'data') }), watch: true };
    app = await createApp({ config, logger, withStore: false, watchDebounceMs: 30 });
    await app.serve([]);
    const a = app;
    const say = (text: string) => a.handle({ platform: 'test', channel: 'test:1', user: { id: 'u', canManage: false }, text });
    const slugs = () => a.topics().map((t) => t.slug);

    expect(slugs()).toEqual(['strike']);
    expect(sources(await say('/sources strike'))).toContain('Dock strike spreads');

    // An editor's atomic save: write a temp file, rename it over the old one.
    await writeFile(join(content, '.topics.yml.tmp'), topic('fire', ['wildfire', 'evacuation']));
    await rename(join(content, '.topics.yml.tmp'), join(content, 'topics.yml'));
    await until(() => slugs().join() === 'fire', 'topics replaced');
    const fire = await say('/sources fire');
    expect(sources(fire)).toContain('Wildfire forces evacuations');
    expect(sources(fire)).not.toContain('Dock strike spreads');
    expect((await say('/sources strike')).title).not.toMatch(/strike story/i);

    await writeFile(join(content, 'topics.yml'), 'topics:\n  - slug: Not A Slug\n    title: x\n');
    await until(() => lines.some((l) => l.msg.includes('topics.yml is invalid')), 'warning logged');
    const warning = lines.find((l) => l.msg.includes('topics.yml is invalid'));
    expect(warning?.level).toBe(40);
    expect(warning?.reason).toMatch(/slug|description|terms/);
    expect(slugs()).toEqual(['fire']);
    expect(sources(await say('/sources fire'))).toContain('Wildfire forces evacuations');

    await writeFile(join(content, 'topics.yml'), `${topic('strike', ['strike'])}  - slug: fire\n    title: Fire\n    description: Fires.\n    terms: [wildfire]\n`);
    await until(() => slugs().join() === 'strike,fire', 'fixed file loaded');
    expect(sources(await say('/sources strike'))).toContain('Dock strike spreads');
  });
});
