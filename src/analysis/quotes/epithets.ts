/**
 * Definite epithets for someone already named. News names a person once and then refers back with what they are in
 * general: "Ann Roe founded Veltra ... the Veltra founder said", "Nevada rancher Tom Lee ... the rancher said", "the
 * 45-year-old told reporters". A reader joins the description to the one named person it fits: the person given that
 * description (or the organisation/place word of it) where they were named, or else the only person in focus.
 *
 * Only nouns for what someone is in general (occupations, status, fame): institutional roles ("the judge", "the
 * spokesman") often introduce someone new and stay with the role rules of discourse.ts.
 */
import { escapeRegExp } from './names.js';

/** Nouns for what a person is in general, which news uses as a definite epithet for the person in focus. */
const PERSON_EPITHETS = new Set(
  `founder cofounder co-founder boss star superstar singer singer-songwriter songwriter rapper musician guitarist
  drummer frontman frontwoman comedian comic actor actress filmmaker rancher farmer tycoon billionaire millionaire
  mogul magnate entrepreneur businessman businesswoman philanthropist industrialist financier investor heiress
  socialite celebrity chef designer artist painter sculptor photographer novelist author poet host presenter
  broadcaster anchor athlete player golfer boxer swimmer sprinter cyclist skier gymnast wrestler quarterback
  striker midfielder goalkeeper veteran activist campaigner blogger influencer youtuber explorer adventurer
  mountaineer climber astronaut inventor scientist economist historian academic politician champion medallist
  medalist olympian`.split(/\s+/),
);

/**
 * Nouns that also name whoever holds the thing in a story ("the owner of the shop", "the owner said" of a shop never
 * tied to anyone): they refer back only to a person the text ties them to, never just to the person in focus.
 */
const LINK_ONLY = new Set(['owner', 'co-owner', 'landlord', 'landlady']);

/** "the 45-year-old": an age for a named person. */
const AGE_EPITHET = /^(\d{1,3})-year-old$/;

/** Verb forms that give the noun's description in a clause ("Ann Roe founded Veltra", "Tom Lee hosts the show"). */
const VERB_FORMS: Record<string, string[]> = {
  founder: ['founded', 'co-founded', 'cofounded', 'founds'],
  cofounder: ['co-founded', 'cofounded'],
  'co-founder': ['co-founded', 'cofounded'],
  host: ['hosted', 'hosts', 'hosting'],
  farmer: ['farms', 'farmed'],
  rancher: ['ranches'],
  owner: ['owns', 'owned', 'co-owns'],
  'co-owner': ['co-owns'],
};

/** Epithets news uses for one another's person ("pop star Ann Roe ... the singer"; "the presenter" for a host). */
const KINDRED: string[][] = [
  ['singer', 'star', 'superstar', 'singer-songwriter', 'songwriter', 'rapper', 'musician', 'frontman', 'frontwoman'],
  ['founder', 'cofounder', 'co-founder'],
  ['host', 'presenter', 'anchor', 'broadcaster'],
  ['actor', 'actress', 'star', 'superstar'],
  ['comedian', 'comic'],
  ['tycoon', 'billionaire', 'mogul', 'magnate', 'businessman', 'businesswoman', 'entrepreneur', 'industrialist'],
  ['author', 'novelist', 'writer', 'poet'],
];

/** The head and the epithets written for the same kind of person. */
function kindred(head: string): string[] {
  return [...new Set([head, ...KINDRED.filter((g) => g.includes(head)).flat()])];
}

/** Lower-case words that may stand in a person's epithet without saying which person (ages, fame, tenure). */
const PLAIN_MODIFIERS = /^(?:former|ex|late|veteran|famed|famous|legendary|embattled|outspoken|controversial|disgraced|beleaguered|retired|young|old|elderly|pop|rock|country|reality|tv|billionaire|celebrity|star|fellow|self-made|would-be|longtime|long-time|one-time|onetime|acclaimed|award-winning|best-selling|bestselling|prolific|wealthy|reclusive|eccentric|flamboyant|maverick|iconic|popular|[\p{L}-]+-born|[\p{L}-]+-based|[\p{L}-]+-winning)$/u;

export function isPersonEpithet(head: string): boolean {
  return PERSON_EPITHETS.has(head) || LINK_ONLY.has(head) || AGE_EPITHET.test(head) || head === 'parent';
}

export interface EpithetCandidate {
  name: string;
  /** Lowercased words of the role the person was given. */
  roleWords: string[];
  /** Last offset at which the text referred to the person (by name or pronoun; objects rank just before their sentence). */
  at: number;
}

/** How far (characters) a description may stand from the name it is written next to. */
const BEFORE_NAME = 45;
const AFTER_NAME = 90;

/**
 * The one candidate a definite epithet ("the", head, modifiers as written) at `at` fits, or undefined. `focusStart`
 * is where the text in focus begins (the previous paragraph): with no candidate linked to the words, the only person
 * named since then is the one meant.
 */
