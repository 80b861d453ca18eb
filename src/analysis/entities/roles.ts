import type { Token } from '../text/tokens.js';
import { isCapWord } from './chunks.js';
import { looksLikePersonName } from './classify.js';
import { isDemonym, isKnownOrganization, isPlaceName } from './gazetteer.js';
import { isOccupationBeforeName, isOccupationNoun } from './occupations.js';
import { MODIFIER_TITLES, isHeadTitle, isHonorific, isTitleWord, titleKey } from './titles.js';

/** A qualifier that may open a title: "US", "Canadian", "NATO", "Iraqi". */
export function isQualifier(word: string): boolean {
  return isDemonym(word) || isPlaceName(word) || isKnownOrganization(word) || /^\p{Lu}{2,6}$/u.test(word) ||
    /^(?:\p{Lu}\.){2,}$/u.test(word);
}

export interface RoleSplit {
  /** Tokens [from, roleEnd) are the role (may be empty); [nameFrom, to) the name. */
  roleFrom: number;
  roleEnd: number;
  nameFrom: number;
  /** True when the role holds a head title (so the rest is a person's name). */
  hasHead: boolean;
}

/**
 * Splits a capitalised chunk into a leading role and the name: "US Secretary of Defense Mark Esper" ->
 * role "US Secretary of Defense", name "Mark Esper". Qualifiers (demonyms, countries, organisations) only belong to
 * the role when a title follows them; honorifics ("Mr.") are skipped and are not roles.
 */
export function splitRole(tokens: Token[], from: number, to: number): RoleSplit {
  let i = from;
  while (i < to - 1 && isQualifier((tokens[i] as Token).text) && isTitleWord((tokens[i + 1] as Token).text)) i++;
  // qualifiers must be directly followed by a title word; otherwise there is no role
  let j = i;
  let lastHead = -1;
  let honorificOnly = true;
  while (j < to) {
    const w = (tokens[j] as Token).text;
    if (isHonorific(w)) {
      j++;
      continue;
    }
    if (isTitleWord(w)) {
      if (isHeadTitle(w)) lastHead = j;
      honorificOnly = false;
      j++;
      continue;
    }
    if (isOccupationBeforeName(tokens, j, to)) {
      // "Councilman Rafael Dominguez": an occupation written as a title
      lastHead = j;
      honorificOnly = false;
      j++;
      break;
    }
    const lw = w.toLowerCase();
    if ((lw === 'of' || lw === 'for') && lastHead >= 0) {
      // complement of a title: "Secretary of Defense", "Minister for Foreign Affairs", "Chief of the Defence Staff"
      let k = j + 1;
      if ((tokens[k] as Token | undefined)?.text.toLowerCase() === 'the') k++;
      let took = 0;
      while (k < to - 1 && isComplementWord((tokens[k] as Token).text)) {
        k++;
        took++;
      }
      if (took === 0) break;
      j = k;
      lastHead = k - 1;
      continue;
    }
    break;
  }
  if (lastHead < 0) {
    const inner = titleInside(tokens, from, to);
    if (inner >= 0) return { roleFrom: from, roleEnd: inner + 1, nameFrom: inner + 1, hasHead: true };
    // "Mr. Smith": skip the honorific; "Iranian Qassem Soleimani": the demonym is not part of the name
    let n = from;
    while (n < to - 1 && (isHonorific((tokens[n] as Token).text) || isDemonym((tokens[n] as Token).text))) n++;
    return { roleFrom: from, roleEnd: from, nameFrom: n, hasHead: false };
  }
  if (honorificOnly) return { roleFrom: from, roleEnd: from, nameFrom: j, hasHead: false };
  let nameFrom = lastHead + 1;
  while (nameFrom < to && isHonorific((tokens[nameFrom] as Token).text)) nameFrom++;
  let roleFrom = from;
  while (roleFrom < lastHead && isHonorific((tokens[roleFrom] as Token).text)) roleFrom++;
  return { roleFrom, roleEnd: lastHead + 1, nameFrom, hasHead: true };
}

/**
 * "Urban Development Minister B.S. Rao", "City Council Member Ana Ruiz", "Harvard Professor Jane Doe": a head title
 * after capitalised words that are not titles themselves (a portfolio, a body, an employer) still ends a role when a
 * full personal name (two words or more) follows it. Returns the title's index, or -1.
 */
function titleInside(tokens: Token[], from: number, to: number): number {
  for (let k = to - 3; k > from; k--) {
    if (!isHeadTitle((tokens[k] as Token).text)) continue;
    const name = tokens.slice(k + 1, to).map((t) => t.text);
    if (name.some((w) => isTitleWord(w)) || !looksLikePersonName(name)) return -1;
    return tokens.slice(from, k).every((t) => isCapWord(t)) ? k : -1;
  }
  return -1;
}

function isComplementWord(word: string): boolean {
  return MODIFIER_TITLES.has(titleKey(word)) || isPlaceName(word) || isKnownOrganization(word) || word === 'the' ||
    /^(?:affairs|relations|veterans|commerce|industry|communications|information|war|peace|development|planning|mines|petroleum|oil|water|defense|defence|immigration|justice|public|works|operations|staff)$/i.test(word);
}

