import type { Quote } from '../analysis/types.js';
import type { EntityLookup } from '../core/library.js';
import type { Article } from '../corpus/article.js';
import { readableRole } from './roles.js';

export interface SpeakerLabel {
  /** Canonical name for a named person, the article's own description for anyone else. */
  speaker: string;
  /** Role for a named person ("NATO secretary-general"); "via <outlet>" for an unnamed source. */
  role?: string;
  named: boolean;
  /** No tag names the speaker: read from the sentence around the quote, and shown as such. */
  inferred?: boolean;
}

const NAMED_KINDS = new Set(['person']);

/**
 * How a quote's speaker is shown. Named people get their canonical corpus name and role; unnamed sources keep
 * exactly the description the article gives, and say which outlet it comes through: never a guessed name.
 */
export function speakerLabel(quote: Quote, article: Article, entities: EntityLookup): SpeakerLabel {
  const label = plainLabel(quote, article, entities);
  return quote.speaker.inferred === true && quote.speaker.kind !== 'unknown' ? { ...label, inferred: true } : label;
}

function plainLabel(quote: Quote, article: Article, entities: EntityLookup): SpeakerLabel {
  const s = quote.speaker;
  if (NAMED_KINDS.has(s.kind)) {
    const entity = (s.entityId ? entities.get(s.entityId) : undefined) ?? entities.lookup(s.name);
    const name = entity?.name ?? s.name;
    const written = s.role ?? entity?.roles[0];
    const role = written === undefined ? undefined : readableRole(written);
    return { speaker: name, ...(role ? { role } : {}), named: true };
  }
  if (s.kind === 'unknown' || s.name.trim() === '' || s.name === 'unknown') {
    return { speaker: 'an unidentified speaker', role: `via ${article.outlet}`, named: false };
  }
  return { speaker: s.name, role: `via ${article.outlet}`, named: false };
}

/**
 * "Jens Stoltenberg, NATO secretary-general" / "a NATO diplomat, via Agence France-Presse"; a speaker read from
 * context rather than a tag says so: "the ministry, via Reuters (inferred from context)".
 */
export function speakerLine(label: SpeakerLabel): string {
  const line = label.role ? `${label.speaker}, ${label.role}` : label.speaker;
  return label.inferred ? `${line} (inferred from context)` : line;
}
