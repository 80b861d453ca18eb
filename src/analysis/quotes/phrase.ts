/**
 * Parses the words that name a speaker ("he", "a senior NATO official", "US President Ann Roe", "the Foreign
 * Ministry", "Britain, France and Germany") into a typed phrase. Parsing is strict: a phrase that does not look like
 * a speaker returns null, so attribution never invents a speaker out of ordinary narrative words.
 */
import {
  DETERMINERS,
  EPITHET_HEADS,
  FEMALE_NAMES,
  FEMALE_NOUNS,
  FEMALE_TITLES,
  MALE_NAMES,
  MALE_NOUNS,
  MALE_TITLES,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  ORG_HEADS,
  ORG_NAME_WORDS,
  PRONOUNS,
  ROUND_NUMBERS,
  SPEAKER_NOUNS,
  TITLE_JOINERS,
  TITLE_WORDS,
} from './lexicon.js';
import { isDemonym, isFirstName, isLastName, isPlaceName } from '../entities/gazetteer.js';
import { lexiconGender } from './given-names.js';
import { isCredential, nameStartIndex } from './person-name.js';
import { isPastVerbShape } from './verb-shape.js';
import { isAllCaps, isCalendarWord, isMixedInitialism, isCapitalized, possessiveOwner, singular, tokenize, type Token } from './tokens.js';

export type Gender = 'male' | 'female';

export interface SpeakerPhrase {
  kind: 'pronoun' | 'person' | 'description' | 'organization' | 'group';
  /** Offsets (relative to the parsed text's base) of the whole phrase as written. */
  start: number;
  end: number;
  text: string;
  /** Person: the name without titles. Description: determiner + words as written. Group: the list as written. */
  name: string;
  nameStart?: number;
  nameEnd?: number;
  role?: string;
  /** Description head noun, singular and lowercase ("diplomat"). */
  head?: string;
  determiner?: string;
  modifiers?: string[];
  complement?: string;
  plural?: boolean;
  gender?: Gender;
  pronoun?: keyof typeof PRONOUNS;
  /** "one"/"another" standing for a member of a group named just before ("fans ..., with one writing"). */
  elliptical?: boolean;
}

// Words that open a description's complement: "a spokesman for", "a source close to", "a person familiar with".
const PREPOSITIONS = new Set(['for', 'of', 'with', 'at', 'from', 'in', 'to', 'on', 'inside', 'within', 'close', 'familiar', 'briefed', 'knowledgeable']);
/** Countries and capitals that speak for a government ("Tehran has vowed", "Washington said"). */
const GOVERNMENT_METONYMS = new Set(
  `Iran Iraq Britain France Germany Russia China Israel Turkey Syria Canada Japan India Pakistan Ukraine Poland Italy
  Spain Egypt Jordan Lebanon Qatar Kuwait Yemen Libya Afghanistan Australia Mexico Brazil Tehran Washington Moscow
  Beijing London Paris Berlin Baghdad Damascus Ankara Kyiv Kiev Ottawa Tokyo Delhi Jerusalem Riyadh Cairo Brussels
  Seoul Pyongyang Taipei Canberra`.split(/\s+/),
);

export function parseSpeakerPhrase(text: string, base = 0): SpeakerPhrase | null {
  const tokens = tokenize(text, base).filter((t) => t.text !== '(' && t.text !== ')');
  if (tokens.length === 0 || tokens.some((t) => /^[,;:]$/.test(t.text))) return null;
  return parseTokens(tokens);
}

