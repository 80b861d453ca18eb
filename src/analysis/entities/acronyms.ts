/**
 * Acronyms an article defines: news writes an organisation's full name once with its acronym in parentheses ("the
 * Maritime Employers Association (MEA)") and the acronym alone afterwards ("the MEA said"). The full name is the
 * organisation's canonical name, so every later use of the acronym is a mention of it.
 */
import type { EntityMention, Sentence } from '../types.js';
import { isFirstName } from './gazetteer.js';
import { isQualifier } from './roles.js';

/** Lower-case words an acronym may skip or take a letter from ("Bureau of Investigation", "Ministry of Defence"). */
const MINOR_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'el', 'et', '&', 'to', 'der', 'die', 'das', 'van', 'von', 'di', 'da', 'del', 'della', 'y']);

/** "MEA", "N.A.T.O.", "MoD": the letters an acronym spells, upper case; undefined when it is not acronym-shaped. */
function acronymLetters(text: string): string | undefined {
  const t = text.trim().replace(/^the\s+/i, '');
  if (!/^(?:\p{Lu}\.?){2,}$|^\p{Lu}[\p{L}]{1,6}$/u.test(t)) return undefined;
  const letters = t.replace(/[^\p{Lu}]/gu, '');
  // "MoD", "DfE": a mixed-case acronym keeps its capitals; a plain word ("Paris") is not an acronym.
  return letters.length >= 2 ? letters : undefined;
}

/**
 * Whether `acronym` abbreviates `name`: its letters, in order, are the initials of the name's capitalised words
 * (each must give one), optionally with a further letter from inside a word ("NAVFAC") and the initial of a minor
 * word ("Ministry of Defence" = MoD, "Bank of England" = BoE or BE).
 */
