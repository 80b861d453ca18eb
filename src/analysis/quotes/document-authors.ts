/**
 * Who wrote "the lawsuit", "the site", "the email" that a later sentence quotes. News writing introduces a text with
 * its author once ("Reyes filed a lawsuit", "the ministry said in a statement", "In an email, the group wrote",
 * "a page set up by her cousins", "Reyes's lawsuit") and then lets "the lawsuit alleges" speak for it. A reader
 * credits the author; this ledger reads those introductions from the article body so a bare document phrase can be
 * resolved to the latest author of a text of the same kind. No introduction, no author: the caller keeps the
 * document as written.
 */
import { FEMALE_NAMES, MALE_NAMES, SPEAKER_NOUNS, SPEECH_VERBS } from './lexicon.js';
import type { SpeakerPhrase } from './phrase.js';
import { ON_BEFORE_DATE, documentAuthor } from './documents.js';
import { parseSubjectRegion } from './subject.js';

/** Kinds of text a later bare phrase may refer back to with a different word ("a lawsuit" ... "the suit"). */
const FAMILIES: string[][] = [
  ['lawsuit', 'suit', 'complaint', 'filing', 'petition'],
  ['statement', 'release', 'announcement'],
  ['email', 'e-mail', 'message'],
  ['website', 'site', 'page', 'blog'],
  ['report', 'study', 'survey', 'paper', 'audit', 'findings'],
  ['letter', 'note', 'memo', 'memorandum'],
  // "The Acme Party Twitter account posted ... the tweet read": an account's posts are its owner's.
  ['post', 'tweet', 'account', 'feed'],
  ['ad', 'advert', 'advertisement', 'commercial'],
  // "the document(s)" may mean any text introduced before: the latest author of any kind.
  ['document'],
];
const FAMILY = new Map<string, number>();
FAMILIES.forEach((words, i) => words.forEach((w) => FAMILY.set(w, i)));
const GENERIC = FAMILIES.length - 1;
/** The family of a document noun, singular or plural ("the reports", "the documents"). */
const familyOf = (noun: string): number | undefined => {
  const w = noun.toLowerCase();
  return FAMILY.get(w) ?? FAMILY.get(w.replace(/s$/, ''));
};
const NOUNS = `(?:${[...FAMILY.keys()].sort((a, b) => b.length - a.length).join('|')})s?`;
/** Up to three words before the noun: "a new", "a 2013", "its 40-page", "the draft after-action". */
const ADJ = String.raw`(?:[\p{L}\d,-]+\s+){0,3}?`;

/** A time phrase opening a clause without a comma: "Two weeks ago the union filed a complaint". */
const FRONTED_TIME =
  /^\s*(?:(?:\w+\s+(?:days?|weeks?|months?|years?)\s+ago|last\s+\w+|this\s+(?:week|month|year|morning)|on\s+\w+day|earlier|later|yesterday|today|in\s+\d{4})\s*,?\s+)+/i;

interface Entry {
  at: number;
  family: number;
  author: SpeakerPhrase;
}

/** Everything up to the last clause boundary before a verb: its subject starts after it. */
const CLAUSE_CUT = /^[\s\S]*(?:[,;:—–]|\b(?:after|before|when|while|because|since|as|that|and|but|until|once|although|though|if|where)\b)\s*/;

