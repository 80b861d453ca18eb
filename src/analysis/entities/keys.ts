import { normalizeName } from '../text/names.js';

/** Lookup key for a name, alias or role: normalised, without a leading article or possessive. */
export function aliasKey(text: string): string {
  return normalizeName(text.trim().replace(/[’']s$/i, '')).replace(/^(?:the|a|an) /, '').replace(/ s$/, '');
}

/** "Jens Stoltenberg" -> "jens-stoltenberg"; "Qāsem" -> "qasem". */
export function slugify(name: string): string {
  return normalizeName(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'entity';
}
