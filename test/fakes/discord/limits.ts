/**
 * What real Discord refuses with "50035 Invalid Form Body", checked on every message body the fake receives, and
 * what would ping someone. Written from Discord's documented limits, independently of the adapter's own constants,
 * so a wrong constant there cannot hide here.
 */

interface EmbedLike {
  title?: string;
  description?: string;
  url?: string;
  footer?: { text?: string };
  author?: { name?: string };
  fields?: { name?: string; value?: string }[];
}

interface ComponentLike {
  type?: number;
  custom_id?: string;
  label?: string;
  components?: ComponentLike[];
}

export interface MessageBody {
  content?: string;
  embeds?: EmbedLike[];
  components?: ComponentLike[];
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[]; replied_user?: boolean };
  nonce?: string | number;
  enforce_nonce?: boolean;
}

export function messageViolations(body: MessageBody): string[] {
  const out: string[] = [];
  const len = (s: string | undefined) => s?.length ?? 0;
  if (len(body.content) > 2000) out.push(`content ${len(body.content)} > 2000`);
  const embeds = body.embeds ?? [];
  if (embeds.length > 10) out.push(`${embeds.length} embeds > 10`);
  let total = 0;
  for (const [i, e] of embeds.entries()) {
    const fields = e.fields ?? [];
    if (len(e.title) > 256) out.push(`embed ${i} title ${len(e.title)} > 256`);
    if (len(e.description) > 4096) out.push(`embed ${i} description ${len(e.description)} > 4096`);
    if (len(e.footer?.text) > 2048) out.push(`embed ${i} footer > 2048`);
    if (len(e.author?.name) > 256) out.push(`embed ${i} author > 256`);
    if (fields.length > 25) out.push(`embed ${i} has ${fields.length} fields > 25`);
    for (const f of fields) {
      if (len(f.name) > 256 || len(f.name) === 0) out.push(`embed ${i} field name length ${len(f.name)}`);
      if (len(f.value) > 1024 || len(f.value) === 0) out.push(`embed ${i} field value length ${len(f.value)}`);
    }
    const size = len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name) + fields.reduce((n, f) => n + len(f.name) + len(f.value), 0);
    if (size === 0) out.push(`embed ${i} is empty`);
    total += size;
  }
  if (total > 6000) out.push(`embeds total ${total} > 6000`);
  if (len(body.content) === 0 && embeds.length === 0 && (body.components ?? []).length === 0) out.push('empty message');
  const rows = body.components ?? [];
  if (rows.length > 5) out.push(`${rows.length} action rows > 5`);
  const ids = new Set<string>();
  for (const row of rows) {
    const children = row.components ?? [];
    if (row.type !== 1) out.push('top-level component is not an action row');
    if (children.length > 5 || children.length === 0) out.push(`action row with ${children.length} components`);
    for (const c of children) {
      if (len(c.custom_id) > 100 || len(c.custom_id) === 0) out.push(`custom_id length ${len(c.custom_id)}`);
      if (len(c.label) > 80) out.push(`button label ${len(c.label)} > 80`);
      if (c.custom_id !== undefined && ids.has(c.custom_id)) out.push(`duplicate custom_id ${c.custom_id}`);
      if (c.custom_id !== undefined) ids.add(c.custom_id);
    }
  }
  if (body.nonce !== undefined && String(body.nonce).length > 25) out.push('nonce > 25 chars');
  if (body.enforce_nonce && body.nonce === undefined) out.push('enforce_nonce without nonce');
  return out;
}

/**
 * Whether this body may ping anyone: only `content` pings in Discord, and only what allowed_mentions lets through.
 * Anything but an explicit `parse: []` with no user/role allow-lists and no replied-user ping counts as unsafe.
 */
export function mayPing(body: MessageBody): boolean {
  const am = body.allowed_mentions;
  if (am === undefined) return true;
  return (am.parse ?? ['users', 'roles', 'everyone']).length > 0 || (am.users ?? []).length > 0 || (am.roles ?? []).length > 0 || am.replied_user === true;
}
