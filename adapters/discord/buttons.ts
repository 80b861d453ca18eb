import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId } from 'discord.js';
import type { FollowUp } from '../../src/core/reply.js';
import { DISCORD_LIMITS } from './limits.js';

/**
 * Follow-up buttons carry the command they run in their custom_id, so a click still works after a restart (no
 * server-side state). A command too long for the 100-char custom_id gets no button rather than a broken one.
 */
const PREFIX = 'sitrep:';

export function buttonId(command: string): string | undefined {
  const id = `${PREFIX}${command}`;
  return id.length <= DISCORD_LIMITS.customId ? id : undefined;
}

/** The command a button runs, or undefined for a custom_id that is not ours. */
export function commandOfButton(customId: string): string | undefined {
  return customId.startsWith(PREFIX) ? customId.slice(PREFIX.length) : undefined;
}

/** A label within Discord's 80 chars, cut at a word when it must be (a label is UI, not quoted content). */
function label(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= DISCORD_LIMITS.buttonLabel) return clean || 'Run';
  const cut = clean.slice(0, DISCORD_LIMITS.buttonLabel);
  const space = cut.lastIndexOf(' ');
  return space > 20 ? cut.slice(0, space) : cut;
}

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** Rows of buttons for the follow-ups: at most 5 rows of 5; extras and over-long commands are left out. */
export function followUpRows(followUps: FollowUp[] | undefined): { rows: ButtonRow[]; omitted: number } {
  const buttons: APIButtonComponentWithCustomId[] = [];
  let omitted = 0;
  for (const f of followUps ?? []) {
    const customId = buttonId(f.command);
    // Discord refuses a message whose custom_ids repeat; the same command twice is one button.
    if (buttons.some((b) => b.custom_id === customId)) continue;
    if (customId === undefined || buttons.length >= DISCORD_LIMITS.actionRows * DISCORD_LIMITS.buttonsPerRow) {
      omitted += 1;
      continue;
    }
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: label(f.label), custom_id: customId });
  }
  const rows: ButtonRow[] = [];
  for (let i = 0; i < buttons.length; i += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow) });
  }
  return { rows, omitted };
}
