import { nameTokens, normalizeName } from '../text/names.js';
import { sameNameToken, samePersonName } from './name-variants.js';
import type { EntityMention } from '../types.js';
import type { Candidate } from './extract.js';
import { isGenericNameOpener, phraseType } from './classify.js';
import { namesAPart } from './short-forms.js';
import { isCommonWord, isDemonym, isFirstName, isLastName, isPlaceName } from './gazetteer.js';
import { SPEECH_VERBS, isTitleWord } from './titles.js';

interface FullName {
  start: number;
  tokens: string[];
  /** The local canonical name this full form resolves to (the first variant seen). */
  name: string;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** "BRUSSELS" (a dateline) -> "Brussels"; acronyms such as "NATO" stay as written. */
function displayName(text: string): string {
  const t = clean(text).replace(/^the /i, '');
  if (/^[\p{Lu} ]{4,}$/u.test(t)) {
    const titled = t.toLowerCase().replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
    if (phraseType(titled, titled.split(' ')) === 'place') return titled;
  }
  return t;
}

/**
 * A capitalised phrase shaped like a name but with no evidence of being a person ("Long Story Short", "Coors Field")
 * is kept only when the article confirms it: the same name written elsewhere with evidence, or its last word used
 * alone ("Soleimani") elsewhere in the article.
 */
function confirmPeople(body: string, candidates: Candidate[]): Candidate[] {
  const evidenced = new Set<string>();
  const alone = new Set<string>();
  /** Lone words marked as people ("Moon said"): a family name written first confirms "Moon Jae-in". */
  const speaking = new Set<string>();
  for (const c of candidates) {
    const key = normalizeName(body.slice(c.start, c.end));
    if (c.type === 'person' && c.evidence !== false) evidenced.add(key);
    if (c.type === 'single' || (c.type === 'person' && !key.includes(' '))) alone.add(key);
    if ((c.type === 'single' && (c.titled || SPEECH_VERBS.has(c.nextWord))) || (c.type === 'person' && !key.includes(' '))) speaking.add(key);
  }
  return candidates.filter((c) => {
    if (c.type !== 'person' || c.evidence !== false) return true;
    const key = normalizeName(body.slice(c.start, c.end));
    // the surname used alone, or a family name written first and used alone as a speaker ("Moon Jae-in" ... "Moon said")
    return evidenced.has(key) || alone.has(key.split(' ').pop() ?? '') || speaking.has(key.split(' ')[0] ?? '');
  });
}

/** The surname of a full name's tokens: the last word, before a generational suffix ("King" in "... King Jr."). */
function surnameOf(tokens: string[]): string {
  const last = tokens[tokens.length - 1] as string;
  return tokens.length > 2 && /^(?:jr|sr|ii|iii|iv)$/.test(last) ? (tokens[tokens.length - 2] as string) : last;
}

/** Particles that open a surname ("van der Berg", "de la Cruz", "al-Amin" written apart), never a given name. */
const SURNAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'la', 'le', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'ter', 'ten', 'al', 'el', 'bin', 'ibn']);

/** "Van der Berg", "de la Cruz": a surname with its particles, written without the given name. */
function isParticleSurname(tokens: string[]): boolean {
  return tokens.length >= 2 && SURNAME_PARTICLES.has(tokens[0] as string);
}

