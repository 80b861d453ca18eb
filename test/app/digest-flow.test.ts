import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleAdapter } from '../../adapters/console/index.js';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import type { Clock } from '../../src/core/commands.js';
import type { ChatInput } from '../../src/core/input.js';
import { silentLogger } from '../../src/core/logger.js';
import type { CronFactory } from '../../src/scheduler/index.js';

/**
 * The digest story end to end on the console adapter: subscribe, a digest at the slot, a new article dropped into
 * the folder shows up in the next digest and not in the one after. Time is a settable clock; cron is replaced by
 * explicit passes (what a tick runs), so the test decides when a slot is due.
 */

let dirs: string[] = [];
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

const noCron: CronFactory = () => ({ stop: async () => undefined });

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'sitrep-flow-'));
  dirs.push(d);
  return d;
}

const NEW_ARTICLE = `---
title: Alliance confirms Iraq trainers will stay in Kuwait for now
outlet: Test Wire
published: 2020-01-07T15:00:00Z
---
BRUSSELS — Alliance officials said on Tuesday that the trainers moved out of Baghdad would stay in Kuwait until the security situation in Iraq improves.

“Our people are safe and the mission is paused, not ended,” a spokeswoman for the alliance said in a statement.

The Iraqi parliament's resolution on foreign troops remains under review in Baghdad, officials said.
`;

describe('scheduled digest on the console adapter', () => {
  it('delivers new reporting once: in the next digest and not the one after', async () => {
    const content = tempDir();
    cpSync('content', content, { recursive: true });
    const data = tempDir();
    let now = new Date('2020-01-06T18:00:00Z');
    const clock: Clock = { now: () => now };
    const config = { ...parseConfig({}, { content, data }), watch: true };
    app = await createApp({ config, logger: silentLogger(), clock, withStore: true, cron: noCron });

    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    const console = new ConsoleAdapter({ input: new PassThrough(), output, interactive: false });
    const me: ChatInput = { platform: 'console', channel: 'console:local', user: { id: 'local', canManage: true }, text: '' };

    const subscribed = await app.handle({ ...me, text: '/digest subscribe iraq-mission at 08:00 tz Europe/Brussels' });
    expect(subscribed.kind).not.toBe('error');
    await app.serve([console]);

    // 2020-01-07 08:00 in Brussels is 07:00 UTC: the first digest covers what was already reported.
    now = new Date('2020-01-07T07:01:00Z');
    await app.runDueDigests();
    expect(printed).toContain('NATO');
    const first = printed;
    printed = '';

    const changed = new Promise<void>((resolve) => {
      const off = app!.library.onChange(() => {
        off();
        resolve();
      });
    });
    writeFileSync(join(content, 'articles', '2020-01-07-test-wire-kuwait.md'), NEW_ARTICLE);
    await changed;

    now = new Date('2020-01-08T07:01:00Z');
    await app.runDueDigests();
    expect(printed).toContain('Alliance confirms Iraq trainers will stay in Kuwait for now');
    expect(printed).toContain('Our people are safe and the mission is paused, not ended,');
    // An unnamed source stays unnamed and says which outlet reported it.
    expect(printed).toMatch(/a spokeswoman[^\n]*via Test Wire/);
    // Only what is new: the first digest's articles are not repeated.
    expect(printed).not.toContain('NATO to review Iraq mission after Iran general slain');
    expect(first).not.toContain('Kuwait');
    printed = '';

    now = new Date('2020-01-09T07:01:00Z');
    await app.runDueDigests();
    expect(printed).not.toContain('Kuwait');
    expect(printed.toLowerCase()).toContain('no new reporting');

    // A second pass in the same slot posts nothing at all.
    printed = '';
    await app.runDueDigests();
    expect(printed).toBe('');
  });

  it('refuses subscription changes from someone who cannot manage the channel', async () => {
    const data = tempDir();
    const config = { ...parseConfig({}, { data }), watch: false };
    app = await createApp({ config, logger: silentLogger(), withStore: true, cron: noCron });
    const reply = await app.handle({
      platform: 'console',
      channel: 'console:local',
      user: { id: 'guest', canManage: false },
      text: '/digest subscribe iraq-mission',
    });
    expect(reply.kind).toBe('error');
    expect(JSON.stringify(reply)).toMatch(/manage/i);
  });

  it('/status names each skipped corpus file with its reason while the rest serve', async () => {
    const content = tempDir();
    cpSync('content', content, { recursive: true });
    writeFileSync(join(content, 'articles', 'broken.md'), '---\ntitle: No outlet\npublished: 2020-01-06\n---\nBody.\n');
    const config = { ...parseConfig({}, { content, data: tempDir() }), watch: false };
    app = await createApp({ config, logger: silentLogger(), withStore: true, cron: noCron });
    const reply = JSON.stringify(
      await app.handle({ platform: 'console', channel: 'console:local', user: { id: 'local', canManage: true }, text: '/status' }),
    );
    expect(reply).toContain('2 articles loaded, 1 file skipped');
    expect(reply).toMatch(/articles\/broken\.md: [^"]*outlet/);
  });
});
