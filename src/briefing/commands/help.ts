import type { CommandSpec } from '../../core/commands.js';
import type { Reply } from '../../core/reply.js';

/** Usage of every command (taken from the full list, so other modules' commands appear too), plus how to ask. */
export function helpReply(commands: readonly CommandSpec[], lead?: string): Reply {
  const sorted = [...commands].sort((a, b) => a.name.localeCompare(b.name));
  return {
    kind: 'help',
    title: 'sitrep commands',
    sections: [
      ...(lead ? [{ blocks: [{ type: 'text' as const, text: { text: lead, cites: [] } }] }] : []),
      { blocks: [{ type: 'bullets', items: sorted.map((c) => ({ text: `${c.usage} — ${c.summary}`, cites: [] })) }] },
      {
        heading: 'Questions',
        blocks: [
          {
            type: 'text',
            text: {
              text: 'Or ask in plain words (mention the bot, or /ask): who said training was suspended? what did Stoltenberg say about Iran? how many soldiers are in Iraq? when did the ambassadors meet? what happened on Saturday?',
              cites: [],
            },
          },
        ],
      },
    ],
    citations: [],
  };
}

export function helpCommand(list: () => readonly CommandSpec[]): CommandSpec {
  return {
    name: 'help',
    usage: '/help',
    summary: 'Lists every command with its usage.',
    async run(_args, ctx) {
      // The dispatcher knows every registered command (digest ones too); fall back to the configured list.
      return helpReply(ctx.commands ?? list());
    },
  };
}
