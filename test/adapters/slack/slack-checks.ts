import type { SlackMessage } from '../../../adapters/slack/blocks.js';

/** Every text a message shows (fallback excluded), in block order. */
export function allTexts(m: SlackMessage): string[] {
  return m.blocks.flatMap((b) => {
    switch (b.type) {
      case 'header':
      case 'section':
        return [b.text.text];
      case 'context':
        return b.elements.map((e) => e.text);
      case 'actions':
        return b.elements.map((e) => e.text.text);
      case 'divider':
        return [];
    }
  });
}

/** Our own links: `<http(s)://...|label>` with no control characters inside. */
const OWN_LINK = /<https?:\/\/[^\s<>|]+\|[^<>]*>/g;

/**
 * Everything in a message that Slack would parse as a control sequence (a ping, a channel or user mention, a link
 * we did not build, or a raw `&` that is not one of the three entities). Empty means the message pings no one.
 */
export function pingsOrLinks(m: SlackMessage): string[] {
  const found: string[] = [];
  const texts = [m.text, ...allTexts(m)];
  for (const t of texts) {
    const withoutLinks = t.replace(OWN_LINK, '');
    for (const bad of withoutLinks.match(/[<>]|&(?!amp;|lt;|gt;)/g) ?? []) found.push(`${bad} in ${JSON.stringify(t.slice(0, 80))}`);
  }
  for (const b of m.blocks) {
    if (b.type === 'header' || b.type === 'section') {
      if (b.text.type === 'plain_text' && /<https?:/.test(b.text.text)) found.push('link in plain_text');
      if (b.text.type === 'mrkdwn' && b.text.verbatim !== true) found.push('mrkdwn without verbatim');
    }
  }
  return found;
}
