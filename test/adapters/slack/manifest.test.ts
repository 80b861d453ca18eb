import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMAND_NAMES } from '../../fakes/slack/harness.js';

interface Manifest {
  features: { slash_commands: { command: string; description: string; url?: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[]; request_url?: string }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
}

const load = (file: string): Manifest => parse(readFileSync(new URL(`../../../adapters/slack/${file}`, import.meta.url), 'utf8')) as Manifest;

describe('Slack app manifests', () => {
  for (const [file, socket] of [['manifest.yml', true], ['manifest.http.yml', false]] as const) {
    it(`${file} declares every command, the app_mention event, interactivity and only the scopes used`, () => {
      const m = load(file);
      expect(m.features.slash_commands.map((c) => c.command.slice(1)).sort()).toEqual([...COMMAND_NAMES].sort());
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
