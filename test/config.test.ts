import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

describe('parseConfig', () => {
  it('defaults to the bundled corpus, ./data and no platforms', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ contentDir: './content', dataDir: './data', defaultTimezone: 'UTC', watch: true });
    expect(c.discord).toBeUndefined();
    expect(c.slack).toBeUndefined();
  });

  it('lets flags win over the environment', () => {
    const c = parseConfig({ SITREP_CONTENT_DIR: '/env/content' }, { content: '/flag/content', data: '/flag/data' });
    expect(c.contentDir).toBe('/flag/content');
    expect(c.dataDir).toBe('/flag/data');
  });

  it('treats blank values as unset', () => {
    expect(parseConfig({ DISCORD_TOKEN: '  ', SLACK_BOT_TOKEN: '' }).discord).toBeUndefined();
  });

  it('reports every problem with its key and never echoes a value', () => {
    const secret = 'not-a-slack-token-SECRET';
    try {
      parseConfig({ SLACK_BOT_TOKEN: secret, SITREP_TIMEZONE: 'Mars/Olympus', SLACK_PORT: 'eighty' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const msg = (err as ConfigError).message;
      expect(msg).toContain('SLACK_BOT_TOKEN');
      expect(msg).toContain('SITREP_TIMEZONE');
      expect(msg).toContain('SLACK_PORT');
      expect(msg).not.toContain(secret);
    }
  });

  it('requires the companion keys of a platform', () => {
    expect(() => parseConfig({ DISCORD_TOKEN: 'abc' })).toThrow(/DISCORD_APPLICATION_ID/);
    expect(() => parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(() => parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODE: 'socket' })).toThrow(/SLACK_APP_TOKEN/);
    expect(() => parseConfig({ SLACK_APP_TOKEN: 'xapp-1' })).toThrow(/SLACK_BOT_TOKEN/);
  });

  it('picks socket mode when an app token is given', () => {
    const c = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_ADMIN_USER_IDS: 'U1, U2' });
    expect(c.slack).toMatchObject({ mode: 'socket', adminUserIds: ['U1', 'U2'], port: 3000 });
  });

  it('accepts a full Discord configuration', () => {
    const c = parseConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789', DISCORD_GUILD_ID: '987654321' });
    expect(c.discord).toEqual({ token: 't', applicationId: '123456789', guildId: '987654321' });
  });
});