export function parseTokens(tokens: Token[]): SpeakerPhrase | null {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return null;
  // "of voters" (from "93 percent of voters said") is a fragment, not a speaker.
  if (PREPOSITIONS.has(first.text)) return null;
  // "That's when Ann Roe shouted": a pronoun contracted with "is" opens a clause; it names no one.
  if (/^(?:that|it|there|here|what|who|he|she|this|let)['’]s$/i.test(first.text)) return null;
  const titled = titleAtEmployer(tokens);
  if (titled) return titled;
  // "Anyone who dismissed it as “...”": an indefinite pronoun speaks for no one in particular.
  if (tokens.length === 1 && /^(?:anyone|anybody|everyone|everybody|nobody|whoever)$/i.test(first.text)) return null;
  // "Undaunted, he published ...", "Pressed on whether ...": a fronted participle is no name.
  // ("-ing" names are left alone: Barling, Manning, Harding.)
  if (tokens.length === 1 && /^\p{Lu}\p{Ll}{3,}ed$/u.test(first.text) && !isFirstName(first.text) && !isLastName(first.text)) return null;
  // "Adds Weir: “...”", "Added Lesh: “...”": a speech verb opening the sentence before the name is the inverted tag,
  // not a first name ("Said" is left alone: it is also a given name).
  if (tokens.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(first.text) && INVERTED_OPENERS.has(first.text.toLowerCase())) {
    return parseTokens(tokens.slice(1));
  }
  const span = { start: first.start, end: last.end, text: tokens.map((t) => t.text).join(' ') };
  const lower = first.text.toLowerCase();
  // "Citizens for Objective Public Education", "Mothers Against Drunk Driving": a capitalised plural noun for people
  // and a preposition before capitalised words is a body's name, not a description of citizens or mothers.
  if (tokens.length >= 3 && /^\p{Lu}\p{Ll}+s$/u.test(first.text) && /^(?:for|against|without)$/i.test(tokens[1]?.text ?? '')) {
    const rest = tokens.slice(2);
    if (rest.every((t) => isCapitalized(t.text) || /^(?:of|for|and|the|in|on|&)$/.test(t.text)) && isCapitalized((rest[rest.length - 1] as Token).text)) {
      return { kind: 'organization', ...span, name: span.text };
    }
  }
  if (tokens.length === 1 && lower in PRONOUNS) {
    return { kind: 'pronoun', ...span, name: lower, pronoun: lower as keyof typeof PRONOUNS };
  }
  // "Fans rallied round, with one writing: ..." / "Another added: ...": a member of the group just mentioned.
  if (tokens.length === 1 && (lower === 'one' || lower === 'another')) {
    return { kind: 'description', ...span, name: lower, determiner: lower, elliptical: true };
  }
  // "then someone yells, “...”", "Someone else shouts": an unseen speaker the text cannot name, kept as written.
  if ((lower === 'someone' || lower === 'somebody') && (tokens.length === 1 || (tokens.length === 2 && tokens[1]?.text === 'else'))) {
    return { kind: 'description', ...span, name: span.text.toLowerCase() };
  }
  // "said someone familiar with the incident", "someone close to the family": a described unnamed source.
  if ((lower === 'someone' || lower === 'somebody') && /^(?:familiar|close|with|at|in|from|who|inside|involved|briefed|knowledgeable)$/.test(tokens[1]?.text ?? '')) {
    return { kind: 'description', ...span, name: `${lower} ${span.text.split(/\s+/).slice(1).join(' ')}`, head: 'person', complement: tokens.slice(1).map((t) => t.text).join(' ') };
  }
  // "“...,” the two said": a counted group with no noun, the people just named together.
  if (tokens.length === 2 && lower === 'the' && /^(?:two|three|four|five)$/i.test(tokens[1]?.text ?? '')) {
    const count = (tokens[1] as Token).text.toLowerCase();
    return { kind: 'description', ...span, name: `the ${count}`, head: count, determiner: 'the', modifiers: [], plural: true };
  }
  // "One of them described it as ...": one member of the group just named, by the group's own description.
  if (tokens.length === 3 && (lower === 'one' || lower === 'another') && tokens[1]?.text === 'of' && /^(?:them|those)$/.test(tokens[2]?.text ?? '')) {
    return { kind: 'description', ...span, name: `${lower} of`, determiner: lower, elliptical: true };
  }
  const andAt = tokens.findIndex((t) => t.text === 'and' || t.text === '&');
  const ownedList = ownedPeople(tokens, andAt);
  if (ownedList) return { ...ownedList, start: span.start, end: span.end, text: span.text };
  if (andAt > 0 && tokens.every((t, i) => i === andAt || isCapitalized(t.text))) {
    const left = parseTokens(tokens.slice(0, andAt));
    const right = parseTokens(tokens.slice(andAt + 1));
    if (left && right && left.kind !== 'pronoun' && right.kind !== 'pronoun') {
      return { kind: 'group', ...span, name: span.text, plural: true };
    }
  }
  // "said residents Ann Roe and Tim Cole", "local farmers Ann Roe and Tom Lee": lowercase words ending in a plural
  // noun for people, before a list of names, describe the members; the listed names speak together.
  const capAt = tokens.findIndex((t) => isCapitalized(t.text));
  if (andAt > capAt && capAt > 0 && tokens.slice(0, capAt).every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text))) {
    const { word, plural } = singular((tokens[capAt - 1] as Token).text);
    const listed = plural && SPEAKER_NOUNS.has(word) ? parseTokens(tokens.slice(capAt)) : null;
    if (listed?.kind === 'group') return { ...listed, start: span.start, text: span.text, role: tokens.slice(0, capAt).map((t) => t.text).join(' ') };
  }
  // "the mayor and the governor", "both the union and the company", "Ann Roe and her husband", "Jo and Ann's family":
  // two determined speakers joined by "and" speak together.
  if (andAt > 0 && tokens.filter((t) => t.text === 'and').length === 1) {
    const lead = /^both$/i.test(first.text) ? 1 : 0;
    const left = parseTokens(tokens.slice(lead, andAt));
    const right = parseTokens(tokens.slice(andAt + 1));
    // At least one side is a description: a list of names is read by the capitalised-list rule above.
    const described = (p: SpeakerPhrase): boolean => p.head !== undefined && p.kind !== 'person';
    // "a lawyer and lobbyist Robert Miller": two roles of one named person (the second has no determiner of its own).
    const lower = (t: Token): boolean => /^\p{Ll}/u.test(t.text);
    if (left?.kind === 'description' && right?.kind === 'person' && tokens.slice(lead, andAt + 2).every(lower)) {
      return { ...right, start: span.start, text: span.text, role: tokens.slice(lead, andAt + 2).map((t) => t.text).join(' ').replace(/^(?:a|an|the)\s+/i, '') };
    }
    if (left && right && isDetermined(left) && isDetermined(right) && (described(left) || described(right))) {
      const words = tokens.slice(lead).map((t) => t.text);
      if (DETERMINERS.has((words[0] as string).toLowerCase())) words[0] = (words[0] as string).toLowerCase();
      return { kind: 'group', ...span, name: words.join(' '), plural: true };
    }
  }
  // "the Rev. Ada Moss", "the Hon. Sam Ruiz": clerical and parliamentary styles take "the" before the name (AP and
  // Commonwealth usage), so the phrase is a person, never "the ..." organisation a description parse would make of it.
  if (/^the$/i.test(first.text) && tokens.length >= 3 && STYLED_WITH_THE.test(tokens[1]?.text ?? '')) {
    const person = parseProperName(tokens.slice(1), span);
    if (person?.kind === 'person') return person;
  }
  // "the Oxford-educated Ann Roe", "the Lagos-born Tom Reyes": a hyphenated origin before a name describes the person.
  if (/^the$/i.test(first.text) && tokens.length >= 4 && /^\p{Lu}[\p{L}]+-(?:born|educated|raised|trained|bred)$/u.test(tokens[1]?.text ?? '')) {
    const person = parseProperName(tokens.slice(2), span);
    if (person?.kind === 'person') return person;
  }
  return describedAcronym(tokens, span) ?? parseDescription(tokens, span) ?? parseProperName(tokens, span) ?? theProperName(tokens, span);
}