export function acronymFits(acronym: string, name: string): boolean {
  const letters = acronymLetters(acronym);
  if (!letters) return false;
  const words = name.replace(/^the\s+/i, '').split(/[\s\-‐–/]+/).filter(Boolean);
  if (words.length < 2) return false;
  const memo = new Map<string, boolean>();
  const fit = (w: number, l: number): boolean => {
    const key = `${w}:${l}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let ok = false;
    if (w === words.length) ok = l === letters.length;
    else {
      const word = words[w] as string;
      const minor = MINOR_WORDS.has(word.toLowerCase());
      if (minor && fit(w + 1, l)) ok = true;
      else if (l < letters.length && word[0]?.toUpperCase() === letters[l]) {
        // the word's initial, then up to two more of its letters in order
        const inner = word.slice(1).toUpperCase();
        ok = fit(w + 1, l + 1);
        let from = 0;
        for (let extra = 1; !ok && extra <= 2 && l + extra < letters.length; extra++) {
          const at = inner.indexOf(letters[l + extra] as string, from);
          if (at < 0) break;
          from = at + 1;
          ok = fit(w + 1, l + extra + 1);
        }
      }
    }
    memo.set(key, ok);
    return ok;
  };
  return fit(0, 0);
}

/** The defined full name and its type. */
export interface AcronymDefinition {
  name: string;
  type: EntityMention['type'];
}

/**
 * Acronym -> its full name, for every "Full Name (ACR)" in the article. The full name is the entity mention right
 * before the parenthesis, or, when the extractor did not take the words for a name ("Harbour Pilots Guild"), the
 * shortest run of capitalised words before it that the acronym abbreviates.
 */
export function definedAcronyms(body: string, mentions: EntityMention[]): Map<string, AcronymDefinition> {
  const out = new Map<string, AcronymDefinition>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (const [i, short] of sorted.entries()) {
    if (short.type === 'person') continue;
    const open = /\(\s*$/.exec(body.slice(Math.max(0, short.start - 3), short.start));
    if (!open || !/^\s*\)/.test(body.slice(short.end))) continue;
    const acronym = short.text.replace(/^the\s+/i, '');
    if (out.has(acronym) || !acronymLetters(acronym)) continue;
    const long = sorted[i - 1];
    const gap = long ? body.slice(long.end, short.start) : '';
    if (long && long.type !== 'person' && /^\s*\(\s*$/.test(gap) && (fitsWithQualifier(acronym, long.name) || fitsOutOfOrder(acronym, long.name))) {
      out.set(acronym, { name: long.name, type: long.type });
      continue;
    }
    const before = body.slice(Math.max(0, short.start - 160), short.start).replace(/\s*\(\s*$/, '');
    const written = nameBefore(before, acronym);
    if (written) out.set(acronym, { name: written, type: 'organization' });
  }
  return out;
}

/**
 * "US Consumer Product Safety Commission (CPSC)": the acronym may leave out a leading country qualifier, which stays
 * part of the full name.
 */
export function fitsWithQualifier(acronym: string, name: string): boolean {
  if (acronymFits(acronym, name)) return true;
  const [first, ...rest] = name.replace(/^the\s+/i, '').split(/\s+/);
  return first !== undefined && rest.length >= 2 && isQualifier(first) && acronymFits(acronym, rest.join(' '));
}

/**
 * "the U.N. Population Fund (UNFPA)", "the Islamic State (ISIS)": many acronyms keep the letters of an older or a
 * foreign-language name, so they do not spell the English name in order. Written directly after an organisation's
 * name in parentheses, the acronym is still its short form when it starts with the name's first initial and holds
 * every initial of its capitalised words (a dotted abbreviation gives all its letters).
 */
export function fitsOutOfOrder(acronym: string, name: string): boolean {
  const letters = acronymLetters(acronym);
  if (!letters) return false;
  const initials = name
    .replace(/^the\s+/i, '')
    .split(/[\s\-‐–/]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !MINOR_WORDS.has(w.toLowerCase()))
    .flatMap((w) => (/^(?:\p{Lu}\.){2,}$/u.test(w) ? w.replace(/\./g, '').split('') : [w[0] as string]));
  if (initials.length < 2 || initials[0] !== letters[0] || letters.length > initials.length + 2) return false;
  const pool = letters.split('');
  for (const i of initials) {
    const at = pool.indexOf(i);
    if (at < 0) return false;
    pool.splice(at, 1);
  }
  return true;
}

/** The shortest run of capitalised (and minor) words ending `text` that `acronym` abbreviates. */
function nameBefore(text: string, acronym: string): string | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const run: string[] = [];
  for (let k = words.length - 1; k >= 0 && run.length < 10; k--) {
    const w = words[k] as string;
    if (/[.,;:!?)]$/.test(w) && run.length > 0) break;
    if (!/^\p{Lu}[\p{L}’'&.-]*$/u.test(w) && !MINOR_WORDS.has(w.toLowerCase())) break;
    run.unshift(w);
    if (/^\p{Lu}/u.test(w) && run.length >= 2 && acronymFits(acronym, run.join(' '))) {
      const before = words[k - 1];
      return before !== undefined && isQualifier(before) ? `${before} ${run.join(' ')}` : run.join(' ');
    }
  }
  return undefined;
}

/**
 * Gives every organisation mention of an acronym the full name as its local canonical name: the name the article
 * defined it with ("Maritime Employers Association (MEA)"), else the one multi-word organisation named earlier whose
 * initials it spells (reporters often drop the parenthesis: "the Oyo State Electoral Commission ... OSEC said").
 */
export function expandAcronyms(body: string, mentions: EntityMention[]): EntityMention[] {
  const defined = definedAcronyms(body, mentions);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return mentions.map((m) => {
    if (m.type === 'person') return m;
    const acronym = m.text.replace(/^the\s+/i, '').replace(/[’']s$/, '');
    const full = defined.get(acronym) ?? earlierFit(sorted, m, acronym);
    return full && full.name !== m.name ? { ...m, type: full.type, name: full.name } : m;
  });
}

function earlierFit(sorted: EntityMention[], m: EntityMention, acronym: string): AcronymDefinition | undefined {
  if (!acronymLetters(acronym) || acronym.length < 3) return undefined;
  const fits = new Map<string, AcronymDefinition>();
  for (const o of sorted) {
    if (o.start >= m.start) break;
    if (o.type === 'organization' && o.name.includes(' ') && acronymFits(acronym, o.name)) fits.set(o.name, { name: o.name, type: o.type });
  }
  return fits.size === 1 ? [...fits.values()][0] : undefined;
}

/**
 * "The Gewerkschaft der Polizei (GdP) warned": a definition whose full name the extractor did not take for a name
 * (no institution word, foreign words) and whose acronym is mixed-case still names an organisation. Adds mentions for
 * the full name and for every later use of the acronym that no other mention covers.
 */
export function addDefinedOrganizations(body: string, sentences: Sentence[], mentions: EntityMention[]): EntityMention[] {
  const added: EntityMention[] = [];
  /** Acronym -> full name, to retype mentions that took the acronym alone for a person ("The GdP said"). */
  const renamed = new Map<string, string>();
  const covered = (start: number, end: number, except?: string): boolean =>
    [...mentions, ...added].some((m) => m.start < end && start < m.end && m.text !== except);
  const sentenceAt = (at: number): number => sentences.find((x) => x.start <= at && at < x.end)?.index ?? -1;
  for (const m of body.matchAll(/\((\p{Lu}[\p{L}&.]{1,9})\)/gu)) {
    const acronym = m[1] as string;
    const at = (m.index ?? 0) + 1;
    if (!acronymLetters(acronym) || covered(at, at + acronym.length, acronym)) continue;
    const written = nameBefore(body.slice(Math.max(0, at - 161), at - 1).replace(/\s+$/, ''), acronym);
    if (!written) continue;
    const start = body.lastIndexOf(written, at - 1);
    if (start < 0 || !/^\s*$/.test(body.slice(start + written.length, at - 1))) continue;
    const name = written.replace(/^the\s+/i, '');
    const nameStart = start + written.length - name.length;
    // A name the extractor took for a person ("Verband der Fischer") is an organisation once it has an acronym,
    // unless it opens with a given name ("John F. Kennedy (JFK)").
    const taken = mentions.find((m) => m.start === nameStart && m.text === name);
    const asPerson = taken?.type === 'person' && !isFirstName(name.split(/\s+/)[0] as string);
    if (!asPerson && covered(start, start + written.length)) continue;
    const sentence = sentenceAt(start);
    if (sentence < 0) continue;
    if (asPerson) renamed.set(name, name);
    else added.push({ text: name, start: nameStart, end: start + written.length, type: 'organization', sentence, name });
    renamed.set(acronym, name);
    const uses = new RegExp(`(?<![\\p{L}\\p{N}])${acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const u of body.slice(at).matchAll(uses)) {
      const uStart = at + (u.index ?? 0);
      const uSentence = sentenceAt(uStart);
      if (uSentence < 0 || covered(uStart, uStart + acronym.length)) continue;
      added.push({ text: acronym, start: uStart, end: uStart + acronym.length, type: 'organization', sentence: uSentence, name });
    }
  }
  if (renamed.size === 0) return mentions;
  const retyped = mentions.map((m) => {
    const name = renamed.get(m.text.replace(/[’']s$/, ''));
    if (!name) return m;
    const out: EntityMention = { ...m, type: 'organization', name };
    delete out.role;
    return out;
  });
  return [...retyped, ...added];
}
