import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandSpec } from '../../../src/core/commands.js';
import { silentLogger } from '../../../src/core/logger.js';
import { commandOfButton, buttonId, followUpRows } from '../../../adapters/discord/buttons.js';
import { CommandDefinitionError, slashCommands, topicChoices } from '../../../adapters/discord/commands.js';
import { channelIdOf, commandText, parseChannelId } from '../../../adapters/discord/parse.js';
import { registerCommands } from '../../../adapters/discord/register.js';
import { FakeDiscord } from '../../fakes/discord/index.js';
import { messageViolations } from '../../fakes/discord/limits.js';
import { COMMANDS, TOPICS } from './harness.js';

describe('slash command definitions', () => {
  const defs = slashCommands(COMMANDS);

  it('defines one guild command per spec, topic options autocompleted', () => {
    expect(defs.map((d) => d.name)).toEqual(['brief', 'ask', 'quotes', 'timeline', 'sources', 'digest', 'status', 'help']);
    expect(defs[0]).toMatchObject({ type: 1, contexts: [0], options: [{ type: 3, name: 'topic', required: true, autocomplete: true }] });
    expect(defs[1]?.options).toEqual([{ type: 3, name: 'question', description: 'Your question', required: true }]);
  });

  it('gives a spec with arguments but no declared options one free-text option, and argument-less ones none', () => {
    expect(defs.find((d) => d.name === 'digest')?.options).toEqual([
      { type: 3, name: 'text', description: '/digest subscribe <topic> at <HH:MM> | unsubscribe <topic> | list', required: false },
    ]);
    expect(defs.find((d) => d.name === 'status')?.options).toEqual([]);
  });

  it('puts required options first and keeps descriptions within 100 chars', () => {
    const spec: CommandSpec = {
      name: 'x',
      usage: '/x',
      summary: 'word '.repeat(40),
      options: [
        { name: 'opt', description: 'optional', required: false },
        { name: 'req', description: 'required', required: true },
      ],
      run: () => Promise.reject(new Error('unused')),
    };
    const [def] = slashCommands([spec]);
    expect(def?.options?.map((o) => o.name)).toEqual(['req', 'opt']);
    expect(def?.description.length).toBeLessThanOrEqual(100);
  });

  it('refuses names Discord would refuse, and duplicates', () => {
    const bad = (name: string): CommandSpec => ({ name, usage: `/${name}`, summary: 's', run: () => Promise.reject(new Error('unused')) });
    expect(() => slashCommands([bad('Brief')])).toThrow(CommandDefinitionError);
    expect(() => slashCommands([bad('a b')])).toThrow(CommandDefinitionError);
    expect(() => slashCommands([bad('x'.repeat(33))])).toThrow(CommandDefinitionError);
    expect(() => slashCommands([bad('ok'), bad('ok')])).toThrow(/twice/);
  });
});

describe('topic autocomplete', () => {
  it('lists prefix matches before substring matches, at most 25', () => {
    expect(topicChoices('strike', TOPICS).map((c) => c.value)).toEqual(['iran-strike']);
    expect(topicChoices('IRA', TOPICS).map((c) => c.value)).toEqual(['iraq-mission', 'iran-strike']);
    expect(topicChoices('mission', TOPICS).map((c) => c.value)).toEqual(['iraq-mission']);
    const many = Array.from({ length: 40 }, (_, i) => ({ slug: `t${i}`, title: `Topic ${i}` }));
    expect(topicChoices('', many)).toHaveLength(25);
  });
});

describe('channel ids and command text', () => {
  it('round-trips channel ids and refuses others', () => {
    expect(parseChannelId(channelIdOf('1', '2'))).toEqual({ guildId: '1', channelId: '2' });
    expect(parseChannelId(channelIdOf(null, '2'))).toEqual({ guildId: undefined, channelId: '2' });
    expect(parseChannelId('slack:T1:C1')).toBeUndefined();
    expect(parseChannelId('discord:1:2:3')).toBeUndefined();
  });

  it('writes the command line the core parses', () => {
    expect(commandText('brief', ['iraq-mission'])).toBe('/brief iraq-mission');
    expect(commandText('quotes', [undefined, '  '])).toBe('/quotes');
  });
});

describe('follow-up buttons', () => {
  it('carry their command in a custom_id of at most 100 chars, one button per command, at most 25', () => {
    expect(commandOfButton(buttonId('/brief iraq-mission') ?? '')).toBe('/brief iraq-mission');
    expect(buttonId(`/ask ${'q'.repeat(100)}`)).toBeUndefined();
    expect(commandOfButton('someone-else:x')).toBeUndefined();
    const many = Array.from({ length: 40 }, (_, i) => ({ label: `Label ${i} ${'long '.repeat(30)}`, command: `/brief t${i}` }));
    const { rows, omitted } = followUpRows([...many, { label: 'again', command: '/brief t0' }]);
    expect(rows).toHaveLength(5);
    expect(omitted).toBe(15);
    expect(messageViolations({ embeds: [{ description: 'x' }], components: rows })).toEqual([]);
  });
});

describe('registering commands', () => {
  let discord: FakeDiscord;
  beforeAll(async () => {
    discord = await FakeDiscord.start();
  });
  afterAll(async () => discord.close());

  const rest = () => new REST({ api: discord.api, retries: 0 }).setToken(discord.token);

  it('registers to one guild when a guild id is given, else globally', async () => {
    const app = discord.world.applicationId;
    expect(await registerCommands({ rest: rest(), applicationId: app, guildId: discord.world.guildId, commands: COMMANDS, logger: silentLogger() })).toEqual({
      scope: 'guild',
      names: COMMANDS.map((c) => c.name),
    });
    await registerCommands({ rest: rest(), applicationId: app, commands: COMMANDS, logger: silentLogger() });
    expect(discord.rest.commands.map((c) => c.scope)).toEqual([discord.world.guildId, 'global']);
    expect(discord.rest.commands[0]?.body).toEqual(slashCommands(COMMANDS));
  });

  it('fails loudly on a rejected token', async () => {
    const bad = new REST({ api: discord.api, retries: 0 }).setToken('wrong');
    await expect(registerCommands({ rest: bad, applicationId: discord.world.applicationId, commands: COMMANDS, logger: silentLogger() })).rejects.toThrow(/401/);
  });
});
