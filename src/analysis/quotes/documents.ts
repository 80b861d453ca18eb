/**
 * Documents as authors. News writing lets a text speak for whoever wrote it: "the lawsuit alleges", "the site says",
 * "Voss's letter", "the company's ad promises", "according to an internal Acme Party report". A reader credits
 * the words to the document's author when the text names one ("X's ...", "the X report", "a statement from X"), and
 * otherwise to the document as written. This module knows the nouns for such texts and finds the named author.
 */
import { parseInvertedSpeaker } from './subject.js';
import type { SpeakerPhrase } from './phrase.js';

/** Nouns for texts that carry someone's words (singular; a plural "s" is accepted too). */
export const DOCUMENT_HEADS = new Set(
  `statement letter report study lawsuit suit complaint filing petition indictment affidavit memo memorandum email
  e-mail message post tweet website site page blog ad advert advertisement commercial release notice announcement
  ruling agreement contract document survey audit manifesto description song lyrics book caption transcript
  editorial column obituary tribute listing brochure leaflet flyer pamphlet newsletter response reply guidance
  guideline assessment recommendation advisory findings`.split(/\s+/),
);
/**
 * Nouns that are a document only with a named owner ("the academy's position paper", "the party's Twitter account"):
 * "the paper" alone is a newspaper, "the account" alone someone's story.
 */
const OWNED_ONLY_HEADS = new Set(['paper', 'account', 'feed', 'handle']);
const isOwnedDocumentHead = (word: string): boolean => isDocumentHead(word) || OWNED_ONLY_HEADS.has(word.toLowerCase().replace(/s$/, ''));

/** A determiner opening the phrase, capitalised when it opens the sentence. */
const OPENER = String.raw`(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)`;
const HEAD = String.raw`(?:[Ww]eb\s+site|[\p{Ll}-]+)`;
/** Platforms a page or account sits on: part of the document, not of its owner's name. */
const PLATFORM = /\s+(?:Facebook|Twitter|Instagram|YouTube|LinkedIn|TikTok|Web|Internet|GoFundMe|Medium)$/u;

/** Lowercase words that may sit between an owner and the document noun: "Acme's new Facebook page", "its annual report". */
const DOC_WORDS = String.raw`(?:(?:\d[\d,]*(?:-\p{Ll}+)?|new|latest|own|official|annual|internal|written|joint|short|brief|long|online|position|white|policy|draft|updated|revised|consultation|Facebook|Twitter|Instagram|YouTube|LinkedIn|web|press|news|campaign|court|legal|federal|final|original|private|public)\s+){0,3}`;

/** "X's (new) website", "the company's ad": the owner before the possessive. */
const OWNED = new RegExp(String.raw`^((?:the\s+)?[\p{L}][\p{L}.&'’ -]*?)['’]s?\s+${DOC_WORDS}(${HEAD})$`, 'u');
/**
 * Participles between a document and its author ("a statement released by", "a letter signed by", "a report
 * published Monday by"); not "obtained by" or "seen by", which name who has the text, not who wrote it.
 */
const AUTHORED = String.raw`(?:,?\s+(?:released|issued|published|written|signed|sent|filed|posted|prepared|compiled|commissioned|produced|put\s+out|drafted|authored|submitted|lodged)(?:\s+(?:on\s+)?(?:\p{Lu}\p{Ll}+day|today|yesterday|last\s+\w+|this\s+\w+|late|early|jointly|online))?)?`;
/** "a statement from the family", "the report by Acme Health", "a statement released by the ministry". */
const BY_AUTHOR = new RegExp(String.raw`^(?:${OPENER}\s+)?${DOC_WORDS}(${HEAD})${AUTHORED}\s+(?:from|by|of)\s+(.+)$`, 'u');
/** "an internal Crossfield Trust report", "the White House statement". */
const NAMED = new RegExp(
  String.raw`^${OPENER}\s+(?:(?:new|latest|internal|annual|joint|written|official|final|short|brief)\s+)*((?:\p{Lu}[\p{L}&.'’-]*\s+(?:(?:and|of|for|&)\s+)?)+)${DOC_WORDS}(${HEAD})$`,
  'u',
);

/**
 * "on" before a date or a lowercase word ("by X on Monday", "a memo on the budget"), never inside a name ("Committee
 * on Energy"): where an author's name ends. Shared with document-authors.ts, which ends an author the same way.
 */
export const ON_BEFORE_DATE = String.raw`on(?=\s+(?:\p{Ll}|\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\b))`;

/** What may follow the author inside a document phrase: its addressee, its date, where it was seen. */
const AFTER_AUTHOR = new RegExp(
  String.raw`\s+(?:to|${ON_BEFORE_DATE}|dated|last|this|earlier|obtained|seen|sent|posted|published)\s+[\s\S]*$`,
  'u',
);

