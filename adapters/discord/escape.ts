/**
 * Making article and user text render literally in Discord markdown: no accidental bold, spoilers, headings, masked
 * links, mention chips or timestamps. Discord drops a backslash before any ASCII punctuation, so escaping a
 * harmless character costs one invisible char and never shows.
 */

/** Characters that mean something anywhere in a line. `<` covers mentions (<@id>, <@&role>, <#chan>), <t:…>, <:emoji:id>. */
const INLINE = /[\\*_~`|<>[\]]/g;
/** Line starts that Discord reads as headings (#), subtext (-#), lists (- + 1.) or block quotes (handled by INLINE >). */
const LINE_START = /^(\s*)(#|-|\+|\d+\.)/gm;
/** Bare links are left alone: escaping an underscore inside one would break the link Discord makes of it. */
const URL = /https?:\/\/[^\s<>|*~`\\[\]]+/g;

function escapePlain(text: string): string {
  return text.replace(INLINE, (c) => `\\${c}`).replace(LINE_START, (_m, space: string, mark: string) =>
    mark.endsWith('.') ? `${space}${mark.slice(0, -1)}\\.` : `${space}\\${mark}`,
  );
}

/** Escapes `text` so Discord shows exactly these characters. */
export function escapeMarkdown(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL)) {
    const start = m.index;
    out += escapePlain(text.slice(last, start)) + m[0];
    last = start + m[0].length;
  }
  return out + escapePlain(text.slice(last));
}

/**
 * A URL safe inside a masked link `[label](url)`: http(s) only, with the characters that would end the link or
 * break the markdown percent-encoded. Anything else gives undefined (the renderer shows no link).
 */
export function linkTarget(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new globalThis.URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.href.replace(/[()<>[\]\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