/** "X filed a lawsuit", "X issued a statement", "X said in a statement", "X wrote in an email". */
const SUBJECT_INTRO = new RegExp(
  String.raw`\b(?:(filed|brought|lodged|launched|issued|released|published|posted|sent|put\s+out|shared|wrote|emailed)\s+(?:a|an|its|his|her|their)\s+${ADJ}(${NOUNS})|(?:said|says|wrote|writes|added|explained|stated|argued|alleged|posted|announced)\s+(?:in|on)\s+(?:a|an|its|his|her|their)\s+${ADJ}(${NOUNS}))\b`,
  'giu',
);
/** "In an email, the group wrote", "In a statement Monday, Acme said". */
const FRONTED_INTRO = new RegExp(String.raw`(?:^|[.!?]\s+|\n)(?:In|On)\s+(?:a|an|its|his|her|their)\s+${ADJ}(${NOUNS})\b[^,.;]{0,40},\s+`, 'giu');
/** "a page set up by X", "a statement from X", "a report by X", "The suit, filed in a federal court by X". */
const BY_INTRO = new RegExp(
  String.raw`\b(?:a|an|the)\s+${ADJ}(${NOUNS})(?:,\s+|\s+)(?:(?:filed|lodged|brought|issued|released|published|posted|sent|written|set\s+up|organi[sz]ed|created|commissioned|prepared|compiled|carried\s+out|conducted)\b[^.!?;:“”"\n]{0,50}?\s+by|by|from)\s+`,
  'giu',
);
/** "the website of the consulate", "the Facebook page of X": a web text's owner after "of". */
const WEB_OF = /\b(?:the|a|an)\s+(?:(?:official|Facebook|Twitter|Instagram|YouTube)\s+)?((?:[Ww]eb\s*site|website|site|page|account|feed|blog))\s+of\s+/gu;
/** "A history of the program written by agency officials": any text that names who wrote it. */
const WRITTEN_BY = /\b(?:an?|the|[Aa]n?|The)\s+[^.!?;:“”"\n]{1,60}?\s+(?:written|authored|compiled|drafted|penned)\s+(?:(?:in|on|last)\s+\w+\s+)?by\s+/gu;
/** "Reyes's lawsuit", "the Acme Group report". */
const OWNED_INTRO = new RegExp(String.raw`(?:\b(?:an?|the)\s+)?[\p{Lu}][\p{L}.&'’ -]{0,60}?['’]?s?\s+${ADJ}(${NOUNS})$`, 'u');
/**
 * What may follow a document phrase and name its author, up to the verb or a comma: "released by the ministry",
 * ", signed by X", "from X". The author words stop at punctuation or a speech verb.
 */
const AUTHOR_TAIL = new RegExp(
  String.raw`^,?\s+(?:(?:released|issued|published|written|signed|sent|filed|posted|prepared|compiled|drafted|authored|put\s+out)\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+|today\s+|yesterday\s+|jointly\s+)?by|from)\s+([^,;:.!?“”"()—–]+?)(?=\s*[,;:.!?“”"()—–]|\s+(?:${[...SPEECH_VERBS].join('|')})\b|$)`,
  'u',
);
/** Document nouns, to look back from each one for its owner (cheaper than trying every capital in the body). */
const NOUN_AT = new RegExp(String.raw`\b(?:${NOUNS})\b`, 'giu');

/** Where a "by" author ends: a date, a place, a time or a relative clause after the name. */
const ON_DATE_OR_CLAUSE = new RegExp(String.raw`\s+(?:${ON_BEFORE_DATE}|in|at|last|this|which|who|that)\b[\s\S]*$`, 'u');

export class DocumentAuthors {
  private readonly entries: Entry[] = [];

  constructor(private readonly body: string) {
    for (const m of body.matchAll(SUBJECT_INTRO)) this.addSubject(m.index ?? 0, (m[2] ?? m[3]) as string);
    for (const m of body.matchAll(FRONTED_INTRO)) this.addFronted((m.index ?? 0) + m[0].length, m[1] as string);
    for (const m of body.matchAll(BY_INTRO)) this.addBy((m.index ?? 0) + m[0].length, m[1] as string);
    for (const m of body.matchAll(WEB_OF)) this.addBy((m.index ?? 0) + m[0].length, (m[1] as string).replace(/^[Ww]eb\s*site$/, 'website'));
    for (const m of body.matchAll(WRITTEN_BY)) this.addBy((m.index ?? 0) + m[0].length, 'document');
    for (const n of body.matchAll(NOUN_AT)) {
      const end = (n.index ?? 0) + n[0].length;
      // One noun phrase, never across a sentence or a list: the window starts after the last such break.
      const back = body.slice(Math.max(0, end - 90), end);
      const cut = Math.max(back.search(/[^.!?;:,\n]*$/), 0);
      const windowStart = end - back.length + cut;
      const m = OWNED_INTRO.exec(body.slice(windowStart, end));
      if (!m) continue;
      // documentAuthor reads a whole noun phrase: "Acme Group report" is "the Acme Group report".
      const at = windowStart + m.index;
      const det = /^(?:an?|the)\s/i.test(m[0]) ? '' : 'the ';
      const author = documentAuthor(det + m[0], at - det.length);
      if (author) this.add(at, m[1] as string, author);
    }
    this.entries.sort((a, b) => a.at - b.at);
  }

  /**
   * The author of a bare document phrase ("the lawsuit", "the site") at body offset `base + phrase.start`: the
   * latest author introduced for a text of the same kind before it. Phrases naming their own author, and
   * indefinite ones ("a statement"), are not looked up.
   */
  authorOf(phrase: SpeakerPhrase, base: number): SpeakerPhrase | undefined {
    // "Documents released by X say": a bare plural opening the sentence is read as a capitalised name upstream.
    if (phrase.kind === 'person' && /^\p{Lu}\p{Ll}+$/u.test(phrase.text) && familyOf(phrase.text) !== undefined) {
      return this.authorAfter({ ...phrase, head: phrase.text.toLowerCase().replace(/s$/, '') }, base);
    }
    if (phrase.kind !== 'organization' && phrase.kind !== 'description') return undefined;
    if (!phrase.head || phrase.complement) return undefined;
    const family = familyOf(phrase.head);
    if (family === undefined) return undefined;
    // "The Harbour Board report, released Tuesday, said": the phrase names its own author before the noun.
    const own = documentAuthor(phrase.text.split(/[,;—–(]/)[0] as string, base + phrase.start);
    if (own && own.kind !== 'pronoun') return own;
    // "A statement released by the ministry, said ...": the author written right after the noun.
    const inline = this.authorAfter(phrase, base);
    if (inline) return inline;
    if (!/^(?:the|this|that|these|those)$/i.test(phrase.determiner ?? '')) return undefined;
    const at = base + phrase.start;
    let found: Entry | undefined;
    for (const e of this.entries) {
      if (e.at >= at) break;
      if (family === GENERIC || e.family === family) found = e;
    }
    return found?.author;
  }

  /** The author named after a document phrase in the body: "a statement released by X", "the letter, signed by X". */
  private authorAfter(phrase: SpeakerPhrase, base: number): SpeakerPhrase | undefined {
    // From the noun on: the phrase may already hold the participle as an appositive ("The statement, issued by X").
    const head = phrase.head ?? '';
    const noun = phrase.text.toLowerCase().indexOf(head.toLowerCase());
    const nounEnd = noun < 0 ? phrase.text.length : noun + head.length + (phrase.text[noun + head.length] === 's' ? 1 : 0);
    const end = base + phrase.start + nounEnd;
    const tail = AUTHOR_TAIL.exec(this.body.slice(end, end + 160));
    if (!tail?.[1]) return undefined;
    const at = end + tail[0].length - tail[1].length;
    const np = tail[1].replace(/\s+(?:on\s+\p{Lu}\p{Ll}+day|in\s+\d{4}|last\s+\w+|this\s+\w+)$/u, '');
    const words = np.split(/\s+/).slice(0, 10);
    for (let n = words.length; n >= 1; n--) {
      const author = documentAuthor(`the ${head} by ${words.slice(0, n).join(' ')}`, at - head.length - 8);
      if (author && author.kind !== 'pronoun') return author;
    }
    return undefined;
  }

  private add(at: number, noun: string, author: SpeakerPhrase): void {
    const family = familyOf(noun);
    if (family === undefined || author.kind === 'pronoun') return;
    this.entries.push({ at, family, author });
  }

  /** The subject before the verb: from the start of its sentence (or clause) to the verb. */
  private addSubject(verbAt: number, noun: string): void {
    const sentence = this.clauseStart(verbAt);
    // The subject is the clause right before the verb: "..., comes a day after she filed a lawsuit" -> she.
    const whole = this.body.slice(sentence, verbAt);
    const cut = CLAUSE_CUT.exec(whole);
    let from = sentence + (cut ? cut[0].length : 0);
    // "Mr. Dana Voss, the club's owner, issued a statement": the verb right after an appositive's closing comma has
    // the name before the appositive as its subject, not an empty clause.
    if (cut && /,\s*$/.test(cut[0]) && /^\s*$/.test(this.body.slice(from, verbAt))) {
      const inner = whole.slice(0, whole.lastIndexOf(','));
      const appositive = inner.lastIndexOf(',');
      const lead = appositive < 0 ? null : CLAUSE_CUT.exec(inner.slice(0, appositive));
      if (appositive >= 0) from = sentence + (lead ? lead[0].length : 0);
    }
    const raw = this.body.slice(from, verbAt).replace(/\s+(?:has|have|had|also|later|then|previously|recently|on\s+\w+day)\s*$/i, '');
    const lead = FRONTED_TIME.exec(raw)?.[0].length ?? 0;
    const phrase = parseSubjectRegion(raw.slice(lead), from + lead, true);
    if (phrase) this.add(verbAt, noun, this.pronounAuthor(phrase, sentence) ?? phrase);
  }

  /** "In an email, the group wrote": the subject after the fronted phrase. */
  private addFronted(subjectAt: number, noun: string): void {
    const rest = this.body.slice(subjectAt, subjectAt + 80);
    const verb = /\s+(?:said|says|wrote|writes|told|added|explained|argued|provided|announced|posted|stated|claimed)\b/.exec(rest);
    if (!verb) return;
    const phrase = parseSubjectRegion(rest.slice(0, verb.index), subjectAt, true);
    if (phrase) this.add(subjectAt, noun, this.pronounAuthor(phrase, this.clauseStart(subjectAt)) ?? phrase);
  }

  private addBy(authorAt: number, noun: string): void {
    const rest = this.body.slice(authorAt, authorAt + 80);
    // "on" ends the author before a date ("by the board on Monday"), not inside a name ("Committee on Energy").
    let np = /^[^,.;:()“”"]+/.exec(rest)?.[0].replace(ON_DATE_OR_CLAUSE, '');
    if (!np) return;
    // "An audit by the Office of the Comptroller found gaps": a name followed by a verb ends at the name.
    const named = /^((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*\p{Lu}[\p{L}'’.&-]*)*)\s+(\p{Ll}+)/u.exec(np);
    // Not after a possessive: "by the Acme Board's audit committee" is the committee.
    // Nor before a plural noun for people: "by CIA officials", "by Acme researchers" are those people.
    const after = named?.[2] ?? '';
    const people = named !== null && (/^(?:staff|personnel|crew|team|leadership)$/.test(after) || (/s$/.test(after) && SPEAKER_NOUNS.has(after.replace(/e?s$/, ''))));
    if (named && !people && !/^(?:and|or|of|at|from|in|for|with|to)$/.test(named[2] as string) && !/['’]s?$/.test(named[1] as string)) np = named[1] as string;
    // The longest run of leading words that reads as a source: "her cousins is online" -> her cousins.
    const words = np.split(/\s+/).slice(0, 10);
    for (let n = words.length; n >= 1; n--) {
      const phrase = parseSubjectRegion(words.slice(0, n).join(' '), authorAt, true);
      if (phrase && phrase.kind !== 'pronoun') return this.add(authorAt, noun, phrase);
    }
  }

  private clauseStart(at: number): number {
    const before = this.body.slice(Math.max(0, at - 240), at);
    const cut = Math.max(before.search(/[^.!?\n]*$/), 0);
    return Math.max(0, at - 240) + cut;
  }

  /**
   * "..., whose real name is Ann Reyes, comes a day after she filed a lawsuit": he/she is the latest full name before
   * it in the same sentence whose first name does not contradict the pronoun. Nothing else is guessed here.
   */
  private pronounAuthor(phrase: SpeakerPhrase, sentenceStart: number): SpeakerPhrase | null {
    if (phrase.kind !== 'pronoun') return null;
    if (phrase.pronoun !== 'he' && phrase.pronoun !== 'she') return null;
    const text = this.body.slice(sentenceStart, phrase.start);
    let best: SpeakerPhrase | null = null;
    for (const m of text.matchAll(/\b(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)\b/gu)) {
      const first = m[1] as string;
      const clash = phrase.pronoun === 'he' ? FEMALE_NAMES.has(first) : MALE_NAMES.has(first);
      const known = FEMALE_NAMES.has(first) || MALE_NAMES.has(first);
      if (clash || !known) continue;
      const start = sentenceStart + (m.index ?? 0);
      best = { kind: 'person', start, end: start + m[0].length, text: m[0], name: m[0] };
    }
    return best;
  }
}
