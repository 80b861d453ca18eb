import type { Article } from '../../corpus/article.js';
import { tokenize, type Token } from '../text/tokens.js';
import type { EntityMention, EntityType, Sentence } from '../types.js';
import { addDefinedOrganizations, expandAcronyms } from './acronyms.js';
import { linkInstitutionWords, linkOrganizationShortForms } from './short-forms.js';
import { spellOutAbbreviatedNames } from './spelled-out.js';
import { findChunks } from './chunks.js';
import { joinInstitutionNames } from './joined-names.js';
import { isInstitutionWord, looksLikePersonName, phraseType } from './classify.js';
import { isCommonWord, isFirstName, isLastName, isPlaceName } from './gazetteer.js';
import { addRoleDescriptions } from './descriptions.js';
import { hasOrgContext } from './org-evidence.js';
import { assignLocalNames } from './local-names.js';
import { appositionAfter, isQualifier, roleBefore, splitRole } from './roles.js';
import { SPEECH_VERBS, isHonorific, isTitleWord } from './titles.js';

/** A mention before per-article resolution; `type: 'single'` is a lone capitalised word still to be decided. */
export interface Candidate {
  type: EntityType | 'single';
  start: number;
  end: number;
  sentence: number;
  /** Body offsets of the role written with the name. */
  roleStart?: number;
  roleEnd?: number;
  /** Lower-case word right after the name (for "Esper said"). */
  nextWord: string;
  /** An honorific or title preceded the name, so it is a person even when alone ("Mr. Esper", "President Trump"). */
  titled: boolean;
  /**
   * For a multi-word person: something beyond capitalisation says it is a person (a title or role, a known first or
   * last name, an initial, a speech verb). Without it, the name must be confirmed elsewhere in the article.
   */
  evidence?: boolean;
  /** A lone word whose context marks it as an organisation ("airline SkyVista", "SkyVista’s fleet"). */
  orgContext?: boolean;
  /** The word opens its sentence, where ordinary words are capitalised too. */
  atOpening?: boolean;
}

/**
 * People, organisations and places mentioned in the article, with the role written next to a person's name and the
 * per-article canonical name (`name`): a later "Stoltenberg" gets the "Jens Stoltenberg" written earlier.
 */
export function extractMentions(article: Article, sentences: Sentence[]): EntityMention[] {
  const candidates: Candidate[] = [];
  for (const s of sentences) {
    const tokens = tokenize(s.text, s.start);
    for (const chunk of joinInstitutionNames(tokens, findChunks(tokens))) {
      if (isQuotedTitle(article.body, tokens, chunk.from, chunk.to)) continue;
      candidates.push(...classifyChunk(tokens, chunk.from, chunk.to, s.index));
    }
  }
  const local = linkOrganizationShortForms(expandAcronyms(article.body, assignLocalNames(article.body, candidates)));
  const mentions = spellOutAbbreviatedNames(addDefinedOrganizations(article.body, sentences, local));
  return linkInstitutionWords(addRoleDescriptions(article.body, sentences, mentions, candidates).sort((a, b) => a.start - b.start));
}

/**
 * Capitalised words that fill a quotation on their own (“The Greatest Love,” “Paper Moon.”) are the title of a work,
 * or a nickname, not a mention of a person or organisation: news writes names bare and titles in quotation marks.
 */
function isQuotedTitle(body: string, tokens: Token[], from: number, to: number): boolean {
  const start = (tokens[from] as Token).start;
  const end = (tokens[to - 1] as Token).end;
  const before = body.slice(Math.max(0, start - 6), start);
  const after = body.slice(end, end + 4);
  return /[“"‘]\s*(?:(?:The|A|An)\s+)?$/.test(before) && /^(?:['’]s)?[,.!?]?[”"’]/.test(after);
}

/**
 * "Dismissing Kahn's claims, ...", "Asked whether ...": a clause opening the sentence with a participle capitalises
 * it; a word in -ing or -ed that the name lists do not know ("Browning", "Reed" are names) is no given name.
 */
function isOpeningParticiple(word: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}(?:ing|ed)$/u.test(word) && !isFirstName(word) && !isLastName(word);
}

