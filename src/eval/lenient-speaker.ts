/**
 * A second, lenient speaker comparison, reported beside the strict one. Labellers of real news disagree on how to
 * write the same speaker: the seed labels write "the diplomat" as the fuller earlier description ("another NATO
 * diplomat") while other labellers keep "the couple" where the text first said "a California couple"; some write an
 * organisation out in full ("Food and Drug Administration") where the text only ever says "FDA". A reader takes each
 * pair as one speaker, so the lenient figure accepts, on top of the strict rule:
 * - two descriptions (neither a person's name) with the same head noun where the words of one are all in the other
 *   ("the couple" = "a California couple", "the court" = "a federal appeals court"); never across another/second/
 *   former... ("a NATO diplomat" != "another NATO diplomat"), which name a different person;
 * - an all-capitals acronym and the name whose capitalised words it abbreviates ("FDA" = "Food and Drug
 *   Administration").
 * A surname alone is still not a person's full name, and "unknown" still matches only "unknown".
 */
import type { Speaker } from '../analysis/types.js';
import { normalizeSpeaker, speakerMatches } from './quotes-eval.js';

/** Words that make a description a different individual than the same words without them. */
const IDENTITY_WORDS = new Set(['another', 'other', 'second', 'third', 'fourth', 'former', 'first', 'one', 'two', 'three', 'both']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'some']);
const JOINERS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', '&']);

export function speakerMatchesLeniently(predicted: Pick<Speaker, 'kind' | 'name'>, gold: string): boolean {
  if (speakerMatches(predicted, gold)) return true;
  if (predicted.kind === 'unknown' || normalizeSpeaker(gold) === 'unknown') return false;
  return sameDescription(predicted, gold) || isAcronymOf(predicted.name, gold) || isAcronymOf(gold, predicted.name);
}

function words(name: string): string[] {
  return normalizeSpeaker(name)
    .split(' ')
    .filter((w) => w !== '' && !DETERMINERS.has(w));
}

function sameDescription(predicted: Pick<Speaker, 'kind' | 'name'>, gold: string): boolean {
  if (predicted.kind === 'person' || looksLikeName(gold)) return false;
  const p = words(predicted.name);
  const g = words(gold);
  if (p.length === 0 || g.length === 0 || p[p.length - 1] !== g[g.length - 1]) return false;
  if ([...p, ...g].some((w) => IDENTITY_WORDS.has(w))) return false;
  const [short, long] = p.length <= g.length ? [p, g] : [g, p];
  return short.every((w) => long.includes(w));
}

/** A person's name: two or more words, every one capitalised (a description starts lowercase or with "the"). */
function looksLikeName(name: string): boolean {
  const parts = name.trim().split(/\s+/);
  return parts.length >= 2 && parts.every((w) => /^\p{Lu}/u.test(w));
}

/** "FDA" abbreviates "Food and Drug Administration": its letters are the initials of the name's main words. */
function isAcronymOf(acronym: string, name: string): boolean {
  const a = acronym.trim().replace(/^the\s+/i, '').replace(/\./g, '');
  if (!/^\p{Lu}{2,6}$/u.test(a)) return false;
  const initials = name
    .trim()
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .filter((w) => w !== '' && !JOINERS.has(w.toLowerCase()))
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
  return initials === a;
}
