import type { EntityMention, Sentence } from '../types.js';
import type { Candidate } from './extract.js';
import { isQualifier } from './roles.js';
import { SPEECH_VERBS, isHeadTitle } from './titles.js';

/**
 * Definite descriptions that the article has tied to a person: after "Secretary General Jens Stoltenberg" or
 * "Jens Stoltenberg, the NATO secretary-general", a later "the secretary general" or "the NATO secretary-general"
 * is a mention of Jens Stoltenberg. Only descriptions that point to exactly one person in the article are used.
 */
export function addRoleDescriptions(
  body: string,
  sentences: Sentence[],
  mentions: EntityMention[],
  candidates: Candidate[],
): EntityMention[] {
  const owners = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'person' || !m.role) continue;
    for (const phrase of rolePhrases(m.role)) {
      const set = owners.get(phrase) ?? new Set<string>();
      set.add(m.name);
      owners.set(phrase, set);
    }
  }
  const phrases = [...owners.entries()].filter(([, set]) => set.size === 1).sort((a, b) => b[0].length - a[0].length);
  if (phrases.length === 0) return mentions;
  const taken: Array<[number, number]> = [];
  for (const m of mentions) taken.push([m.start, m.end]);
  for (const c of candidates) if (c.roleStart !== undefined && c.roleEnd !== undefined) taken.push([c.roleStart, c.roleEnd]);
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && a < e);
  const out = [...mentions];
  for (const [phrase, set] of phrases) {
    const name = [...set][0] as string;
    const pattern = new RegExp(`\\bthe\\s+${phrase.split(' ').map(escape).join('[\\s\\-‐]+')}(?![\\p{L}\\p{N}])`, 'giu');
    for (const s of sentences) {
      for (const m of s.text.matchAll(pattern)) {
        const start = s.start + (m.index ?? 0);
        const end = start + m[0].length;
        if (overlaps(start, end) || !endsNounPhrase(s.text.slice(end - s.start))) continue;
        taken.push([start, end]);
        out.push({ text: body.slice(start, end), start, end, type: 'person', sentence: s.index, name, role: body.slice(start, end).replace(/^the\s+/i, '') });
      }
    }
  }
  return out;
}

/**
 * What follows "the general" must end the noun phrase ("the general said", "the general’s", "the general."), or
 * "the general public" and "the president’s office" style phrases about something else would match.
 */
function endsNounPhrase(after: string): boolean {
  if (/^\s*(?:[^\s\p{L}\p{N}]|$)/u.test(after)) return true;
  const next = /^\s+([\p{L}’']+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
  return SPEECH_VERBS.has(next) || /^(?:has|had|was|is|will|would|could|should|may|might|must|can|did|does|also|then|who|himself|herself|and|but|on|in|at|after|before|during|to)$/.test(next) ||
    /^\p{Ll}+ed$/u.test(next);
}

/** Written-out forms of abbreviated ranks, so "Gen. X" also links "the general". */
const RANKS: Record<string, string> = {
  'gen.': 'general', 'maj.-gen.': 'major general', 'lt.-gen.': 'lieutenant general', 'brig.-gen.': 'brigadier general',
  'lt.': 'lieutenant', 'col.': 'colonel', 'capt.': 'captain', 'sgt.': 'sergeant', 'adm.': 'admiral', 'sen.': 'senator',
  'gov.': 'governor', 'rep.': 'representative', 'cmdr.': 'commander', 'maj.': 'major', 'prof.': 'professor',
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Lower-case comparison phrases for a role: the role itself and the role without leading qualifiers ("US Secretary
 * of Defense" -> also "secretary of defense"). Abbreviated ranks ("Gen.") and roles without a head title are skipped.
 */
function rolePhrases(written: string): string[] {
  const role = written.split(/\s+/).map((w) => RANKS[w.toLowerCase()] ?? w).join(' ');
  const words = role.split(/[\s\-‐]+/).filter(Boolean);
  if (words.some((w) => w.endsWith('.')) || words.length > 6) return [];
  if (!words.some((w) => isHeadTitle(w) || isHeadTitle(w.toLowerCase()))) {
    if (!isHeadTitle(role.toLowerCase().split(/\s+/).pop() ?? '')) return [];
  }
  const out = new Set<string>([words.join(' ').toLowerCase()]);
  let k = 0;
  while (k < words.length - 1 && isQualifier((words[k] as string).replace(/[’']s$/, ''))) k++;
  if (k > 0) out.add(words.slice(k).join(' ').toLowerCase());
  return [...out];
}
