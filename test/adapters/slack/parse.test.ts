import { describe, expect, it } from 'vitest';
import { slackToPlain } from '../../../adapters/slack/escape.js';
import { isFromBot, parseChannelId, parseMention, parseSlashCommand, stripMention } from '../../../adapters/slack/parse.js';

const asker = { id: 'U1', canManage: false };

describe('Slack payloads -> core input', () => {
  it('turns a slash command into "/name args" in an opaque slack:<team>:<channel> id', () => {
    const input = parseSlashCommand({ command: '/brief', text: '  iraq-mission ', team_id: 'T1', channel_id: 'C1', user_id: 'U1', user_name: 'ann' }, asker);
    expect(input).toMatchObject({ platform: 'slack', channel: 'slack:T1:C1', text: '/brief iraq-mission', user: asker });
    expect(parseSlashCommand({ command: '/help', text: '', team_id: 'T1', channel_id: 'C1', user_id: 'U1' }, asker).text).toBe('/help');
  });

  it("decodes Slack's escaping so the core sees what was typed", () => {
    expect(slackToPlain('AT&amp;T &lt;b&gt; &amp;lt;')).toBe('AT&T <b> &lt;');
    expect(slackToPlain('ask <@U2|bob> in <#C9|ops> about <https://x.test/a|this> and <https://y.test>')).toBe(
      'ask @bob in #ops about this (https://x.test/a) and https://y.test',
    );
    expect(slackToPlain('<!here> <!channel> <!subteam^S1|@team> <@U3>')).toBe('@here @channel @team @U3');
  });

  it('strips the bot mention wherever it is, with or without a label', () => {
    expect(stripMention('<@UBOT> who said training was suspended?', 'UBOT')).toBe('who said training was suspended?');
    expect(stripMention('hey <@UBOT|sitrep>, what did <@U2> say?', 'UBOT')).toBe('hey , what did @U2 say?');
    const input = parseMention({ type: 'app_mention', text: '<@UBOT> hi', user: 'U1', channel: 'C1', ts: '1.0' }, 'T1', 'UBOT', asker);
    expect(input).toMatchObject({ channel: 'slack:T1:C1', text: 'hi' });
  });

  it('recognises bot authors', () => {
    expect(isFromBot({ user: 'UBOT' }, 'UBOT')).toBe(true);
    expect(isFromBot({ user: 'U9', bot_id: 'B9' }, 'UBOT')).toBe(true);
    expect(isFromBot({ user: 'U9', subtype: 'bot_message' }, 'UBOT')).toBe(true);
    expect(isFromBot({ user: 'U9' }, 'UBOT')).toBe(false);
  });

  it('parses channel ids and refuses others', () => {
    expect(parseChannelId('slack:T1:C1')).toEqual({ team: 'T1', channel: 'C1' });
    for (const bad of ['discord:1:2', 'slack:T1', 'slack:T1:C1:x', 'console:local']) expect(() => parseChannelId(bad)).toThrow(/not a Slack channel/);
  });
});