/**
 * "the Tax Institute's Ann Roe and Tom Lee", "Acme's Ann Roe and Tom Lee": an employer's possessive before two
 * named people is context shared by both; the pair speaks, named without it.
 */
function ownedPeople(tokens: Token[], andAt: number): SpeakerPhrase | null {
  const ownerAt = tokens.findIndex((t, i) => i <= 4 && i < andAt - 1 && isCapitalized(t.text) && possessiveOwner(t.text) !== undefined);
  if (ownerAt < 0 || !tokens.slice(0, ownerAt).every((t, i) => isCapitalized(t.text) || (i === 0 && /^the$/i.test(t.text)))) return null;
  const rest = tokens.slice(ownerAt + 1);
  if (!rest.every((t) => t.text === 'and' || isCapitalized(t.text))) return null;
  const left = parseTokens(rest.slice(0, andAt - ownerAt - 1));
  const right = parseTokens(rest.slice(andAt - ownerAt));
  if (left?.kind !== 'person' || right?.kind !== 'person') return null;
  const name = rest.map((t) => t.text).join(' ');
  return { kind: 'group', start: (rest[0] as Token).start, end: (rest[rest.length - 1] as Token).end, text: name, name, plural: true };
}

/**
 * "the Red Cross said", "the Sierra Club warned": "the" before a capitalised name with no institution word in it is
 * an organisation's own name (a person's name never takes the article). Not a place ("the Grand Canyon") or a name
 * opening with a given name or a title ("the Ann Roe" is a fragment).
 */
function theProperName(tokens: Token[], span: { start: number; end: number; text: string }): SpeakerPhrase | null {
  const rest = tokens.slice(1);
  // One word after "the" ("the Spirit") is more often a short form of a name given in full, resolved elsewhere.
  if (!/^the$/i.test(tokens[0]?.text ?? '') || rest.length < 2 || rest.length > 4) return null;
  if (!rest.every((t, i) => (isCapitalized(t.text) && !possessiveOwner(t.text)) || (i > 0 && i < rest.length - 1 && TITLE_JOINERS.has(t.text)))) return null;
  const words = rest.map((t) => t.text);
  const name = words.join(' ');
  const lead = words[0] as string;
  if (isPlaceName(name) || isFirstName(lead) || TITLE_WORDS.has(lead) || NOT_NAMES.has(lead) || isCalendarWord(lead)) return null;
  // A capitalised "The" may be part of the name as written ("The Daily Herald"); the lowercase article is not.
  if (tokens[0]?.text === 'The') return { kind: 'organization', ...span, name: `The ${name}`, nameStart: tokens[0].start, nameEnd: span.end };
  return { kind: 'organization', ...span, name, nameStart: rest[0]?.start, nameEnd: span.end };
}

/**
 * "the state news agency SANA", "the official broadcaster NHK": an institution described, then named by its
 * acronym. The acronym speaks; the description is its role.
 */
function describedAcronym(tokens: Token[], span: { start: number; end: number; text: string }): SpeakerPhrase | null {
  const last = tokens[tokens.length - 1] as Token;
  if (tokens.length < 3 || !/^\p{Lu}{2,}$/u.test(last.text) || TITLE_WORDS.has(last.text)) return null;
  const head = tokens.slice(0, -1);
  const described = parseDescription(head, { start: span.start, end: (head[head.length - 1] as Token).end, text: head.map((t) => t.text).join(' ') });
  if (described?.kind !== 'organization' || described.plural || !described.determiner) return null;
  const role = described.name.replace(/^(?:a|an|the)\s+/i, '');
  return { kind: 'organization', ...span, name: last.text, nameStart: last.start, nameEnd: last.end, role };
}

/** A speaker that stands on its own in a pair: a named person or organisation, or a description with a determiner or
 * an owner ("the mayor", "her husband", "Roe's family"). */
