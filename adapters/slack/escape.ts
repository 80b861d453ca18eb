/**
 * Slack text safety, both ways.
 *
 * Outgoing: `&`, `<` and `>` are Slack's control characters (`<!channel>`, `<@U123>`, `<url|label>`), so every
 * piece of user or article text has them entity-escaped before it reaches any text object, plain_text included.
 * The only `<...>` a rendered message contains are the links built by `link()` here.
 *
 * Incoming: Slack sends message and command text with the same three characters escaped and with mentions,
 * channels and links in angle-bracket form; `slackToPlain` turns that into the plain text the core expects.
 */

/** Entity-escapes the three characters Slack parses (and nothing else: Slack decodes only these). */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `escapeText(text).length` without building the string (the splitter measures many candidate cuts). */
export function escapedLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 38) n += 4; // & -> &amp;
    else if (c === 60 || c === 62) n += 3; // < -> &lt;  > -> &gt;
  }
  return n;
}

const ZWSP = '\u200B';

/**
 * Escapes text for a mrkdwn object and keeps its own `*`, `_`, `~` and backticks from pairing into formatting: mrkdwn
 * has no escape character, so each marker is fenced with zero-width spaces, which breaks the word-boundary rule
 * formatting needs. Used only for short frame strings (titles, outlets, headings); verbatim words (quotes, cited
 * text) are rendered as plain_text and never altered.
 */
export function escapeMrkdwn(text: string): string {
  return escapeText(text).replace(/[*_~`]/g, (m) => `${ZWSP}${m}${ZWSP}`);
}

/** Only http(s) URLs become links; anything else (javascript:, mailto:, junk) is shown as text by the caller. */
export function safeUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // The WHATWG serialisation percent-encodes spaces, quotes and angle brackets; `|` would end the URL part of a
  // Slack link and `&` must be an entity like everywhere else.
  return url.href.replace(/\|/g, '%7C').replace(/&/g, '&amp;');
}

/** A mrkdwn link `<url|label>` with an escaped label, or the escaped label alone when the URL is not http(s). */
export function link(url: string | undefined, label: string): string {
  const safe = safeUrl(url);
  const text = escapeMrkdwn(label).replace(/\|/g, '¦');
  return safe === undefined ? text : `<${safe}|${text}>`;
}

/**
 * Slack's escaped, angle-bracketed text -> plain text: `<@U1|ann>` -> `@ann`, `<#C1|ops>` -> `#ops`,
 * `<!here>` -> `@here`, `<https://x|label>` -> `label (https://x)`, `&lt;` -> `<`.
 */
export function slackToPlain(text: string): string {
  const plain = text.replace(/<([^<>]*)>/g, (_whole, inner: string) => {
    const bar = inner.indexOf('|');
    const target = bar >= 0 ? inner.slice(0, bar) : inner;
    const label = bar >= 0 ? inner.slice(bar + 1) : undefined;
    if (target.startsWith('@')) return `@${label ?? target.slice(1)}`;
    if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
    if (target.startsWith('!')) {
      const special = target.slice(1).split('^')[0] ?? '';
      return label ?? `@${special}`;
    }
    return label !== undefined && label !== target ? `${label} (${target})` : target;
  });
  return plain.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
