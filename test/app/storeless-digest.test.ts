import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Reply } from '../../src/core/reply.js';

/** A one-shot run opens no store: /help must still list the digest commands, and they must say why they cannot run. */

const root = mkdtempSync(join(tmpdir(), 'sitrep-app-storeless-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function storelessApp() {
  mkdirSync(join(root, 'content', 'articles'), { recursive: true });
  writeFileSync(join(root, 'content', 'articles', 'a.md'), '---\ntitle: Port strike\noutlet: Wire\npublished: 2020-01-02\n---\nDock workers walked out on Monday.\n');
  const config = { ...parseConfig({}, { content: join(root, 'content'), data: join(root, 'data') }), watch: false };
  return createApp({ config, logger: silentLogger(), withStore: false });
}

const lines = (r: Reply): string =>
  r.sections.flatMap((s) => s.blocks.map((b) => (b.type === 'text' ? b.text.text : b.type === 'bullets' ? b.items.map((i) => i.text).join('\n') : ''))).join('\n');

describe('an app without its store', () => {
  it('lists /digest and /status in /help and explains, as an error, that they need the store', async () => {
    const app = await storelessApp();
    try {
      const say = (text: string) => app.handle({ platform: 'test', channel: 'test:1', user: { id: 'u', name: 'U', canManage: true }, text });
      const help = lines(await say('/help'));
      expect(help).toMatch(/\/digest subscribe\|unsubscribe\|list\|now/);
      expect(help).toMatch(/\/status/);
      for (const command of ['/digest list', '/status']) {
        const reply = await say(command);
        expect(reply.kind).toBe('error');
        expect(JSON.stringify(reply)).toMatch(/store/);
      }
    } finally {
      await app.close();
    }
  });
});