function isDetermined(p: SpeakerPhrase): boolean {
  if (p.kind === 'pronoun' || p.elliptical || p.kind === 'group') return false;
  if (p.kind === 'person' || p.kind === 'organization') return true;
  return p.determiner !== undefined || /['’]s?$/.test(p.modifiers?.[0] ?? '');
}

/** Speech verbs that open an inverted tag at a sentence start ("Adds Weir:", "Counters Roe:"). */
const INVERTED_OPENERS = new Set(
  `adds added continues continued writes wrote explains explained notes noted recalls recalled concludes concluded
  insists insisted warns warned counters countered replies replied agrees agreed asks asked quips quipped
  offers offered sums summed`.split(/\s+/),
);

/** Broadcast media, written without an article when qualified: "state television said", "local radio reported". */
const BROADCAST_MEDIA = new Set(['television', 'tv', 'radio']);

/** Styles written after "the" and before a personal name. */
const STYLED_WITH_THE = /^(?:Rev\.?|Reverend|Revd\.?|Very|Rt\.?|Right|Most|Hon\.?|Honourable|Honorable)$/;

function parseDescription(tokens: Token[], span: { start: number; end: number; text: string }): SpeakerPhrase | null {
  const first = tokens[0] as Token;
  let i = 0;
  let determiner: string | undefined;
  if (DETERMINERS.has(first.text.toLowerCase())) {
    determiner = first.text.toLowerCase();
    i = 1;
  }
  // "South Sudan’s Ministry of Foreign Affairs", "New Zealand’s foreign ministry": a multi-word owner.
  if (!determiner) {
    const at = tokens.findIndex((t, j) => j <= 4 && j < tokens.length - 1 && possessiveOwner(t.text) !== undefined);
    if (at > 0 && tokens.slice(0, at).every((t) => isCapitalized(t.text))) i = at;
  }
  const owner = tokens[i] ? possessiveOwner((tokens[i] as Token).text) : undefined;
  // Head: the last word before a complement ("a spokesman for the ministry"), else the last word.
  let headAt = tokens.length - 1;
  for (let j = i + 1; j < tokens.length; j++) {
    if (PREPOSITIONS.has((tokens[j] as Token).text)) {
      headAt = j - 1;
      break;
    }
  }
  const head = tokens[headAt];
  if (!head || headAt < i) return null;
  const { word, plural } = singular(head.text);
  // "a couple of witnesses", "a pair of officers": a quantity, whose noun after "of" is the real head.
  if (QUANTITY_HEADS.has(word) && tokens[headAt + 1]?.text === 'of') return null;
  // "dozens of residents", "hundreds of nurses": a round number before "of" is part of how the group is written.
  if (headAt === i && ROUND_NUMBERS.test(head.text) && tokens[headAt + 1]?.text === 'of' && tokens.length > headAt + 2) {
    const rest = tokens.slice(headAt + 2);
    const inner = parseDescription(rest, { start: (rest[0] as Token).start, end: span.end, text: rest.map((t) => t.text).join(' ') });
    if (!inner?.plural || inner.determiner !== undefined) return null;
    const name = [...tokens.slice(0, headAt + 2).map((t) => t.text.toLowerCase()), inner.name].join(' ');
    return { ...inner, ...span, name };
  }
  // "BBC's Jonathan Head", "Ann Judge": a capitalised noun right after a given name is a surname, not a role.
  const prev = tokens[headAt - 1];
  if (isCapitalized(head.text) && determiner !== 'the' && !ORG_HEADS.has(word) && prev !== undefined && headAt - 1 >= i && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && isFirstName(prev.text)) return null;
  const isSpeakerNoun = SPEAKER_NOUNS.has(word) || isEpithet(word);
  const modifiers = tokens.slice(i, headAt).map((t) => t.text);
  if (modifiers.length > 6 || tokens.length - headAt > 10) return null;
  // "that Dale knew either victim" is a clause, not "that official": demonstratives take few modifiers.
  if (determiner && /^(?:this|that|these|those)$/.test(determiner) && modifiers.length > 1) return null;
  const properHead = isCapitalized(head.text) && !isSpeakerNoun;
  const orgWords = tokens.slice(i);
  const allProper = orgWords.every((t) => isCapitalized(t.text) || TITLE_JOINERS.has(t.text) || /^(?:on|in|at)$/.test(t.text));
  // "the Harbour Trust", "the Parks Department": a capitalised institution word heads a name, not a description.
  const properOrgHead = isCapitalized(head.text) && ORG_HEADS.has(word) && orgWords.length > 1;
  if (determiner === 'the' && (properHead || properOrgHead) && allProper && orgWords.some((t) => ORG_NAME_WORDS.has(t.text) || isAllCaps(t.text) || isMixedInitialism(t.text) || properOrgHead)) {
    // "the London-based Syrian Observatory ...": where it is based describes it; the name starts after.
    let from = 1;
    while (from < tokens.length - 1 && /-based$/i.test((tokens[from] as Token).text)) from++;
    const name = tokens.slice(from).map((t) => t.text).join(' ');
    return { kind: 'organization', ...span, name, nameStart: tokens[from]?.start, nameEnd: span.end };
  }
  if (!isSpeakerNoun) return null;
  // "a decision local farmers have called", "a move residents described as": "a" + one noun is the object fronted
  // before the clause, and the plural after it is the subject. A singular article never heads a plural noun unless
  // a quantity stands between them ("a few farmers", "a dozen residents", "an estimated 200 people").
  if ((determiner === 'a' || determiner === 'an') && plural && modifiers.length >= 1 && /^\p{Ll}+$/u.test(modifiers[0] as string)) {
    if (!modifiers.some((m) => /\d/.test(m) || QUANTITY_WORDS.has(m.toLowerCase()))) {
      const rest = tokens.slice(i + 1);
      const inner = rest.length > 0 ? parseDescription(rest, { start: (rest[0] as Token).start, end: span.end, text: rest.map((t) => t.text).join(' ') }) : null;
      return inner?.plural ? inner : null;
    }
  }
  // "would protect them during their campaigns", "the rule if the safety office": a clause fragment ending in a
  // speaker noun is not a description; a description's modifiers are adjectives and nouns, never function words.
  // A sentence-initial capital hides nothing ("It also wants players ..."); an all-caps "IT" stays a noun.
  if (modifiers.some((m) => CLAUSE_WORDS.has(/^\p{Lu}\p{Ll}*$/u.test(m) ? m.toLowerCase() : m))) return null;
  // "a statement the ministry", "In the footage experts": an article inside the modifiers ends one noun phrase and
  // starts another, and a leading preposition makes the whole an adverbial. A partitive keeps its article ("one of
  // the sources").
  const partitive = determiner !== undefined && modifiers[0] === 'of';
  // "the fishermen discovered experts", "the debris washed ashore": a lowercase "-ed" word right after a plural noun
  // is that noun's verb, not an adjective ("the two retired officers", "senior elected officials" keep theirs).
  if (!determiner && /^(?:and|or|but|nor)$/i.test(first.text)) return null;
  if (modifiers.some((m, j) => j > 0 && /^\p{Ll}+ed$/u.test(m) && /^\p{Ll}+(?:[^aiosu'’]s|men|ris)$/u.test(modifiers[j - 1] as string))) return null;
  // "Roe gave union officials": a past verb right after a capitalised word is a clause (name, verb, object).
  if (modifiers.some((m, j) => j > 0 && isPastVerbShape(m) && isCapitalized(modifiers[j - 1] as string))) return null;
  // "so far revealed several people": a quantifier after other words opens a new noun phrase, too.
  if (modifiers.some((m, j) => (j > 0 || determiner) && /^(?:several|some|many|most|these|those)$/i.test(m))) return null;
  if ((!partitive && modifiers.some((m, j) => (j > 0 || determiner) && /^(?:the|a|an)$/i.test(m))) || (!determiner && FRONTING_PREPOSITIONS.has(first.text.toLowerCase()))) return null;
  // Without a determiner only plurals ("officials", "US diplomats"), mass nouns ("police", "state television") or
  // possessives ("Iran’s foreign ministry") describe a source; "Official" alone is not a speaker.
  if (!determiner && !plural && !owner && !(BROADCAST_MEDIA.has(word) && modifiers.length > 0)) return null;
  // "Ada Banks", "Nell Judges" (also before a complement: "Ada Banks of the campaign"): two capitalised words ending
  // in a plural noun are a person's name; groups written with a capital ("Senate Democrats") head with an epithet.
  if (!determiner && !owner && plural && headAt === 1 && isCapitalized(head.text) && !isAllCaps(head.text)) {
    const firstWord = (tokens[0] as Token).text;
    if (isCapitalized(firstWord) && !isAllCaps(firstWord) && !isEpithet(word) && !ORG_NAME_WORDS.has(firstWord) && !TITLE_WORDS.has(firstWord)) {
      return null;
    }
  }
  if (!determiner && !owner && modifiers.some((m) => !isCapitalized(m) && !/^[a-z-]+$/.test(m))) return null;
  const complement = headAt < tokens.length - 1 ? tokens.slice(headAt + 1).map((t) => t.text).join(' ') : undefined;
  // "more retailers to hang out their shingles is evident from": a finite verb in the complement with no relative
  // pronoun to carry it makes the words a clause fragment, not a described source ("a person who was there" keeps it).
  if (complement && hasBareFiniteVerb(tokens.slice(headAt + 1).map((t) => t.text))) return null;
  // "both Democratic and Republican": "both" counts two of a plural noun; before a singular it joins adjectives.
  if (determiner === 'both' && !plural) return null;
  // "the accountant from X jumps up and", "X's boss once jokingly called him an": a clause cut at the quotation.
  if (isClauseFragment(tokens.map((t) => t.text))) return null;
  const written = tokens.map((t) => t.text);
  if (determiner) written[0] = determiner;
  else if (!isAllCaps(written[0] as string) && !owner && !isProperModifier(written[0] as string) && !isCapitalized(written[1] ?? '')) {
    // A sentence-initial capital is lowered ("Senior officials"), a name is not ("Eastmoor Public Schools officials").
    written[0] = (written[0] as string).toLowerCase();
  }
  const isOrg = ORG_HEADS.has(word);
  // "The firm of Pomerantz Grossman Hufford Dahlstrom & Gross": the firm is the one named after "of".
  const firmName = determiner === 'the' && /^(?:firm|company|practice)$/.test(word) && modifiers.length <= 1 ? /^of\s+((?:\p{Lu}[\p{L}.'’-]*|&)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|&|and)){0,6})$/u.exec(complement ?? '')?.[1] : undefined;
  if (firmName && /\p{Lu}/u.test(firmName)) return { kind: 'organization', ...span, name: firmName, nameStart: span.end - firmName.length, nameEnd: span.end };
  const gender = FEMALE_NOUNS.has(word) ? 'female' : MALE_NOUNS.has(word) ? 'male' : undefined;
  const result: SpeakerPhrase = {
    kind: isOrg ? 'organization' : 'description',
    ...span,
    name: written.join(' '),
    head: word,
    modifiers,
    // "American Airlines", "Paramount Studios": a capitalised institution noun in the plural names one body ("it").
    plural: plural && !(isOrg && isCapitalized(head.text)),
  };
  if (determiner) result.determiner = determiner;
  if (complement) result.complement = complement;
  if (gender) result.gender = gender;
  return result;
}

const QUANTITY_HEADS = new Set(['couple', 'pair']);

/**
 * "Brand Manager at KFC Jocelyn Bynoe", "Head of Marketing at Acme Ltd Tom Vale": a capitalised job title, "at" an
 * employer, then a given name and a surname. The person is the name at the end; the rest is their role.
 */
function titleAtEmployer(tokens: Token[]): SpeakerPhrase | null {
  const at = tokens.findIndex((t, i) => i > 0 && t.text === 'at');
  const given = tokens[tokens.length - 2];
  const surname = tokens[tokens.length - 1];
  if (at < 1 || !given || !surname || tokens.length - at < 4 || !isFirstName(given.text) || !/^\p{Lu}[\p{L}'’-]+$/u.test(surname.text)) return null;
  const title = tokens.slice(0, at).map((t) => t.text);
  const employer = tokens.slice(at + 1, -2).map((t) => t.text);
  if (!title.every((w) => /^\p{Lu}/u.test(w) || TITLE_JOINERS.has(w)) || !employer.every((w) => /^[\p{Lu}\d&]/u.test(w))) return null;
  if (!title.some((w) => SPEAKER_NOUNS.has(w.toLowerCase()) || TITLE_WORDS.has(w))) return null;
  const first = tokens[0] as Token;
  return {
    kind: 'person',
    start: first.start,
    end: surname.end,
    text: tokens.map((t) => t.text).join(' '),
    name: `${given.text} ${surname.text}`,
    nameStart: given.start,
    nameEnd: surname.end,
    role: [...title, 'at', ...employer].join(' '),
  };
}

/** Words a noun phrase never ends on, and adverbs that only modify a verb. */
const DANGLING_END = /^(?:and|or|but|an?|the|of|in|on|at|to|with|from|his|her|their|its|other|that|who|which)$/i;
const VERB_ADVERB = /^(?:often|always|never|once|also|still|usually|repeatedly|then|later|reportedly|allegedly)$/i;

/** A run of words that reads as the start of a clause rather than a noun phrase (see the caller). */
function isClauseFragment(words: string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (words.length > 2 && DANGLING_END.test(last)) return true;
  return words.slice(1).some((w) => VERB_ADVERB.test(w));
}

const FINITE_VERBS = new Set('is are was were has have had will would could should can may might must does did'.split(' '));
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when']);

/** Whether words after a head noun hold a finite verb before any relative pronoun ("to hang out ... is evident"). */
function hasBareFiniteVerb(words: string[]): boolean {
  for (const w of words) {
    if (RELATIVE_PRONOUNS.has(w.toLowerCase())) return false;
    if (FINITE_VERBS.has(w)) return true;
  }
  return false;
}

/** Words that let "a"/"an" stand before a plural: "a few farmers", "a dozen residents", "an estimated 200 people". */
const QUANTITY_WORDS = new Set(
  'few dozen score hundred thousand million billion couple further total record additional estimated reported extra mere good great whole lot handful number host'.split(' '),
);

/** Prepositions that open a fronted adverbial ("Across the region officials said"), never a description. */
export const FRONTING_PREPOSITIONS = new Set(
  `in on at across throughout after before during over under near around behind beyond along among amid amongst
  despite since until outside inside following from for with without within by via about against toward towards
  into onto upon like unlike`.split(/\s+/),
);

/** Function words (as written: "IT staff" is a noun) that only a clause, never a noun phrase's modifiers, contains.
 * "and"/"or" are left out: "family and friends" is a description. */
const CLAUSE_WORDS = new Set(
  `would will could should can may might must shall is are was were be been being has have had do does did not
  them him me us it they he she we you i if when whether because although though unless while during about into
  through than then there here what which who whom whose but so to also still already never ever often usually
  just`.split(/\s+/),
);

export function isEpithet(word: string): boolean {
  return EPITHET_HEADS.has(word) || /^\d+-year-old$/.test(word);
}

/** Capitalised modifiers that stay capitalised at the start of a description ("US officials", "Western diplomats"). */
function isProperModifier(w: string): boolean {
  if (isPlaceName(w) || isDemonym(w) || PARTY_MEMBERS.test(w)) return true; // "Michigan health officials", "Democrats"
  return isAllCaps(w) || (TITLE_WORDS.has(w) && !/^(?:Senior|Former|Acting|Deputy|Chief|Vice)$/.test(w));
}

/** Members of parties, written with a capital wherever they stand. */
const PARTY_MEMBERS = /^(?:Democrats|Republicans|Conservatives|Tories|Liberals|Socialists|Greens|Nationalists|Unionists|Labourites|Democrat|Republican)$/;

/** "al-Harbi", "el-Sisi", "bin-Salman": an Arabic article or patronymic joined to a surname, lowercase in a sentence. */
const JOINED_ARTICLE_NAME = /^(?:al|el|bin|ibn)-\p{Lu}/u;

/** "Theresa May", "Brian May": a month name right after a given name is a surname, not a date. */
function monthSurname(toks: Token[], j: number): boolean {
  return j > 0 && /^(?:May|March)$/.test(toks[j]?.text ?? '') && isFirstName(toks[j - 1]?.text ?? '');
}

function isNameToken(w: string, i = 1): boolean {
  if (NAME_PARTICLES.has(w) || NAME_SUFFIXES.has(w)) return true;
  if (/^\d{1,3}(?:st|nd|rd|th)$/.test(w)) return true; // "US 7th Fleet", "101st Airborne Division"
  if (i > 0 && /^\d{1,5}$/.test(w)) return true; // "CUPE Local 375", "Unite 42
  if (isCalendarWord(w)) return false;
  return /^[\p{Lu}][\p{L}'’.\-]*(?:&\p{Lu}[\p{L}\p{N}]*)?$/u.test(w) || JOINED_ARTICLE_NAME.test(w);
}

/** Capitalised sentence openers that are never a name ("Here are the main points."). */
export const NOT_NAMES = new Set(
  `Here There This That These Those It Its They Their He His She Her We Our My I You Your What When Where Why How Who
  Which Such Many Most Some All Both Each Every No None Nobody Everyone Officials Since After Before While Although
  Though But And Or As In On At For With From By If Because Yet So Then Now Today Yesterday Meanwhile However Still
  Also Only Even Just Finally Instead Later Earlier Once Until Unlike Like Despite During Under Over Among Through
  According Asked Speaking Whether Unless Whatever Whoever Last Next Others Another Plus Besides Moreover Furthermore
  Additionally Indeed Again Otherwise Thus Hence Therefore Nonetheless Nevertheless Anyway Overall Similarly Likewise
  Ultimately Apparently Initially Eventually Elsewhere Together Recently Previously Currently Separately Notably
  Specifically Regardless Hundreds Thousands Dozens Millions Scores Several Few Firstly Secondly Thirdly Fourthly
  Fifthly Lastly Importantly Crucially Frankly Honestly Admittedly Sadly Fortunately Unfortunately Luckily Interestingly
  Clearly Obviously Certainly Surely Basically Essentially Alternatively Conversely Consequently Accordingly
  Incidentally Naturally Predictably Tellingly Curiously Ironically Meantime Afterwards Subsequently Moments Seconds
  Minutes Hours Days Weeks Months Years Decades Note Update Updated Correction Clarification Disclaimer Addendum
  Postscript MORE READ CLICK SHARE WATCH VIDEO PHOTOS ADVERTISEMENT RELATED SUBSCRIBE CLOSE MENU`.split(/\s+/),
);

/** Ordinals that list points ("Third, nobody is saying ..."): alone they are never a name, though they open titles
 * and names ("First Lady", "Second Street", "Third Way"). */
const ORDINALS = new Set('First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth'.split(' '));

/** "Third,", "Finally,", "However,": a word that opens a sentence to order or link points, never a speaker. */
export function isDiscourseMarker(word: string): boolean {
  return ORDINALS.has(word) || NOT_NAMES.has(word);
}

/** Lowercase words that cannot end a role written before a name ("said the", "and"). */
const NOT_ROLE_END = new Set(
  `and or but of the a an to in on at that which who with from by for as was were is are has have had will would said
  says told about against over after before without regarding including like than into onto upon during despite
  toward towards via`.split(/\s+/),
);

function parseProperName(tokens: Token[], span: { start: number; end: number; text: string }): SpeakerPhrase | null {
  let toks = tokens;
  // "NATO’s Hartwig": the possessive owner is context, not part of the name.
  const owner = possessiveOwner((toks[0] as Token).text);
  if (owner && toks.length > 1) toks = toks.slice(1);
  // "the Herald’s Tom Lind", "Channel 9’s Rana Adil": an outlet or employer owning the name.
  const ownerAt = toks.findIndex((t, i) => i <= 3 && i < toks.length - 1 && isCapitalized(t.text) && possessiveOwner(t.text) !== undefined);
  if (ownerAt >= 0 && toks.slice(0, ownerAt).every((t, i) => isCapitalized(t.text) || (i === 0 && /^the$/i.test(t.text)))) {
    toks = toks.slice(ownerAt + 1);
  }
  // A role written in lowercase before the name ("union president Ivo Parr", "meteorologist Ana Prie").
  let lowerRole: string | undefined;
  const named = toks;
  const lastLower = findLastIndex(toks.map((t, j) => ({ t, j })), ({ t, j }) => !isNameToken(t.text) && !monthSurname(named, j) && !TITLE_JOINERS.has(t.text));
  if (lastLower >= 0) {
    const end = toks[lastLower] as Token;
    const rest = toks.slice(lastLower + 1);
    if (rest.length === 0 || NOT_ROLE_END.has(end.text) || !/^\p{Ll}[\p{Ll}\-]+$/u.test(end.text) || lastLower > 4) return null;
    if (!toks.slice(0, lastLower + 1).every((t) => /^[\p{L}\-'’.]+$/u.test(t.text))) return null;
    // "Zirkle reached Nulato", "Ann Roe visited Tom Lee": a name, then a verb, then a name is a clause whose object is
    // no speaker; a role never ends in a verb.
    const beforeEnd = toks[lastLower - 1];
    if (beforeEnd && isCapitalized(beforeEnd.text) && !TITLE_WORDS.has(beforeEnd.text) && isPastVerbShape(end.text)) return null;
    // "Gillum appeared at a predominantly African-American": a name and then a verb open a clause, no role.
    const opener = toks[0] as Token;
    if (lastLower >= 1 && isCapitalized(opener.text) && !TITLE_WORDS.has(opener.text) && isPastVerbShape((toks[1] as Token).text)) return null;
    lowerRole = toks.slice(0, lastLower + 1).map((t) => t.text).join(' ');
    toks = rest;
  }
  // "Jane Doe MD": a credential after the name is not part of it.
  while (toks.length > 2 && isCredential((toks[toks.length - 1] as Token).text)) toks = toks.slice(0, -1);
  if (!toks.every((t, j) => isNameToken(t.text, j) || TITLE_JOINERS.has(t.text) || monthSurname(toks, j))) return null;
  // "Happy 4/1", "since 9/11": numbers in a row are a date, never part of a name ("CUPE Local 375" has one).
  if (toks.some((t, j) => j > 0 && /^\d+$/.test(t.text) && /^\d+$/.test(toks[j - 1]?.text ?? ''))) return null;
  if (DETERMINERS.has((toks[0] as Token).text.toLowerCase()) || NOT_NAMES.has((toks[0] as Token).text)) return null;
  if (toks.length === 1 && ORDINALS.has((toks[0] as Token).text)) return null;
  if (toks.some((t) => /['’](?:re|ll|ve|d|m)$/i.test(t.text))) return null; // "We're", "They'll": not names
  // Title words lead; the name is what follows the last title word ("US Secretary of Defense Dana Voss",
  // "County Fire Battalion Chief Ron Walt").
  let nameFrom = 0;
  let leading = true;
  for (let j = 0; j < toks.length - 1; j++) {
    const w = (toks[j] as Token).text;
    // "North Korea", "South Africa": a compass word opening a country's name is no title.
    const title = (TITLE_WORDS.has(w) && !isPlaceName(`${w} ${(toks[j + 1] as Token).text}`)) || (TITLE_JOINERS.has(w) && j > 0);
    if (!title) leading = false;
    // Inside a run of capitalised words only an unmistakable office starts the name after it.
    if (title && (leading || (STRONG_TITLES.has(w) && toks.length - j - 1 >= 2))) nameFrom = j + 1;
  }
  while (nameFrom < toks.length - 1 && TITLE_JOINERS.has(toks[nameFrom - 1]?.text ?? '')) nameFrom++;
  // Occupations and outlets written capitalised before the name ("Prosecutor Jon Prill", "CNN’s Jane Doe").
  nameFrom += nameStartIndex(toks.slice(nameFrom).map((t) => t.text));
  const nameToks = toks.slice(nameFrom);
  if (nameToks.length === 0 || nameToks.some((t) => TITLE_JOINERS.has(t.text))) return null;
  // "MP for Ely", "Minister of Finance": one word after "for"/"of" completes the office, it names no person.
  if (nameToks.length === 1 && nameFrom > 1 && /^(?:for|of)$/.test(toks[nameFrom - 1]?.text ?? '')) return null;
  // "Iranian President", "British Prime Minister", "Malaysian PM": an office with no name after it is a description
  // of the holder (never a person called "Minister"). A lone word stays a possible surname ("Mayor said").
  const lastWord = (nameToks[nameToks.length - 1] as Token).text;
  if (toks.length > 1 && !HONORIFICS.has((toks[0] as Token).text) && (TITLE_WORDS.has(lastWord) || lastWord === 'PM')) {
    if (lowerRole || owner) return null;
    const head = lastWord.toLowerCase();
    return { kind: 'description', ...span, name: span.text, head, modifiers: toks.slice(0, -1).map((t) => t.text), plural: false };
  }
  // "flight tracking service FlightAware.com": a web address is a company's name, never a person's.
  if (/\.(?:com|org|net|io|co\.uk|gov)$/i.test((nameToks[nameToks.length - 1] as Token).text)) {
    const name = nameToks.map((t) => t.text).join(' ');
    return { kind: 'organization', ...span, name, nameStart: (nameToks[0] as Token).start, nameEnd: span.end };
  }
  // "el-Sisi said": an Arabic article joined to a surname stays lowercase inside a sentence.
  if (!isCapitalized((nameToks[0] as Token).text) && !JOINED_ARTICLE_NAME.test((nameToks[0] as Token).text) && !(/^\d{1,3}(?:st|nd|rd|th)$/.test((nameToks[0] as Token).text) && nameToks.length > 1)) return null;
  // "Neighbouring Ukraine said", "Nearby Lebanon warned": an adjective of position before a country describes it; the
  // country speaks for its government, as "Ukraine said" does.
  if (nameToks.length >= 2 && /^(?:Neighbou?ring|Nearby|Fellow|Rival)$/.test((nameToks[0] as Token).text) && isPlaceName(nameToks.slice(1).map((t) => t.text).join(' '))) {
    if (lowerRole) return null;
    const rest = nameToks.slice(1);
    return { kind: 'organization', ...span, name: rest.map((t) => t.text).join(' '), nameStart: (rest[0] as Token).start, nameEnd: span.end };
  }
  const nameFirst = nameToks[0] as Token;
  const nameLast = nameToks[nameToks.length - 1] as Token;
  const name = nameToks.map((t) => t.text).join(' ');
  const titled = nameFrom > 0 ? toks.slice(0, nameFrom).map((t) => t.text).join(' ') : undefined;
  const role = [lowerRole, titled].filter(Boolean).join(' ') || undefined;
  // "LOS ANGELES (AP) —": an upper-case dateline is a place, never a speaker.
  if (nameToks.length > 1 && nameToks.every((t) => /^\p{Lu}{2,}$/u.test(t.text))) return null;
  const isOrg =
    nameToks.some((t) => ORG_NAME_WORDS.has(t.text) || /^\d+$/.test(t.text)) ||
    (nameToks.length > 1 && nameToks.some((t) => /^\p{Lu}{3,}$/u.test(t.text))) ||
    (nameToks.length === 1 && (isAllCaps(name) || GOVERNMENT_METONYMS.has(name))) ||
    // "North Korea said", "New Zealand has warned": a country of several words speaks for its government.
    (nameToks.length > 1 && !lowerRole && isPlaceName(name));
  if (isOrg) {
    if (lowerRole) return null;
    return { kind: 'organization', ...span, name: toks.map((t) => t.text).join(' '), nameStart: toks[0]?.start, nameEnd: span.end };
  }
  const result: SpeakerPhrase = { kind: 'person', ...span, name, nameStart: nameFirst.start, nameEnd: nameLast.end };
  // "Her husband Evan": a relation to someone else is not a role.
  if (role && !HONORIFICS.has(role) && !/^(?:her|his|their|its|our|my|your)\b/i.test(role)) result.role = role;
  const gender = genderOf(toks.map((t) => t.text)) ?? (lowerRole ? genderOf(lowerRole.split(' ')) : undefined);
  if (gender) result.gender = gender;
  return result;
}

const STRONG_TITLES = new Set(
  `Chief President Minister Secretary Director Commissioner Governor Mayor Ambassador Spokesman Spokeswoman Spokesperson
  Chairman Chairwoman Commander General Gen. Officer Inspector Sheriff Senator Sen. Rep. Gov. Lt. Col. Sgt. Capt. Dr.
  Leader Coordinator Manager Superintendent`.split(/\s+/),
);

/** Titles that say nothing about a person's function ("Mr. Feld"): kept for gender, never reported as a role. */
const HONORIFICS = new Set('Mr. Mr Mrs. Mrs Ms. Ms Miss Dr. Dr Sir Dame Lord Lady Prof. Professor Rev. Rev Reverend Hon. Hon'.split(' '));

function findLastIndex<T>(items: T[], ok: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (ok(items[i] as T)) return i;
  return -1;
}

/** Whether a gender comes only from a given-name list (weak evidence: Jordan, Sasha, Kim are both). */
export function genderFromNameOnly(words: string[]): boolean {
  return !words.some((w) => FEMALE_TITLES.has(w) || MALE_TITLES.has(w)) && genderOf(words) !== undefined;
}

/** Gender from a title or a given name, when either reveals it. */
export function genderOf(words: string[]): Gender | undefined {
  for (const w of words) {
    if (FEMALE_TITLES.has(w)) return 'female';
    if (MALE_TITLES.has(w)) return 'male';
  }
  const given = words.find((w) => !TITLE_WORDS.has(w) && isCapitalized(w));
  if (given && FEMALE_NAMES.has(given)) return 'female';
  if (given && MALE_NAMES.has(given)) return 'male';
  // Only a word written like a given name (not "The", "Police"), and only one the name lists know.
  return given && /^\p{Lu}\p{Ll}+$/u.test(given) && words.length > 1 ? lexiconGender(given) : undefined;
}
