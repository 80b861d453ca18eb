import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createApp } from '../../../src/app.js';
import { parseConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/core/logger.js';

interface Manifest {
  features: { slash_commands: { command: string; description: string; url?: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[]; request_url?: string }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
}

const load = (file: string): Manifest => parse(readFileSync(new URL(`../../../adapters/slack/${file}`, import.meta.url), 'utf8')) as Manifest;

/** The commands the app really answers (digest ones need the store), so a new command cannot be left out. */
let appCommands: string[] = [];
const temp = mkdtempSync(join(tmpdir(), 'sitrep-manifest-'));
beforeAll(async () => {
  mkdirSync(join(temp, 'content'));
  writeFileSync(join(temp, 'content', 'a.md'), '---\ntitle: T\noutlet: O\npublished: 2020-01-01\n---\nBody text.\n');
  const config = { ...parseConfig({}, { content: join(temp, 'content'), data: join(temp, 'data') }), watch: false };
  const app = await createApp({ config, logger: silentLogger(), withStore: true });
  appCommands = app.commands.map((c) => c.name);
  await app.close();
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('Slack app manifests', () => {
  for (const [file, socket] of [['manifest.yml', true], ['manifest.http.yml', false]] as const) {
    it(`${file} declares every command, the app_mention event, interactivity and only the scopes used`, () => {
      const m = load(file);
      expect(m.features.slash_commands.map((c) => c.command.slice(1)).sort()).toEqual([...appCommands].sort());
      expect(appCommands).toContain('ingest');
      expect(m.oauth_config.scopes.bot.sort()).toEqual(
        ['app_mentions:read', 'channels:history', 'channels:join', 'chat:write', 'commands', 'groups:history', 'users:read'].sort(),
      );
      expect(m.settings.event_subscriptions.bot_events).toEqual(['app_mention']);
      expect(m.settings.interactivity.is_enabled).toBe(true);
      expect(m.settings.socket_mode_enabled).toBe(socket);
      // HTTP mode needs every request URL on Bolt's one endpoint; Socket Mode needs none.
      const urls = [...m.features.slash_commands.map((c) => c.url), m.settings.event_subscriptions.request_url];
      expect(urls.every((u) => (socket ? u === undefined : u?.endsWith('/slack/events')))).toBe(true);
    });
  }
});
