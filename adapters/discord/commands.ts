import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandOptionChoice,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandSpec } from '../../src/core/commands.js';
import { DISCORD_LIMITS as L } from './limits.js';

/**
 * Slash-command definitions built from the core's CommandSpec list: one command per spec, its options as string
 * options (topic options autocomplete). A spec that declares no options but whose usage shows arguments
 * ("/digest subscribe <topic> at <time>") gets one optional free-text option, `text`, so everything a user can type
 * in the console can be typed in Discord too.
 */

export type SlashCommand = RESTPostAPIChatInputApplicationCommandsJSONBody;

export interface TopicChoice {
  slug: string;
  title: string;
}

export class CommandDefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandDefinitionError';
  }
}

const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

/** UI text within `max`, cut at a word (command descriptions are labels, not quoted content). */
function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean === '' ? '-' : clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}

function checkName(name: string, what: string): string {
  if (!NAME.test(name)) throw new CommandDefinitionError(`${what} "${name}" is not a valid Discord name (lowercase, 1-32 letters, digits, - or _)`);
  return name;
}

export function slashCommands(specs: readonly CommandSpec[]): SlashCommand[] {
  const seen = new Set<string>();
  return specs.map((spec) => {
    const name = checkName(spec.name, 'command');
    if (seen.has(name)) throw new CommandDefinitionError(`command "${name}" is defined twice`);
    seen.add(name);
    const hasArgs = spec.usage.trim().split(/\s+/).length > 1;
    const declared = spec.options ?? (hasArgs ? [{ name: 'text', description: spec.usage, required: false }] : []);
    if (declared.length > L.commandOptions) throw new CommandDefinitionError(`command "${name}" has more than ${L.commandOptions} options`);
    // Discord wants required options before optional ones.
    const options = [...declared.filter((o) => o.required), ...declared.filter((o) => !o.required)].map((o) => ({
      type: ApplicationCommandOptionType.String as const,
      name: checkName(o.name, `option of /${name}`),
      description: shorten(o.description, L.commandDescription),
      required: o.required,
      ...(o.autocomplete === 'topic' ? { autocomplete: true } : {}),
    }));
    return {
      type: ApplicationCommandType.ChatInput,
      name,
      description: shorten(spec.summary, L.commandDescription),
      options,
      // Channel ids need a guild: the commands are offered in servers only.
      contexts: [InteractionContextType.Guild],
      integration_types: [ApplicationIntegrationType.GuildInstall],
    };
  });
}

/** Up to 25 topic choices for what the user has typed so far: prefix matches first, then substring matches. */
export function topicChoices(typed: string, topics: readonly TopicChoice[]): APIApplicationCommandOptionChoice<string>[] {
  const q = typed.trim().toLowerCase();
  const score = (t: TopicChoice): number => {
    const slug = t.slug.toLowerCase();
    const title = t.title.toLowerCase();
    if (q === '' || slug.startsWith(q) || title.startsWith(q)) return 0;
    return slug.includes(q) || title.includes(q) ? 1 : -1;
  };
  return topics
    .filter((t) => t.slug.length <= L.choiceValue && t.slug !== '')
    .map((t) => ({ t, s: score(t) }))
    .filter(({ s }) => s >= 0)
    .sort((a, b) => a.s - b.s)
    .slice(0, L.autocompleteChoices)
    .map(({ t }) => ({ name: shorten(t.title || t.slug, L.choiceName), value: t.slug }));
}