/** A document phrase (group 1) and the participle clause set off after it (group 2), closing the subject. */
const DOC_WITH_CLAUSE = new RegExp(
  String.raw`^(\s*${OPENER}\s+[^,;:—–()]*?)((?:,\s+|\s+(?=(?:filed|issued|released|written|signed|brought|lodged)\b[^,;:—–()]*\bby\b))(?:filed|issued|released|published|written|signed|sent|posted|dated|returned|unsealed|lodged|brought|obtained|seen|reviewed|made\s+public)\b[^,;:—–()]*),?\s*$`,
  'u',
);

/**
 * "The lawsuit, filed Monday by the tenants union, alleges": a document subject set off with a participle clause
 * that names its author after "by". Null when the text is not that shape or names no author (the caller keeps its
 * own reading: "The victim's statement, Roe continued" is Roe's).
 */
export function documentWithClause(text: string, base: number): SpeakerPhrase | null {
  const m = DOC_WITH_CLAUSE.exec(text);
  if (!m?.[1] || !m[2]) return null;
  // "A lawsuit filed by X": an indefinite document names no speaker on its own, but its author does.
  const indefinite = /^\s*(?:a|an)\s+(?:[\w’'-]+\s+){0,2}?([\w-]+)\s*$/i.exec(m[1]);
  const doc = documentSpeaker(m[1], base) ?? (indefinite?.[1] !== undefined && isDocumentHead(indefinite[1]) ? true : null);
  if (!doc) return null;
  // "obtained by", "seen by", "reviewed by" name who has the text, not who wrote it.
  const by = /^,\s+(?:obtained|seen|reviewed|made\s+public)\b/.test(m[2]) ? null : /\bby\s+(.+)$/.exec(m[2]);
  if (by?.[1] !== undefined && !/^(?:\p{Lu}\p{Ll}+day|today|yesterday|phone|email|mail|hand)$/iu.test(by[1].trim())) {
    const at = base + m[1].length + m[2].length - by[1].length;
    const author = ownerPhrase(by[1].trim(), at + (by[1].length - by[1].trimStart().length));
    if (author) return author;
  }
  // With no author named, the clause adds nothing a reader credits: the caller's reading stands.
  return null;
}

export function isDocumentHead(word: string): boolean {
  const w = word.toLowerCase().replace(/^web\s+site$/, 'website');
  return DOCUMENT_HEADS.has(w) || (w.endsWith('s') && DOCUMENT_HEADS.has(w.slice(0, -1)));
}

/**
 * The author named inside a document phrase: "Voss’s letter" -> Voss, "the company’s ad" -> the company,
 * "an internal Crossfield Trust report" -> Crossfield Trust, "a statement from the ministry" -> the ministry.
 * `base` is the offset of `text` in the paragraph. Null when the phrase is no document or names no author.
 */
export function documentAuthor(text: string, base: number): SpeakerPhrase | null {
  const lead = text.length - text.trimStart().length;
  const t = text.trim();
  // "X's (new) website", "the company's ad", "his letter" is left to the caller (a pronoun owner needs discourse).
  const owned = OWNED.exec(t);
  if (owned?.[1] !== undefined && owned[2] !== undefined && isOwnedDocumentHead(owned[2])) {
    return ownerPhrase(owned[1], base + lead);
  }
  // "a statement from the family", "the report by Acme Health": the author follows the preposition.
  const by = BY_AUTHOR.exec(t);
  if (by?.[1] !== undefined && by[2] !== undefined && isOwnedDocumentHead(by[1])) {
    const at = base + lead + t.length - by[2].length;
    // "a letter from the district to parents", "a memo by X on Monday": the addressee or the date is not the author.
    const author = by[2].replace(AFTER_AUTHOR, '');
    return ownerPhrase(author, at) ?? (author === by[2] ? null : ownerPhrase(by[2], at));
  }
  // "an internal Crossfield Trust report", "the White House statement": capitalised words right before the noun.
  const named = NAMED.exec(t);
  if (named?.[1] !== undefined && named[2] !== undefined && isOwnedDocumentHead(named[2])) {
    let words = named[1].trim();
    while (PLATFORM.test(words)) words = words.replace(PLATFORM, '');
    const at = base + lead + t.indexOf(words);
    const phrase = ownerPhrase(words, at);
    // A lone capitalised word before the noun may be a day or a place ("Tuesday's lawsuit", "the Paris agreement").
    return phrase && (phrase.kind === 'organization' || phrase.kind === 'group' || phrase.name.includes(' ')) ? phrase : null;
  }
  return null;
}

/** The owner named before a document or word noun ("Reyes’s", "the company’s"); not a pronoun, a day or another text. */
export function ownerPhrase(owner: string, at: number): SpeakerPhrase | null {
  if (/^(?:his|her|its|their|our|my|your)$/i.test(owner.trim())) return null;
  if (/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last\s+\w+|this\s+\w+)$/i.test(owner.trim())) return null;
  const phrase = parseInvertedSpeaker(owner, at) ?? withArticle(owner, at);
  if (!phrase || phrase.kind === 'pronoun') return null;
  // The owner of a document is its author; a description naming another text is not ("the court's ruling's ...").
  if (phrase.head !== undefined && isDocumentHead(phrase.head)) return null;
  return phrase;
}

/**
 * "The Department of Health documents", "a memo by Ministry of Defence staff": a body's name written without its
 * "the" inside a document phrase is still the body. Read as if "the" were written, offsets kept on the name.
 */
function withArticle(owner: string, at: number): SpeakerPhrase | null {
  const name = owner.trim();
  if (!/^\p{Lu}/u.test(name) || /^(?:The|A|An)\s/.test(name)) return null;
  const phrase = parseInvertedSpeaker(`the ${name}`, at - 4);
  if (!phrase || phrase.kind !== 'organization') return null;
  const shift = (n: number | undefined): number | undefined => (n === undefined ? undefined : Math.max(at, n));
  const out: SpeakerPhrase = { ...phrase, start: at, end: at + name.length, text: name };
  const nameStart = shift(phrase.nameStart);
  if (nameStart !== undefined) out.nameStart = nameStart;
  return out;
}

const BARE_UNSAFE = new Set(
  'statement statements communique communiqué release letter declaration notice announcement advisory message alert'.split(' '),
);
const POSSESSIVE_PRONOUN: Record<string, 'he' | 'she' | 'it' | 'they'> = { his: 'he', her: 'she', its: 'it', their: 'they' };
const CALENDAR_OWNER = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)['’]s$/i;
/** A determiner or possessive, up to three lowercase words, then a document noun: "its new website". */
const DETERMINED_DOC = new RegExp(String.raw`^(the|this|that|his|her|its|their|\p{Lu}[\p{L}]*['’]s)\s+((?:[\p{Ll}-]+\s+){0,3})(${HEAD})$`, 'iu');
/** What may follow a document noun inside its phrase: "the ad that ran on Sunday", "the page posted Tuesday". */
const DOC_TAIL = /\s+(?:that|which|posted|published|filed|released|issued|sent|obtained|seen|reviewed|dated|in|on|from|at|to|by|for|of|with)\b[\s\S]*$/;

/**
 * A document as the subject of a speech verb: "the lawsuit alleges", "Tuesday's complaint says", "its website
 * promises", "says the company's ad". The author when the phrase names one (documentAuthor), the possessive pronoun
 * ("its website" -> it) when that is the author, else the document itself, as an organisation-like source: a text
 * is never "he" or "she" for a later pronoun, and "it said" may refer back to it.
 */
export function documentSpeaker(text: string, base: number): SpeakerPhrase | null {
  const lead = text.length - text.trimStart().length;
  const t = (text.trim().split(/[,;—–]/)[0] as string).trim().replace(DOC_TAIL, '');
  const author = documentAuthor(text, base) ?? documentAuthor(t, base + lead);
  if (author) return author;
  const m = DETERMINED_DOC.exec(t);
  if (!m || m[1] === undefined || m[3] === undefined || !isDocumentHead(m[3])) return null;
  const start = base + lead;
  const end = start + t.length;
  const det = m[1].toLowerCase();
  const pronoun = POSSESSIVE_PRONOUN[det];
  if (pronoun) return { kind: 'pronoun', start, end: start + m[1].length, text: m[1], name: pronoun, pronoun };
  // A day's document is the document: "Tuesday's lawsuit" reads as "the lawsuit".
  if (/^\p{Lu}/u.test(m[1]) && !CALENDAR_OWNER.test(m[1]) && !/^(?:the|this|that)$/i.test(m[1])) return null;
  const words = (m[2] ?? '').trim().split(/\s+/).filter(Boolean);
  const head = m[3].toLowerCase().replace(/\s+/g, ' ');
  // A bare statement, letter or announcement is resolved by the discourse to whoever spoke last, which is too often
  // someone else: such a text names no source here unless the speaker phrase parser already accepts it.
  if (BARE_UNSAFE.has(head)) return null;
  const shown = CALENDAR_OWNER.test(m[1]) ? 'the' : det;
  const name = [shown, ...words, head].join(' ');
  return { kind: 'organization', start, end, text: t, name, head: head.replace(/^web site$/, 'website'), determiner: shown, modifiers: words, plural: false };
}