const CUT_WORDS = new Set([
  'as', 'who', 'which', 'that', 'whose', 'when', 'where', 'after', 'before', 'since', 'because', 'while', 'said',
  'says', 'told', 'and', 'but', 'was', 'is', 'has', 'had', 'will', 'would', 'in', 'on', 'at',
]);

/** A span of tokens [from, to) holding a role phrase. */
export interface RoleSpan {
  from: number;
  to: number;
}

function hasRoleHead(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && isHeadTitle(t.text)) return true;
  }
  return false;
}

/**
 * Apposition after a name: "Jens Stoltenberg, the NATO secretary-general, told" -> "NATO secretary-general";
 * "Qasem Soleimani, head of Iran’s operations as commander ..." -> "head of Iran’s operations".
 */
export function appositionAfter(tokens: Token[], nameEnd: number): RoleSpan | undefined {
  const opening = separatorAfter(tokens, nameEnd);
  if (!opening) return undefined;
  let from = opening.next;
  const first = tokens[from]?.text.toLowerCase();
  const determined = first === 'the' || first === 'a' || first === 'an';
  // A dash opens many things (an aside, a list, a change of thought); only "— the/a ..." is an apposition.
  if (opening.dash && !determined) return undefined;
  if (determined) from++;
  let to = from;
  while (to < tokens.length && to - from < 12) {
    const t = tokens[to] as Token;
    if (t.kind === 'punct' && t.text !== '’' && t.text !== "'" && (t.text !== '-' || tokens[to + 1]?.text === '-')) break;
    if (to > from && CUT_WORDS.has(t.text.toLowerCase()) && t.text !== 'of') break;
    to++;
  }
  if (to === from) return undefined;
  if (!hasRoleHead(tokens, from, to)) {
    // "Ada Voss, the Idaho rancher turned activist,": an occupation noun after a few modifiers is the role; what
    // follows it is no part of it.
    if (!determined) return undefined;
    const head = tokens.slice(from, Math.min(to, from + 4)).findIndex((t) => isOccupationNoun(t.text));
    // "an interview with Ann Roe, the designer admitted that": a verb right after the noun makes it the subject of
    // the next clause, someone else, not this name's apposition.
    const next = tokens[from + head + 1]?.text ?? '';
    if (head >= 0 && /^\p{Ll}+(?:ed|s)$/u.test(next) && !/^(?:turned|based|born)$/.test(next)) return undefined;
    return head < 0 ? undefined : { from, to: from + head + 1 };
  }
  // "Trayvon Martin, President Obama said, ...": a title followed by a name is another person, not this one's role
  for (let k = from; k < to - 1; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (isHeadTitle(t.text) && isCapWord(next) && !isQualifier(next.text) && !isTitleWord(next.text)) return undefined;
    if (/^\p{Ll}+ed$/u.test(next.text) && isCapWord(t) && k > from) return undefined; // "... Obama bypassed ..."
  }
  return { from, to };
}

/** The comma or dash ("—", "–", "--") opening an apposition after tokens[nameEnd - 1], and the token after it. */
function separatorAfter(tokens: Token[], nameEnd: number): { next: number; dash: boolean } | undefined {
  const t = tokens[nameEnd]?.text;
  if (t === ',') return { next: nameEnd + 1, dash: false };
  if (t === '—' || t === '–') return { next: nameEnd + 1, dash: true };
  if (t === '-' && tokens[nameEnd + 1]?.text === '-') return { next: nameEnd + 2, dash: true };
  return undefined;
}

/**
 * A role written just before a name without capitals or after a comma: "NATO chief Jens Stoltenberg",
 * "defence secretary Ben Wallace", "the NATO secretary-general, Jens Stoltenberg,".
 */
export function roleBefore(tokens: Token[], nameFrom: number): RoleSpan | undefined {
  let from = nameFrom;
  let sawHead = false;
  while (from > 0) {
    const t = tokens[from - 1] as Token;
    if (t.kind !== 'word') break;
    const lower = t.text.toLowerCase();
    if (isCapWord(t) && !isQualifier(t.text)) break;
    if (isHeadTitle(lower)) sawHead = true;
    else if (!MODIFIER_TITLES.has(titleKey(lower)) && !(isCapWord(t) && isQualifier(t.text))) break;
    from--;
  }
  if (sawHead && from < nameFrom) return { from, to: nameFrom };
  if (tokens[nameFrom - 1]?.text === ',') {
    // reverse apposition: "the NATO secretary-general, Jens Stoltenberg"
    for (let s = nameFrom - 2; s >= 0 && s >= nameFrom - 9; s--) {
      const t = tokens[s] as Token;
      if (t.kind !== 'word' && t.text !== '-') break;
      if (t.text.toLowerCase() === 'the') {
        if (hasRoleHead(tokens, s + 1, nameFrom - 1)) return { from: s + 1, to: nameFrom - 1 };
        break;
      }
    }
  }
  return undefined;
}