export function epithetHolder(body: string, at: number, head: string, modifiers: string[], candidates: EpithetCandidate[], focusStart: number): string | undefined {
  if (!isPersonEpithet(head)) return undefined;
  // An unknown lower-case modifier may be what sets the person apart ("the dairy farmer" among farmers): only
  // capitalised words (an organisation or place) and plain ones are read.
  const anchors = modifiers.filter((m) => /^\p{Lu}/u.test(m)).map((m) => m.replace(/['’]s?$/, ''));
  if (modifiers.some((m) => !/^\p{Lu}/u.test(m) && !PLAIN_MODIFIERS.test(m.toLowerCase()) && !/^\d/.test(m))) return undefined;
  const earlier = body.slice(0, at);
  // "Billionaire Tom Reyes" and "Tom Reyes" are one person: the shorter name stands for both.
  const canonical = (name: string): string => candidates.map((c) => c.name).filter((n) => n === name || name.endsWith(` ${n}`)).sort((a, b) => a.length - b.length)[0] ?? name;
  const distinct = (list: EpithetCandidate[]): string[] => [...new Set(list.map((c) => canonical(c.name)))];
  const kin = kindred(head);
  const description = descriptionPatterns(head, kin, anchors);
  const linked = candidates.filter((c) => kin.some((h) => c.roleWords.includes(h)) || describedAt(earlier, c.name, description));
  const linkedNames = distinct(linked);
  if (linkedNames.length === 1) return linkedNames[0];
  if (linkedNames.length > 1) return undefined;
  if (LINK_ONLY.has(head)) return undefined;
  // People named in the text in focus; when nobody is, the people referred to there by pronoun.
  const focus = body.slice(focusStart, at);
  // "During an interview with Vanity Fair's John Heilpern, the designer admitted": a name earlier in the epithet's own
  // sentence is someone else (the writer would use a pronoun for the same person).
  const sentenceStart = Math.max(focusStart, lastSentenceBreak(body, at));
  const ownSentence = body.slice(sentenceStart, at);
  // "Dunaway wasn't as gregarious. The presenter told THR": the one person named in the sentence just before, in the
  // same paragraph, is the one the epithet picks up.
  const prevStart = lastSentenceBreak(body, Math.max(0, sentenceStart - 2));
  const previous = body.slice(prevStart, sentenceStart);
  if (prevStart >= focusStart && sentenceStart > prevStart && !/\n\s*\n/.test(previous)) {
    const justNamed = distinct(candidates.filter((c) => mentionPattern(c.name).test(previous)));
    if (justNamed.length === 1) return justNamed[0];
  }
  const named = candidates.filter((c) => mentionPattern(c.name).test(focus) && !mentionPattern(c.name).test(ownSentence));
  const inFocus = named.length > 0 ? named : candidates.filter((c) => c.at >= focusStart && c.at < at);
  const focusNames = distinct(inFocus);
  return focusNames.length === 1 ? focusNames[0] : undefined;
}

/** Where the sentence holding `at` starts: after the last sentence end or paragraph break before it. */
function lastSentenceBreak(body: string, at: number): number {
  const before = body.slice(Math.max(0, at - 400), at);
  const ends = [...before.matchAll(/[.!?]["”’]?\s+(?=["“‘]?\p{Lu}|$)|\n\s*\n/gu)];
  const last = ends[ends.length - 1];
  return last ? Math.max(0, at - 400) + (last.index ?? 0) + last[0].length : Math.max(0, at - 400);
}

/** The full name or the surname alone, as a whole word. */
function mentionPattern(name: string, flags = 'u'): RegExp {
  const surname = name.split(/\s+/).pop() as string;
  return new RegExp(`(?<![\\p{L}])(?:${escapeRegExp(name)}|${escapeRegExp(surname)})(?![\\p{L}])`, flags);
}

/** The words of one epithet as patterns, built once per epithet rather than once per candidate it is tried on. */
interface DescriptionPatterns {
  /** The age of an age epithet ("45" for "the 45-year-old"), read only after the name. */
  age: string | undefined;
  head: RegExp;
  anchors: RegExp[];
}

function descriptionPatterns(head: string, kin: string[], anchors: string[]): DescriptionPatterns {
  const age = AGE_EPITHET.exec(head)?.[1];
  const headPattern = age !== undefined
    ? new RegExp(`(?:,\\s*${age}\\s*[,)]|\\b${age}-year-old\\b|\\baged\\s+${age}\\b|\\(${age}\\))`)
    : new RegExp(`(?<![\\p{L}-])(?:${kin.flatMap((h) => [h, ...(VERB_FORMS[h] ?? [])]).map(escapeRegExp).join('|')})(?![\\p{L}-])`, 'iu');
  const anchorPatterns = anchors.map((a) => new RegExp(`(?<![\\p{L}])${escapeRegExp(a)}(?![\\p{L}])`, 'u'));
  return { age, head: headPattern, anchors: anchorPatterns };
}

/** Whether a mention of `name` (in full, or its surname) in `text` is written next to the description's words. */
function describedAt(text: string, name: string, { age, head: headPattern, anchors: anchorPatterns }: DescriptionPatterns): boolean {
  for (const m of text.matchAll(mentionPattern(name, 'gu'))) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = clipSentence(text.slice(Math.max(0, start - BEFORE_NAME), start), 'before');
    const after = clipSentence(text.slice(end, end + AFTER_NAME), 'after');
    const near = `${before} ${after}`;
    if (headPattern.test(age !== undefined ? after : near)) return true;
    if (anchorPatterns.length > 0 && anchorPatterns.every((p) => p.test(near))) return true;
  }
  return false;
}

/** The part of a window on one side of a name that lies in the name's own sentence. */
function clipSentence(window: string, side: 'before' | 'after'): string {
  if (side === 'before') return window.split(/[.!?]["”’]?\s+|\n\s*\n/).pop() ?? '';
  return window.split(/[.!?]["”’]?(?:\s|$)|\n\s*\n/)[0] ?? '';
}
