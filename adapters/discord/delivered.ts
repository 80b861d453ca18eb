import type { Message, SendableChannels } from 'discord.js';
import type { Logger } from '../../src/core/logger.js';

/**
 * Finding a past delivery by its idempotency key. Discord does not return a message's nonce when history is read,
 * so the key is also written in every footer ("2/3 · id <key>"); the delivery counts as sent when its LAST message
 * is there (pages go out in order, so the last one means all did). A partly posted delivery reads as not sent.
 */

const FOOTER = /^(?:(\d+)\/(\d+) · )?id (.+)$/;
/** History pages of 100 read at most; a key older than this many messages is reported as not found. */
const MAX_PAGES = 10;

export function footerCompletes(footer: string | undefined, key: string): boolean {
  const m = footer === undefined ? null : FOOTER.exec(footer);
  if (!m || m[3] !== key) return false;
  return m[1] === undefined || m[1] === m[2];
}

function completes(message: Message, botId: string, key: string): boolean {
  return message.author.id === botId && message.embeds.some((e) => footerCompletes(e.footer?.text, key));
}

export async function findDelivery(channel: SendableChannels, botId: string, key: string, since: Date, log: Logger): Promise<boolean> {
  if (!('messages' in channel)) return false;
  let before: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const batch = await channel.messages.fetch({ limit: 100, cache: false, ...(before !== undefined ? { before } : {}) });
    let reachedSince = batch.size < 100;
    for (const message of batch.values()) {
      if (message.createdTimestamp < since.getTime()) reachedSince = true;
      else if (completes(message, botId, key)) return true;
    }
    if (reachedSince) return false;
    // Oldest of the batch: the API lists newest first.
    before = [...batch.values()].reduce((a, b) => (BigInt(a.id) < BigInt(b.id) ? a : b)).id;
  }
  log.warn({ key, since: since.toISOString(), read: MAX_PAGES * 100 }, 'delivery not found within the history read; treating as not sent');
  return false;
}