/** Words after a name that only follow people ("X, who ...", "X himself"). */
const PERSON_NEXT = new Set(['who', 'whose', 'himself', 'herself']);
/** Verbs whose object is a person ("watched Koa Ren race", "interviewed Ama Lo"); a company is not thanked or hugged. */
const PERSON_OBJECT_VERBS = new Set(['watched', 'interviewed', 'thanked', 'hugged', 'married', 'met', 'asked', 'told', 'urged', 'congratulated', 'comforted', 'consoled', 'embraced']);

function span(tokens: Token[], from: number, to: number): { start: number; end: number } {
  return { start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end };
}

function words(tokens: Token[], from: number, to: number): string[] {
  return tokens.slice(from, to).map((t) => t.text);
}

/** The chunk opens its sentence (or a quotation or parenthesis), where any word is capitalised. */
function opensSentence(tokens: Token[], at: number): boolean {
  return at === 0 || (tokens[at - 1]?.kind === 'punct' && /^[“"‘'(\[—–-]$/.test((tokens[at - 1] as Token).text));
}

function classifyChunk(tokens: Token[], chunkFrom: number, to: number, sentence: number): Candidate[] {
  let from = chunkFrom;
  // "Passing Janet Jackson", "Follow Jimmy": an ordinary word capitalised only because it opens the sentence
  const first = (tokens[from] as Token).text;
  if (to - from >= 2 && opensSentence(tokens, from) && (isCommonWord(first) || isOpeningParticiple(first)) && !isTitleWord(first) && !isHonorific(first) &&
    !phraseType(words(tokens, from, to).join(' '), words(tokens, from, to)) && looksLikePersonName(words(tokens, from + 1, to))) {
    from++;
  }
  // "Shares of Kanto Steel Corp.", "Members of the Pilots Guild": a sentence-opening ordinary noun and its "of" are
  // not part of the organisation named after them ("Friends of the Earth", whose rest names no organisation, stays).
  if (to - from >= 3 && opensSentence(tokens, from) && /^(?:of|for)$/.test(tokens[from + 1]?.text ?? '') &&
    !isTitleWord(first) && !isInstitutionWord(first) && !isFirstName(first) && !isLastName(first) && !phraseType(first, [first])) {
    const rest = from + (tokens[from + 2]?.text === 'the' ? 3 : 2);
    const restWords = words(tokens, rest, to);
    if (rest < to && phraseType(restWords.join(' '), restWords) === 'organization') from = rest;
  }
  const out: Candidate[] = [];
  const base = (type: Candidate['type'], f: number, t: number): Candidate => ({
    type,
    ...span(tokens, f, t),
    sentence,
    nextWord: tokens[t]?.kind === 'word' ? (tokens[t] as Token).text.toLowerCase() : '',
    titled: false,
  });
  if (to - from >= 3 && opensSentence(tokens, from) && isGluedDateline(words(tokens, from, to))) {
    out.push(base('place', from, from + 1));
    from++;
  }
  const all = words(tokens, from, to);
  const phrase = all.join(' ');
  const split = splitRole(tokens, from, to);
  // "Ken Abe of Kyoto University", "Ann Roe of the Harbour Trust": a person's name and the body they belong to,
  // not one organisation ("Bank of America" has no personal name before its "of").
  const ofBody = tokens.findIndex((t, k) => k >= from + 2 && k < to - 1 && t.text === 'of');
  if (ofBody > 0) {
    const before = words(tokens, from, ofBody);
    const bodyFrom = tokens[ofBody + 1]?.text === 'the' ? ofBody + 2 : ofBody + 1;
    const body = words(tokens, bodyFrom, to);
    const personal = words(tokens, split.nameFrom < ofBody ? split.nameFrom : from, ofBody);
    if (personal.length >= 2 && personal.length <= 3 && looksLikePersonName(personal) && !phraseType(before.join(' '), before) && body.length > 0 &&
      phraseType(body.join(' '), body) === 'organization') {
      return [...classifyChunk(tokens, chunkFrom, ofBody, sentence), ...classifyChunk(tokens, bodyFrom, to, sentence)];
    }
  }
  const known = phraseType(phrase, all);
  // A title only introduces a person when a name-like part follows it: "Justice Department" is an organisation.
  const titledName = split.hasHead && split.nameFrom < to && (to - split.nameFrom > 1 || !known);
  if (known && !titledName) {
    out.push(base(known, from, to));
    return out;
  }
  // Qualifiers inside a role are mentions of their own: "US" in "US Secretary of Defense Mark Esper".
  for (let k = split.roleFrom; k < split.roleEnd; k++) {
    const w = (tokens[k] as Token).text;
    const type = isQualifier(w) ? phraseType(w, [w]) : undefined;
    if (type) out.push(base(type, k, k + 1));
  }
  const nameFrom = split.nameFrom;
  if (nameFrom >= to) return out;
  // "Sen. Ann Roe of Ohio", "Ada Ruiz of Chile": a personal name never holds "of"; the place after it is where
  // the person is from (US legislators are written this way), a mention of its own.
  const of = tokens.findIndex((t, k) => k >= nameFrom + 2 && k < to - 1 && t.text === 'of');
  if (of > 0) {
    const before = words(tokens, nameFrom, of);
    const place = words(tokens, of + 1, to);
    if ((split.hasHead || nameFrom > from || isFirstName(before[0] as string)) && looksLikePersonName(before) && isPlaceName(place.join(' '))) {
      return [...classifyChunk(tokens, chunkFrom, of, sentence), base('place', of + 1, to)];
    }
  }
  const nameWords = words(tokens, nameFrom, to);
  const titled = split.hasHead || nameFrom > from;
  if (!titled && nameWords.length === 1) {
    const single = base('single', nameFrom, to);
    single.orgContext = hasOrgContext(tokens, nameFrom);
    single.atOpening = opensSentence(tokens, nameFrom);
    out.push(single);
    return out;
  }
  if (!looksLikePersonName(nameWords)) {
    const type = phraseType(nameWords.join(' '), nameWords);
    if (type) out.push(base(type, nameFrom, to));
    return out;
  }
  const person = base('person', nameFrom, to);
  person.titled = titled;
  attachRole(tokens, person, split.hasHead ? split : undefined, from, to);
  person.evidence = titled || person.roleStart !== undefined || isFirstName(nameWords[0] as string) ||
    nameWords.some((w) => isLastName(w) || /^\p{Lu}\.$/u.test(w)) || SPEECH_VERBS.has(person.nextWord) ||
    PERSON_NEXT.has(person.nextWord) || (tokens[to]?.text === ',' && PERSON_NEXT.has(tokens[to + 1]?.text ?? '')) || SPEECH_VERBS.has(tokens[from - 1]?.text.toLowerCase() ?? '') ||
    (nameWords.length === 2 && PERSON_OBJECT_VERBS.has(tokens[from - 1]?.text.toLowerCase() ?? '')) ||
    (tokens[to]?.text === ',' && /^\d{1,3}$/.test(tokens[to + 1]?.text ?? '')); // "Adel Abdul-Mahdi, 77,"

  out.push(person);
  return out;
}

/**
 * "NAIROBI Prime Minister ...", "Berlin Olaf Brandt said": a dateline whose dash was lost in capture, glued to the
 * words that open the story. An upper-case place before anything, or a place (not also a given name, as "Jordan" or
 * "Paris" are) before a given name and a surname.
 */
function isGluedDateline(chunk: string[]): boolean {
  const [place, next] = chunk;
  if (place === undefined || next === undefined) return false;
  if (/^\p{Lu}{4,}$/u.test(place)) return isPlaceName(place[0] + place.slice(1).toLowerCase());
  return isPlaceName(place) && !isFirstName(place) && isFirstName(next) && looksLikePersonName(chunk.slice(1));
}

/** Role from the title prefix, a lower-case title before the chunk, or an apposition after the name. */
function attachRole(
  tokens: Token[],
  person: Candidate,
  split: { roleFrom: number; roleEnd: number } | undefined,
  chunkFrom: number,
  chunkTo: number,
): void {
  const before = roleBefore(tokens, chunkFrom);
  if (split && split.roleEnd > split.roleFrom) {
    person.roleStart = (tokens[before && before.to === chunkFrom ? before.from : split.roleFrom] as Token).start;
    person.roleEnd = (tokens[split.roleEnd - 1] as Token).end;
    return;
  }
  const after = tokens[chunkTo - 1]?.possessive ? undefined : appositionAfter(tokens, chunkTo);
  const role = before ?? after;
  if (!role) return;
  person.roleStart = (tokens[role.from] as Token).start;
  person.roleEnd = (tokens[role.to - 1] as Token).end;
}
