/**
 * Two titles joined by "and" before a name: "said Facebook founder and CEO, Mark Zuckerberg", "co-founder and chief
 * executive Ann Roe". The "and" joins the titles of one person, not two speakers, so the name is the speaker and the
 * titles are the role.
 */
import { parseTokens, type SpeakerPhrase } from './phrase.js';
import type { Token } from './tokens.js';

const TITLE = String.raw`(?:co-?)?(?:founder|CEO|COO|CFO|CTO|chairman|chairwoman|chair|president|chief\s+executive(?:\s+officer)?|owner|director|managing\s+director|editor(?:-in-chief)?|publisher|partner|head|creator|principal)`;
const WORD = String.raw`\p{Lu}[\p{L}.&'’-]*`;
/** Optional employer words, the joined titles, an optional "of Employer", then optionally the name itself. */
const JOINT = new RegExp(
  String.raw`^((?:the\s+)?(?:${WORD}\s+){0,4}${TITLE}(?:\s*,\s*${TITLE})*\s+and\s+${TITLE}(?:\s+of\s+(?:the\s+)?${WORD}(?:\s+${WORD}){0,4})?)(?:\s+(${WORD}(?:\s+${WORD}){1,3}))?$`,
  'iu',
);

interface Piece {
  tokens: Token[];
  start: number;
  end: number;
}

/** The person holding the joined titles of `first`: named at its end or in the piece right after it, or null. */
export function jointTitleHolder(first: Piece, next: Piece | undefined): SpeakerPhrase | null {
  const written = first.tokens.map((t) => t.text).join(' ');
  const m = JOINT.exec(written);
  if (!m?.[1]) return null;
  const role = m[1].replace(/^the\s+/i, '');
  const named = m[2];
  const nameTokens = named ? first.tokens.slice(first.tokens.length - named.split(/\s+/).length) : next?.tokens;
  if (!nameTokens || nameTokens.length < 2 || !/^\p{Lu}/u.test(nameTokens[0]?.text ?? '')) return null;
  const person = parseTokens(nameTokens);
  if (person?.kind !== 'person' || !person.name.includes(' ')) return null;
  const end = named || !next ? first.end : next.end;
  const text = named || !next ? written : `${written}, ${person.text}`;
  return { ...person, start: first.start, end, text, role };
}