/** "Others said", "We've said": ordinary words and contractions before a speech verb are not people. */
function plausibleSurname(word: string): boolean {
  return !isCommonWord(word) && !/[’'](?:ve|re|ll|d|s|t)$/i.test(word);
}

/**
 * Per-article resolution. Full names that are spelling variants of an earlier one take its form ("Qasem Soleimani"
 * after "Qassem Soleimani"); a lone word is a person when it is the surname of a person named in the article (the
 * nearest full name before it, else the first after), or when a title or a speech verb marks it as one.
 */
export function assignLocalNames(body: string, all: Candidate[]): EntityMention[] {
  const candidates = confirmPeople(body, all);
  const fulls: FullName[] = [];
  for (const c of candidates) {
    if (c.type !== 'person') continue;
    const tokens = nameTokens(body.slice(c.start, c.end));
    if (tokens.length < 2 || isParticleSurname(tokens)) continue;
    const earlier = fulls.find((f) => f.tokens.join(' ') === tokens.join(' ') || samePersonName(f.tokens, tokens));
    fulls.push({ start: c.start, tokens, name: earlier?.name ?? clean(body.slice(c.start, c.end)) });
  }
  const surnameOwner = (word: string, at: number): FullName | undefined => {
    const key = normalizeName(word);
    const matches = fulls.filter((f) => sameNameToken(surnameOf(f.tokens), key));
    const before = matches.filter((f) => f.start < at);
    return before[before.length - 1] ?? matches[0] ?? givenNameOwner(word);
  };
  /** "Van der Berg" after "Pieter van der Berg": the full name ending with the same words. */
  const particleSurnameOwner = (tokens: string[], at: number): FullName | undefined => {
    const tail = ` ${tokens.join(' ')}`;
    const matches = fulls.filter((f) => f.tokens.length > tokens.length && ` ${f.tokens.join(' ')}`.endsWith(tail));
    const before = matches.filter((f) => f.start < at);
    return before[before.length - 1] ?? matches[0];
  };
  /**
   * "Xi" after "Xi Jinping", "Moon" after "Moon Jae-in" (family name first), or a first-name reference ("Monica" after
   * "Monica Reyes") in informal writing: the one person named in full whose first word it is, when nobody has it as
   * a surname. Places and ordinary words are left alone.
   */
  const givenNameOwner = (word: string): FullName | undefined => {
    if (isPlaceName(word) || isDemonym(word) || isTitleWord(word)) return undefined;
    const key = normalizeName(word);
    const owners = new Set(fulls.filter((f) => f.tokens[0] === key).map((f) => f.name));
    const owner = owners.size === 1 ? fulls.find((f) => f.tokens[0] === key) : undefined;
    // An ordinary word ("Park", "Song") only as the family name of a Korean-style name ("Park Hye-rin").
    if (owner && isCommonWord(word) && !/\s\p{Lu}\p{Ll}*-\p{Ll}/u.test(owner.name)) return undefined;
    return owner;
  };

  // A lone word marked as a person once ("Marlowe said") is a person everywhere in the article.
  const personWords = new Set(
    candidates
      .filter((c) => c.type === 'single' && (c.titled || (SPEECH_VERBS.has(c.nextWord) && plausibleSurname(body.slice(c.start, c.end)))))
      .map((c) => normalizeName(body.slice(c.start, c.end))),
  );
  // A lone word an organisation context marks once ("airline SkyVista") is an organisation everywhere in the article,
  // even before "said"; a title ("Mr. Ford") or a known personal name keeps it a person.
  const titledWords = new Set(candidates.filter((c) => (c.type === 'single' || c.type === 'person') && c.titled).map((c) => normalizeName(body.slice(c.start, c.end))));
  const orgWords = new Set(
    candidates
      .filter((c) => c.type === 'single' && c.orgContext)
      .map((c) => body.slice(c.start, c.end))
      .filter((w) => !titledWords.has(normalizeName(w)) && !isFirstName(w) && !isLastName(w) && !isDemonym(w) && !isPlaceName(w) && !isTitleWord(w))
      .map(normalizeName),
  );
  const mentions: EntityMention[] = [];
  /** "Amnesty" after "Amnesty International": the first word of an organisation named earlier is its short form. */
  const shortFormOf = (c: Candidate, word: string): string | undefined => {
    if (isGenericNameOpener(word) || isDemonym(word) || isPlaceName(word) || isTitleWord(word) || isFirstName(word)) return undefined;
    // a capitalised ordinary word opening a sentence ("Amnesty was granted") needs an actor's context
    if (c.atOpening && isCommonWord(word) && !c.orgContext && !SPEECH_VERBS.has(c.nextWord) && !/[’']s$/.test(body.slice(c.end, c.end + 2))) return undefined;
    const earlier = mentions.filter((m) => m.type === 'organization' && m.start < c.start && m.name.split(' ').length > 1 && m.name.split(' ')[0] === word);
    const full = earlier[earlier.length - 1]?.name;
    if (full === undefined) return undefined;
    // "Apple ... the Apple Support Forums ... Apple said": a word the article wrote alone before the longer name
    // is a body of its own, which the longer name belongs to, not a short form of it.
    if (!namesAPart(full)) return full;
    const introduced = earlier.find((m) => m.name === full)?.start ?? c.start;
    return candidates.some((o) => o.start < introduced && body.slice(o.start, o.end) === word) ? undefined : full;
  };
  for (const c of candidates) {
    const text = body.slice(c.start, c.end);
    const role = c.roleStart !== undefined && c.roleEnd !== undefined ? clean(body.slice(c.roleStart, c.roleEnd)) : undefined;
    const push = (type: EntityMention['type'], name: string): void => {
      const m: EntityMention = { text, start: c.start, end: c.end, type, sentence: c.sentence, name };
      if (role) m.role = role;
      mentions.push(m);
    };
    if (c.type === 'person') {
      const tokens = nameTokens(text);
      if (isParticleSurname(tokens)) push('person', particleSurnameOwner(tokens, c.start)?.name ?? clean(text));
      else if (tokens.length >= 2) push('person', fulls.find((f) => f.start === c.start)?.name ?? clean(text));
      else push('person', surnameOwner(text, c.start)?.name ?? clean(text));
      continue;
    }
    if (c.type !== 'single') {
      push(c.type, displayName(text));
      continue;
    }
    const owner = isTitleWord(text) ? undefined : surnameOwner(text, c.start);
    if (owner) {
      push('person', owner.name);
      continue;
    }
    const type = phraseType(text, [text]);
    if (type) {
      push(type, displayName(text));
      continue;
    }
    const organization = shortFormOf(c, text);
    if (organization) push('organization', organization);
    else if (orgWords.has(normalizeName(text))) push('organization', text);
    else if (personWords.has(normalizeName(text))) push('person', text);
  }
  return mentions;
}
