/**
 * Finds who a quotation is attributed to inside its own sentence. Patterns, in the order tried:
 *
 * - before:   `X said: “...”`, `X told the BBC, “...”`, `“We will,” he said, “respond.”` (second span),
 *             `According to X, “...”`
 * - after:    `“...,” X said.`, `“...,” X, the Y of Z, told reporters`, `“...,” said X, a spokeswoman`,
 *             `“...,” according to X`
 * - reported: `X said the mission was continuing “but training ...”` (partial quote inside reported speech: the
 *             subject of the nearest clause with a speech verb)
 * - trailing: `The alliance must “wait and see” how Norvania responds, another diplomat said.`
 * - participles (reported only, never a tag): `Voss hit back, saying “...”`, `with engineers describing it as “...”`
 * - credits: `“...” — Jon Reyes, on his win` (pull quotes); `As X put it, “...”`; `“...,” read a statement from X`
 * - captions: `X shared a photo with the caption: “...”` (the subject of the sentence posted the words)
 *
 * Returns null when the sentence carries no attribution; the caller then applies paragraph-level rules.
 */
import { isPlaceName } from '../entities/gazetteer.js';
import { MASK, clauseStartBefore, masksOnlyTitles, sentenceOf, type Layout, type VerbHit } from './layout.js';
import { ORG_HEADS, VERB_FILLERS } from './lexicon.js';
import { parseSpeakerPhrase, type SpeakerPhrase } from './phrase.js';
import { closeEnd, type RawSpan } from './spans.js';
import { clauseSubject } from './prefix.js';
import { relayedSpeaker } from './relayed.js';
import { documentSpeaker, documentWithClause, isDocumentHead } from './documents.js';
import { colonIntro, handedOverWords, quotedSourceWords, voicedBy, type Intro } from './intro.js';
import { promoterOf } from './marketing.js';
import { carrierOf } from './carried.js';
import { wordsOf } from './words-of.js';
import { ownedSpeech } from './owned-speech.js';
import { answerSpeaker } from './speaker-label.js';
import { invertedLead } from './inverted-lead.js';
import { perceivedSubject } from './perceived-speaker.js';
import { frontedSpeech } from './fronted-speech.js';
import { leadingSubject, parseInvertedSpeaker, parseSubjectRegion } from './subject.js';

export type AttributionForm = 'before' | 'after' | 'reported' | 'trailing';

export interface Attribution {
  phrase: SpeakerPhrase;
  verb: string;
  verbStart: number;
  verbEnd: number;
  form: AttributionForm;
  /** Words the subject passed on ("he quoted Lincoln: “...”"): their author speaks here, but is no voice of the story. */
  relayed?: boolean;
}

/** Words that may sit between a speech verb and the quote it introduces: `told reporters on Monday:`. */
const TAIL_PIECE = String.raw`\s+(?:in(?=\s*[:,]|\s+with\b)|it|that|simply|bluntly|flatly|firmly|plainly|earlier|later|late|early|yesterday|today|tonight|him|her|them|us|me|reporters|journalists|lawmakers|parliament|supporters|the\s+[\w’'.-]+(?:\s+[\w’'.-]+)?|[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,4}|(?:in|on|at|to|during|after|from|via|over|with|under|below|beneath|underneath|alongside)\s+(?:a|an|the|his|her|their|its)?\s*[\w’'.-]+(?:\s+[\w’'.-]+){0,2}|last\s+\w+|this\s+\w+)`;
const INTRO_TAIL = new RegExp(String.raw`^(?:${TAIL_PIECE})*\s*[:,—–-]?\s*$`);
const FILLERS = new RegExp(String.raw`(?:\s+(?:${[...VERB_FILLERS].join('|')}))+\s*$`, 'i');
/** Any lowercase -ly adverb before the verb ("he quietly told", "she tearfully said"), not a -ly noun. */
const LY_ADVERB = /(?:\s+(?!(?:family|ally|assembly|supply|monopoly|daily|weekly|rally)\b)[a-z]{2,}ly)+\s*$/;
/** A be/get auxiliary right before the verb (an -ly adverb may sit between): the verb is passive. */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be|get|gets|got)\s+(?:[a-z]+ly\s+)?$/;

/** "the lawsuit alleges": a document subject of an active speech verb ("the plan was criticised" is no speaker). */
function activeDocument(region: string, trimmed: string, base: number): SpeakerPhrase | null {
  if (PASSIVE_BEFORE.test(region)) return null;
  // The whole subject must be the document: in "The victim's statement, Roe continued" Roe speaks.
  // "The lawsuit, filed Monday by X, alleges": a participle clause set off by commas is part of the document subject.
  if (/[,;:—–()]/.test(trimmed)) return documentWithClause(trimmed, base);
  // "A lawsuit filed Monday by 10 families claims": the reduced clause without commas names the author too.
  return documentSpeaker(trimmed, base) ?? documentWithClause(trimmed, base);
}

/** "The statement goes on to say", "he went on to tell": the verb's subject is before the idiom. */
const GOES_ON_TO = /\s+(?:goes|go|went|going|gone)\s+on\s+to\s*$/;
/** The region before a speech verb without the auxiliaries and adverbs that separate it from its subject. */
/**
 * "used to say", "likes to tell people", "was quick to point out", "has to admit": a verb taking the speech verb as
 * its infinitive stands between the subject and the speech (refusals, "declined to say", are not speech and not here).
 */
const INFINITIVE_LEAD =
  /\s+(?:(?:also|always|often|still|once|never)\s+)?(?:used|likes?|liked|loves?|loved|tends?|tended|wants?|wanted|continues?|continued|began|begins?|start(?:s|ed)?|decided|chose|has|had|have|needs?|needed|(?:is|was|are|were)\s+(?:quick|eager|keen|careful|happy|fond|able|known|forced|compelled|obliged|moved|prompted))\s+to\s*$/;

/** A verb whose object does the next verb: "prompted X to slam", "urged X to call", "led X to accuse". */
const OBJECT_CONTROL =
  /\b(?:prompted|prompting|led|leading|forced|forcing|caused|causing|pushed|pushing|spurred|spurring|inspired|inspiring|drove|driving|urged|urging|encouraged|encouraging)\s+((?:the\s+)?[\p{Lu}][^,;:█]{1,60}?)\s+to\s*$/u;

/** Lowercase modals and forms of "be" ("can be heard", "has been quoted"); case-sensitive, so "Theresa May" keeps her name. */
const MODAL_FILLERS = /(?:\s+(?:can|may|might|must|should|be|been|being))+\s*$/;

function stripFillers(region: string): string {
  const once = region.replace(GOES_ON_TO, '').replace(INFINITIVE_LEAD, '').replace(FILLERS, '').replace(MODAL_FILLERS, '');
  return once.replace(FILLERS, '').replace(LY_ADVERB, '').replace(FILLERS, '').replace(MODAL_FILLERS, '').replace(FILLERS, '');
}

export function attribute(layout: Layout, span: RawSpan): Attribution | null {
  const found = attributeInSentence(layout, span);
  // "**Roe:** ... “...,” I told the band.": in a labelled interview answer, "I" is the one the label names.
  if (found?.phrase.kind === 'pronoun' && found.phrase.pronoun === 'i') {
    const label = answerSpeaker(layout);
    if (label) return { ...found, phrase: label };
  }
  return found;
}

function attributeInSentence(layout: Layout, span: RawSpan): Attribution | null {
  return (
    relayed(layout, span) ??
    handedOver(layout, span) ??
    quotedSource(layout, span) ??
    carried(layout, span) ??
    inWordsOf(layout, span) ??
    ownedWords(layout, span) ??
    invertedBefore(layout, span) ??
    passiveAgentIntro(layout, span) ??
    before(layout, span) ??
    afterUnlessReported(layout, span) ??
    reported(layout, span) ??
    trailing(layout, span) ??
    caption(layout, span) ??
    tookToPlatform(layout, span) ??
    wordsIntro(layout, span) ??
    voiced(layout, span) ??
    promoted(layout, span) ??
    coordinatedFragment(layout, span) ??
    fronted(layout, span) ??
    unmarkedParticiple(layout, span) ??
    participleAfterTag(layout, span)
  );
}

/**
 * “...,” said Roe, whose firm did the work, adding that repairs would take “months.”: a speech participle after the
 * tag of an earlier quotation in the sentence shares that tag's speaker.
 */
function participleAfterTag(layout: Layout, span: RawSpan): Attribution | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  const prev = closedBefore(layout, span, sentence.start);
  if (!prev || prev.close === null) return null;
  const tag = after(layout, prev);
  if (!tag || tag.verbStart < prev.close || !tag.verb) return null;
  const between = layout.masked.slice(tag.verbEnd, span.open);
  if (between.includes(MASK) || !new RegExp(String.raw`,\s*(?:and\s+)?${PARTICIPLES}\b`).test(between)) return null;
  if (verbsIn(layout, tag.verbEnd, span.open).some((v) => !v.participle)) return null;
  return { ...tag, form: 'reported' };
}

/** The last quotation of the sentence (from `sentenceStart`) that closed before `span` opens. */
function closedBefore(layout: Layout, span: RawSpan, sentenceStart: number): RawSpan | undefined {
  return layout.spans.findLast((s) => s.close !== null && s.close < span.open && s.open >= sentenceStart);
}

const PARTICIPLES = String.raw`(?:saying|assuring|reassuring|claiming|arguing|insisting|noting|writing|stating|calling|describing|telling|warning|accusing|suggesting|asserting|tweeting|posting|declaring|promising|vowing|explaining|adding|complaining|branding|labell?ing|dubbing|urging|demanding)`;
/** "justified it by claiming", "-- stating that", "while insisting", "detailing X and assuring readers that": a
 * speech participle no comma announces. */
const BY_PARTICIPLE = new RegExp(String.raw`(?:\b(?:by|while|when|before|after|and)\s+|\s--?\s*)(${PARTICIPLES})\b`, 'g');
/** "By Friday, he was tweeting that", "the drummer kept saying": a progressive or repeated speech verb. */
const PROGRESSIVE = new RegExp(
  String.raw`\b(?:was|were|is|are|been|am|kept|keeps|keep|kept\s+on|went\s+around|goes\s+around)\s+(?:(?:also|still|now|even|already|[a-z]+ly)\s+)?(${PARTICIPLES})\b`,
  'g',
);

/**
 * Speech participles the verb scan does not take as tags: "The group justified it by claiming the site was “...”",
 * "Voss stood by his premise -- stating that, right now, “...”", "he was tweeting that “...”". The subject of the
 * clause speaks. Tried last: a real tag or reported-speech verb always wins.
 */
function unmarkedParticiple(layout: Layout, span: RawSpan): Attribution | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  const pre = layout.masked.slice(sentence.start, span.open);
  const last = (re: RegExp): RegExpExecArray | undefined => [...pre.matchAll(re)].pop() as RegExpExecArray | undefined;
  const progressive = last(PROGRESSIVE);
  const participle = last(BY_PARTICIPLE);
  const use = progressive && (!participle || progressive.index > participle.index) ? progressive : participle;
  if (!use?.[1] || pre.slice(use.index).includes(MASK)) return null;
  const at = sentence.start + use.index;
  const verbStart = at + use[0].lastIndexOf(use[1]);
  const verb: VerbHit = { verb: use[1], start: verbStart, end: verbStart + use[1].length, according: false };
  if (use === progressive) {
    const from = clauseStartBefore(layout, at, sentence.start);
    const region = layout.masked.slice(from, at);
    if (region.includes(MASK)) return null;
    return make(parseSubjectRegion(stripFillers(region), from, false), verb, 'reported');
  }
  const before = pre.slice(0, use.index);
  if (before.includes(MASK) && !masksOnlyTitles(layout, sentence.start, sentence.start + use.index)) return null;
  const seen = /^\s*and\s/.test(use[0]) ? perceivedActor(before, sentence.start) : null;
  if (seen) return make(seen, verb, 'reported');
  // The subject ends where its predicate starts (clauseSubject), so no verb phrase is read as a speaker.
  return make(clauseSubject(layout, sentence.start, at) ?? nearestClauseSubject(layout, at, sentence.start), verb, 'reported');
}

/** "she recalls him saying", "he remembered his father telling": the object of a memory verb before a speech participle. */
function recalledSpeaker(layout: Layout, verb: VerbHit, limit: number): SpeakerPhrase | null {
  if (!/^(?:recall|recalls|recalled|remember|remembers|remembered)$/i.test(verb.verb)) return null;
  const m = /^\s+(him|her|them|(?:his|her|their|the|a|an)\s+[^,;.!?█]{1,40}?|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:saying|telling|asking|shouting|yelling|warning|adding)\b/u.exec(layout.masked.slice(verb.end, limit));
  if (!m?.[1]) return null;
  const at = verb.end + m[0].indexOf(m[1]);
  const pronoun = ({ him: 'he', her: 'she', them: 'they' } as const)[m[1] as 'him' | 'her' | 'them'];
  if (pronoun) return { kind: 'pronoun', start: at, end: at + m[1].length, text: m[1], name: pronoun, pronoun };
  return parseSubjectRegion(m[1], at, true);
}

/** Verbs of memory and perception that take an object doing something: "I remember him grabbing my arm". */
const PERCEIVES =
  /\b(?:remember(?:s|ed|ing)?|recall(?:s|ed|ing)?|saw|see(?:s|ing)?|watch(?:es|ed|ing)?|heard|hear(?:s|ing)?|imagine[sd]?|picture[sd]?|forget|forgot)\s+/gi;

/**
 * "I remember the lights coming up and my producer, Jo Ray, grabbing my arm and saying": after a verb of memory or
 * perception, the one doing the "-ing" action is the object, and the coordinated speech participle is theirs, not
 * the rememberer's. `before` ends where "and saying" starts. The object of the last such conjunct, or null.
 */
function perceivedActor(before: string, base: number): SpeakerPhrase | null {
  const verb = [...before.matchAll(PERCEIVES)].pop();
  if (!verb) return null;
  const from = (verb.index ?? 0) + verb[0].length;
  const object = before.slice(from);
  // The last conjunct with its own actor: "the lights coming up and my producer, Jo Ray, grabbing my arm".
  const conjuncts = [...object.matchAll(/(?:^|\s+and\s+)((?:(?!\s+and\s)[^;:.!?])+?)\s+(\p{Ll}+ing)\b/gu)];
  const last = conjuncts.pop();
  if (!last?.[1]) return null;
  const at = base + from + (last.index ?? 0) + last[0].indexOf(last[1]);
  const phrase = parseSubjectRegion(last[1].replace(/,\s*$/, ''), at, false);
  return phrase && phrase.kind !== 'pronoun' ? phrase : null;
}

/**
 * Fragments in a list share their source: Lyrics from the song include: “...” and “...”; the site promises you can
 * “...,” “...” or “...”. A quotation joined to the previous one of its sentence by only "and", "or" or a comma takes
 * that one's attribution when it has none of its own.
 */
function coordinatedFragment(layout: Layout, span: RawSpan): Attribution | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  // “...” and “...,” Roe told the council.: the first fragment shares the tag right after the second.
  const following = layout.spans.find((s) => s.open > span.open && s.open < sentence.end);
  if (following && span.close !== null && /^\s*(?:,\s*)?(?:and|or)\s*$/.test(layout.masked.slice(span.close + 1, following.open))) {
    const tag = after(layout, following);
    if (tag) return { ...tag, form: 'reported' };
  }
  // The plan is “dead” and the talks are “over,” Roe said.: a fragment with no tag of its own shares the tag after a
  // later quotation of its sentence when no speech verb or clause break stands between them.
  if (following && span.close !== null) {
    const gapStart = closeEnd(span);
    const gap = layout.masked.slice(gapStart, following.open);
    if (gap.length <= 120 && !/[;:()—–]/.test(gap) && verbsIn(layout, gapStart, following.open).length === 0) {
      const tag = after(layout, following);
      if (tag) return { ...tag, form: 'reported' };
    }
  }
  const prev = closedBefore(layout, span, sentence.start);
  if (!prev || prev.close === null) return null;
  const between = layout.masked.slice(prev.close + 1, span.open);
  if (!/^\s*(?:,\s*)?(?:(?:and|or|as\s+well\s+as|and\s+then)\s*)?$/.test(between) || /^\s*$/.test(between)) return null;
  return attribute(layout, prev);
}

/** A finder's hit as a tag: its offset `at` stands for the speech verb (a colon, a promoter's verb, or nothing). */
function hitTag(hit: Intro | null, verb: string, form: AttributionForm): Attribution | null {
  return hit && { phrase: hit.phrase, verb, verbStart: hit.at, verbEnd: hit.at + verb.length, form };
}

/** "Roe recalled her father's advice: “...”": the words are the father's (intro.ts). Before any tag of the subject's. */
function handedOver(layout: Layout, span: RawSpan): Attribution | null {
  return hitTag(handedOverWords(layout, span), ':', 'before');
}

/** "he quoted Teddy Roosevelt: “...”": the words are the named source's (intro.ts). */
function quotedSource(layout: Layout, span: RawSpan): Attribution | null {
  const hit = hitTag(quotedSourceWords(layout, span), 'quoted', 'before');
  return hit && { ...hit, relayed: true };
}

/** "praised the pope's call to fix “...”" (owned-speech.ts). Not when the quotation has a tag of its own after it. */
function ownedWords(layout: Layout, span: RawSpan): Attribution | null {
  const o = ownedSpeech(layout, span);
  if (!o || after(layout, span)) return null;
  return { phrase: o.phrase, verb: '', verbStart: o.at, verbEnd: o.at, form: 'before' };
}

/** "residents held up a banner reading “...”": the carriers' message (carried.ts). */
function carried(layout: Layout, span: RawSpan): Attribution | null {
  const c = carrierOf(layout, span);
  return c && { phrase: c.phrase, verb: c.verb, verbStart: c.at, verbEnd: c.at + c.verb.length, form: 'before' };
}

/** "The flood was, in Ann Cole's words, “...”" (words-of.ts). */
function inWordsOf(layout: Layout, span: RawSpan): Attribution | null {
  const w = wordsOf(layout, span);
  return w && { phrase: w.phrase, verb: 'in the words of', verbStart: w.at, verbEnd: w.at + 2, form: 'before' };
}

/** "chants of “...” from the fans", "Amnesty: police use ‘out of control’" (intro.ts). */
function voiced(layout: Layout, span: RawSpan): Attribution | null {
  return hitTag(voicedBy(layout, span), '', 'after');
}

/** "Acme markets the kettle as “...”", "the group aired an ad that calls her “...”" (marketing.ts). */
function promoted(layout: Layout, span: RawSpan): Attribution | null {
  const p = promoterOf(layout, span);
  return p && hitTag(p, p.verb, 'reported');
}

/** "Dana Voss offered words of encouragement: “...”", "Roe's response: “...”": a noun for words stands in (intro.ts). */
function wordsIntro(layout: Layout, span: RawSpan): Attribution | null {
  return hitTag(colonIntro(layout, span), ':', 'before');
}

/** “...,” the agency quoted X as saying: X spoke, not the agency (relayed.ts). Tried first: "quoted" is no speech verb. */
function relayed(layout: Layout, span: RawSpan): Attribution | null {
  const r = relayedSpeaker(layout, span);
  if (!r) return null;
  return { phrase: r.phrase, verb: r.verb, verbStart: r.verbStart, verbEnd: r.verbEnd, form: r.after ? 'before' : 'after' };
}

/** "shared a photo with the caption: “...”", "captioned the post: “...”": the one who posted wrote the words. */
const CAPTION_INTRO =
  /(?:\b(?:with|alongside|under)\s+(?:the|a|an)\s+(?:caption|message|words|note)|\bcaptioned\s+(?:it|(?:the|a|her|his|their)\s+(?:photo|picture|image|post|video|clip)))\s*[:,]?\s*$/;

/** A lead-in pattern matched against the narrative of the quote's sentence before it (no other quote in between). */
function leadIn(layout: Layout, span: RawSpan, pattern: RegExp): { sentenceStart: number; m: RegExpExecArray } | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  const pre = layout.masked.slice(sentence.start, span.open);
  const m = pattern.exec(pre);
  return m && !pre.includes(MASK) ? { sentenceStart: sentence.start, m } : null;
}

function caption(layout: Layout, span: RawSpan): Attribution | null {
  const found = leadIn(layout, span, CAPTION_INTRO);
  if (!found) return null;
  const { m, sentenceStart } = found;
  const phrase = clauseSubject(layout, sentenceStart, span.open);
  if (!phrase) return null;
  const at = sentenceStart + m.index + m[0].search(/\S/);
  const word = /caption/.exec(m[0]) ? 'captioned' : m[0].trim().split(/\s+/).pop()?.replace(/[:,]$/, '') ?? 'wrote';
  return { phrase, verb: word, verbStart: at, verbEnd: at + m[0].trim().length, form: 'before' };
}

/** "Roe took to Twitter on Monday: “...”": posting on a platform introduces the poster's words. */
const TOOK_TO =
  /\b(?:took|takes|take|taking)\s+to\s+(?:Twitter|X|Facebook|Instagram|TikTok|YouTube|Threads|Bluesky|Truth\s+Social|Weibo|Telegram|social\s+media|(?:his|her|their|its)\s+(?:blog|website|Facebook\s+page|Instagram\s+account|Twitter\s+account))\b[^█.;!?]{0,50}?[:,—–]\s*$/;

function tookToPlatform(layout: Layout, span: RawSpan): Attribution | null {
  const found = leadIn(layout, span, TOOK_TO);
  if (!found) return null;
  const { m, sentenceStart } = found;
  const at = sentenceStart + m.index;
  const phrase = clauseSubject(layout, sentenceStart, at);
  if (!phrase) return null;
  const verb = (m[0].split(/\s+/)[0] as string);
  return { phrase, verb, verbStart: at, verbEnd: at + verb.length, form: 'before' };
}

function verbsIn(layout: Layout, from: number, to: number): VerbHit[] {
  return layout.verbs.filter((v) => v.start >= from && v.end <= to && !notSpeech(layout, v));
}

/**
 * Speech verbs in a sense that reports no words: "another man charged in the case" (accused by prosecutors, a
 * reduced relative), "Iran insists on completing the reactor" (demands to do).
 */
function notSpeech(layout: Layout, v: VerbHit): boolean {
  const next = layout.masked.slice(v.end, v.end + 40);
  if (/^charged$/i.test(v.verb)) return /^\s+(?:in|with)\b/.test(next);
  if (/^insist(?:s|ed)?$/i.test(v.verb)) return /^\s+(?:on|upon)\s+\w+ing\b/.test(next);
  // "Roe thinks about the “old days”", "believes in": a topic, not a reported thought.
  if (/^(?:thinks|believes|believed)$/i.test(v.verb)) return /^\s+(?:about|of|in)\b/.test(next);
  return false;
}

/** Speech verbs whose passive subject is the one spoken to ("was asked", "were told", "was urged"). */
const ADDRESSEE_VERBS = new Set('asked told warned urged advised reminded assured informed questioned pressed challenged'.split(' '));

/** Passive verbs whose subject is the speaker ("was quoted as saying", "was heard saying"; layout.ts). */
const PASSIVE_SPEAKER = new Set(['quoted', 'recorded', 'heard', 'overheard', 'reported', 'filmed', 'caught', 'seen']);

/** What may stand between a quotation closing the subject and its verb: nothing, or a time adverbial ("last year"). */
const QUOTE_TO_VERB = /^\s*(?:(?:last|this)\s+(?:year|week|month|spring|summer|fall|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+\d{4}|earlier|later|yesterday|previously|recently|also)?\s*$/;

/** Where the masked quotation that ends just before `from` opens (not below `floor`). */
function maskedRunStart(layout: Layout, from: number, floor: number): number {
  let open = from - 1;
  while (open > floor && layout.masked[open - 1] === MASK) open--;
  return open;
}

/** The subject of a verb: the clause text before it, minus auxiliaries ("has also warned"). */
export function subjectOf(layout: Layout, verb: VerbHit, floor: number, strict: boolean): SpeakerPhrase | null {
  if (verb.participle) return participleSubject(layout, verb, floor);
  let from = clauseStartBefore(layout, verb.start, floor);
  // A quotation right before the verb ends a clause; when nothing stands between them, the subject is before the
  // quotation ("Jo Ray, author of the book “Windfall,” says").
  // The same with a time adverbial between ("The party's manifesto “Forward” last year said"): the subject ends at
  // the quotation.
  let to = verb.start;
  if (from > floor && layout.masked[from - 1] === MASK && QUOTE_TO_VERB.test(layout.masked.slice(from, verb.start))) {
    const open = maskedRunStart(layout, from, floor);
    if (!/^\s*$/.test(layout.masked.slice(from, verb.start))) to = open;
    from = clauseStartBefore(layout, open, floor);
  }
  const titled = titledSubject(layout, from, floor, verb.start) ?? coordinatedBefore(layout, from, floor, verb.start);
  if (titled) return titled;
  const region = withoutQuotedAppositive(layout.masked.slice(from, to));
  if (region.includes(MASK)) return null;
  // "Ann Roe was asked: “...”", "Roe was told": the subject of a passive speech verb is whom the words were put to.
  if (ADDRESSEE_VERBS.has(verb.verb.toLowerCase()) && PASSIVE_BEFORE.test(region)) return null;
  // "Ministers were accused of a “quiet retreat”", "Lee was praised for his “heroic” work": the passive's subject is
  // the target of the words; only "was quoted/heard/recorded as saying" makes it the speaker.
  if (PASSIVE_BEFORE.test(region) && !PASSIVE_SPEAKER.has(verb.verb.toLowerCase())) return null;
  const trimmed = stripFillers(region);
  // "That prompted the Republican Party to slam ...": the infinitive's subject is the object of the verb before it.
  const controlled = OBJECT_CONTROL.exec(region);
  if (controlled?.[1] !== undefined) {
    const np = controlled[1];
    const phrase = parseSubjectRegion(np, from + controlled.index + controlled[0].indexOf(np), true);
    if (phrase && phrase.kind !== 'pronoun') return phrase;
  }
  // "In the call with his fiancee, Rhonda Roe, he complained": a pronoun right before the verb, after a comma, is the
  // subject; the name before it belongs to the fronted phrase.
  // "..., which it says is consistent with": a pronoun after a relative word is that clause's subject as well.
  const lastPronoun = /(?:,\s*|^\s*(?=which|that|who|as))(?:(?:which|that|who|as)\s+)?(he|she|they|we|it)\s*$/i.exec(trimmed);
  if (lastPronoun?.[1] !== undefined) {
    const word = lastPronoun[1];
    const start = from + lastPronoun.index + lastPronoun[0].lastIndexOf(word);
    const pronoun = word.toLowerCase() as 'he' | 'she' | 'they' | 'we' | 'it';
    return { kind: 'pronoun', start, end: start + word.length, text: word, name: pronoun, pronoun };
  }
  if (!strict && from > floor && /^\s*(?:and|but|yet|or)?\s*$/i.test(trimmed)) {
    // A coordinated verb shares the sentence subject: "Lind declined to comment but told reporters that ...".
    const outer = clauseStartBefore(layout, from - 1, floor);
    const main = layout.verbs.find((v) => v.start >= outer && v.end <= from && !v.according);
    return main ? subjectOf(layout, main, floor, false) : clauseSubject(layout, outer, from);
  }
  // "host Stuart Varney who said", "Andrew Cuomo, the governor, who described her as": a relative pronoun right before
  // the verb stands for the noun phrase just before it.
  const antecedent = relativeAntecedent(trimmed, from);
  if (antecedent) return antecedent;
  // "Obama got up in front of Congress and asked its members": a verb coordinated with "and" (no comma) shares the
  // subject of the clause's first verb, not the last name before it.
  const andAt = /\s+and(?:\s+[\w-]+ly)?\s*$/.exec(trimmed);
  if (!strict && andAt && andAt.index > 0) {
    const shared = clauseSubject(layout, from, from + andAt.index);
    if (shared) return shared;
  }
  // "the lawsuit alleges", "its website promises": a document speaks for its author (documents.ts).
  const doc = activeDocument(region, trimmed, from);
  const author = doc && !(doc.head !== undefined && isDocumentHead(doc.head)) ? doc : null;
  const region0 = parseSubjectRegion(trimmed, from, strict);
  // The parser read the aside after a leading name as the subject ("Gen. X, the Air Component Command, ...,"): the name.
  const aside = !strict && region0?.kind !== 'person' ? leadingNameBeforeAside(trimmed, from) : null;
  // "Beatty then returned to the microphone to explain:": a purpose infinitive after the main clause has its subject.
  const purpose = !region0 && /\bto\s*$/.test(region) && /\s\p{Ll}+ed\s/u.test(region) ? clauseSubject(layout, from, verb.start) : null;
  const parsed = author ?? aside ?? region0 ?? doc ?? subjectAfterThat(trimmed, from) ?? (purpose?.kind === 'person' ? purpose : null);
  if (parsed || strict) return parsed;
  const comma = region.lastIndexOf(',');
  return coordinatedSubject(region.slice(comma + 1), from + comma + 1);
}

/**
 * "Lt. Gen. Thomas Bergeson, the Air Component Command, South Korea/U.S. Combined Forces Command and 7th Air Force
 * commander, explained": a name opening the region and closed by a comma is the subject, however long the aside
 * after it that the phrase parser gives up on.
 */
function leadingNameBeforeAside(region: string, from: number): SpeakerPhrase | null {
  // A fronted "That's when", "Then" may open the clause: "That's when John Elder, a council member who ..., shouted".
  const m = /^(\s*(?:(?:That['’]s when|That was when|It was then that|Then|And then|But|And|So)\s+)?)((?:\p{Lu}[\p{L}.'’-]*\s+){1,5}\p{Lu}[\p{L}'’-]+),\s+(?:the|a|an|his|her|their)\s[^;:]*,\s*$/u.exec(region);
  if (!m?.[2]) return null;
  const phrase = parseSpeakerPhrase(m[2], from + (m[1]?.length ?? 0));
  return phrase?.kind === 'person' && phrase.name.includes(' ') ? phrase : null;
}

/** The noun phrase a relative pronoun ending the region ("..., host Stuart Varney who") stands for, if it names one. */
function relativeAntecedent(region: string, from: number): SpeakerPhrase | null {
  const m = /^([\s\S]*?\S)\s*,?\s+(?:who|whom)\s*$/.exec(region);
  if (!m?.[1]) return null;
  // One appositive between the name and the pronoun: "Andrew Cuomo, the governor of New York, who".
  const pre = m[1].replace(/,\s+(?:the|a|an)\s+[^,]{1,60}$/, '');
  // "comments from Turner’s father, who called prison “...”": someone's relative or spokesman, described.
  const owned = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]+)$/u.exec(pre);
  if (owned?.[1]) {
    const described = parseSpeakerPhrase(owned[1], from + owned.index);
    if (described?.kind === 'description' && described.head !== undefined && !described.plural && !ORG_HEADS.has(described.head)) return described;
  }
  const name = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)$/u.exec(pre);
  if (!name?.[1]) return null;
  const phrase = parseSpeakerPhrase(name[1], from + name.index);
  // Only a person: "..., University of California, Los Angeles, who calls" ends in a place, not the one who speaks.
  return phrase?.kind === 'person' && !isPlaceName(phrase.name) ? phrase : null;
}

/**
 * "The Post reported that Susan Bucher warned": when the whole region is no subject, the words after its last
 * "that" opening a clause (after a verb: "reported that", "said that") are the subject of the verb that follows.
 */
function subjectAfterThat(region: string, from: number): SpeakerPhrase | null {
  // Or after a relative "during which", "in which": "an interview, during which the president said".
  const m = /^(.*\S\s+\p{Ll}+\s+that\s+)(\S.*)$/su.exec(region) ?? /^(.*?\b(?:in|during|at|after|before|on|from|with|for|by|under|through)\s+(?:which|whom)\s+)(\S.*)$/su.exec(region);
  if (!m?.[1] || !m[2]) return null;
  const phrase = parseSubjectRegion(m[2], from + m[1].length, true);
  return phrase && phrase.kind !== 'pronoun' ? phrase : null;
}

/**
 * "Mia Stone, editor of the “Windfall” book and a senior editor at Weekly Review, pointed out": a title quoted inside
 * the subject's appositive (a word before it, a lowercase word after it) splits no clause. Read with the title as a
 * name, the region gives a named person, or nothing (a quotation that is itself the subject speaks for no one here).
 */
function titledSubject(layout: Layout, from: number, floor: number, verbStart: number): SpeakerPhrase | null {
  if (from <= floor || layout.masked[from - 1] !== MASK || !/^\s+\p{Ll}/u.test(layout.masked.slice(from, verbStart))) return null;
  const open = maskedRunStart(layout, from, floor);
  if (!/[\p{L}\p{N}] $/u.test(layout.masked.slice(Math.max(floor, open - 2), open))) return null;
  const start = clauseStartBefore(layout, open, floor);
  const region = layout.masked.slice(start, verbStart).replace(/█+/g, (m) => `Q${'q'.repeat(m.length - 1)}`);
  const phrase = parseSubjectRegion(stripFillers(region), start, false);
  return phrase?.kind === 'person' && !/Qq/.test(phrase.name) ? phrase : null;
}

/**
 * "Ivo Marsh, 38, and another man charged in the case, Dan Roe, told": ", and" starts a clause of its own in the
 * layout, but here it joins a second person to the subject; read from the clause before, the pair is the speaker.
 */
function coordinatedBefore(layout: Layout, from: number, floor: number, verbStart: number): SpeakerPhrase | null {
  if (from <= floor || !/^\s*and\s/.test(layout.masked.slice(from, verbStart))) return null;
  const start = clauseStartBefore(layout, from - 1, floor);
  const region = layout.masked.slice(start, verbStart);
  if (region.includes(MASK)) return null;
  const phrase = parseSubjectRegion(stripFillers(region), start, false);
  return phrase?.kind === 'group' ? phrase : null;
}

/**
 * "Jo Ray, author of the book ███, says": an appositive holding a quotation (a title the caller set aside) is cut, so
 * the name before it is the subject. Any other quotation inside the subject region keeps it unparseable.
 */
function withoutQuotedAppositive(region: string): string {
  const first = region.indexOf(MASK);
  // One quotation, closing the region (its comma may sit inside the marks: “Windfall,” says).
  if (first < 0 || !/^[^█]*█+[^█]*?[\s,]*$/.test(region) || !/█[^█]*,\s*$|█\s*$/.test(region)) return region;
  const comma = region.lastIndexOf(',', first);
  return comma > 0 ? region.slice(0, comma) : region;
}

/** "with engineers describing": the noun phrase after "with"; ", saying": the subject opening the sentence. */
function participleSubject(layout: Layout, verb: VerbHit, floor: number): SpeakerPhrase | null {
  if (verb.actorStart !== undefined) return perceivedSubject(layout, verb);
  const sentence = sentenceOf(layout, verb.start);
  const from = Math.max(floor, sentence?.start ?? 0);
  const before = layout.masked.slice(from, verb.start);
  if (before.includes(MASK) && !masksOnlyTitles(layout, from, verb.start)) return null;
  const withNp = /\bwith\s+([^,;█]{2,60}?)\s*$/.exec(before);
  if (withNp?.[1] !== undefined) {
    const np = parseSubjectRegion(withNp[1], from + withNp.index + withNp[0].indexOf(withNp[1]), true);
    // "Fans rallied round, with one writing": "one" is a member of the sentence's plural subject.
    if (np?.elliptical) {
      const group = leadingSubject(before, from);
      if (group?.kind === 'description' && group.plural && group.head) {
        return { ...np, elliptical: false, name: `${np.name} ${group.head}`, head: group.head, modifiers: [], plural: false };
      }
    }
    return np;
  }
  // "The court heard that Brandt sent messages ..., urging him to pay": the participle shares the nearest subject,
  // which a "that" clause gives its own.
  const that = /^([\s\S]*\bthat\s+)[\s\S]*$/.exec(before);
  // A "that" followed by a verb is a relative pronoun ("outrage that followed his Twitter thank-you"): its clause
  // has no subject of its own. Followed by a noun phrase it opens a clause ("heard that Brandt sent").
  const afterThat = that?.[1] !== undefined ? (/^\s*(\S+)/.exec(before.slice(that[1].length))?.[1] ?? '') : '';
  const clauseThat = that?.[1] !== undefined && !/^(?:\p{Ll}+(?:ed|s)|is|are|was|were|has|have|had|will|would|can|could|may|might)$/u.test(afterThat);
  if (that?.[1] !== undefined && clauseThat) {
    const inner = leadingSubject(before.slice(that[1].length), from + that[1].length);
    if (inner) return inner;
  }
  return leadingSubject(before, from) ?? nearestClauseSubject(layout, verb.start, from);
}

/**
 * "No one denied it, and in a screenshot from the forum, Kurt appears to admit it, writing “...”": when the
 * sentence's opening words name no one, the participle shares the subject of its own clause, read after the
 * conjunction and any fronted prepositional phrases.
 */
function nearestClauseSubject(layout: Layout, at: number, floor: number): SpeakerPhrase | null {
  const start = clauseStartBefore(layout, at, floor);
  if (start <= floor) return null;
  const text = layout.masked.slice(start, at);
  if (text.includes(MASK)) return null;
  let offset = 0;
  for (const chunk of text.split(/(?<=,)/)) {
    const bare = chunk.replace(/^\s*(?:and|but|yet|so|while|whereas|although|though)\s+/i, '');
    const skipped = chunk.length - bare.length;
    if (/^\s*(?:in|on|at|after|before|during|from|with|without|under|over|through|via|for|by|since|as)\b/i.test(bare)) {
      offset += chunk.length;
      continue;
    }
    return leadingSubject(bare, start + offset + skipped);
  }
  return null;
}

/** Nouns for someone else's words inside a report: "rejected a claim by the opposition that ...", "brushing aside
 * a warning from the Commission that ...": the words after "that" are the claim's author's, not the reporter's. */
const CLAIM_AGENT =
  /\b(?:claims?|accusations?|allegations?|suggestions?|charges?|criticism|assertions?|complaints?|demands?|calls?|warnings?|statements?|assurances?|promises?|pledges?|threats?|insistence|reminders?)\s+(?:by|from)\s+([^,;█]{2,80}?)\s+that\b[^█]*$/;

function make(phrase: SpeakerPhrase | null, verb: VerbHit, form: AttributionForm): Attribution | null {
  if (!phrase) return null;
  return { phrase, verb: verb.verb, verbStart: verb.start, verbEnd: verb.end, form };
}

/** "After noting that the toy is for “children,” Kagan delivers": the main clause's subject (fronted-speech.ts). */
function fronted(layout: Layout, span: RawSpan): Attribution | null {
  const f = frontedSpeech(layout, span);
  return f && { phrase: f.phrase, verb: f.verb, verbStart: f.verbStart, verbEnd: f.verbStart + f.verb.length, form: 'reported' };
}

/** "His request was echoed by X, spokeswoman for Y: “...”": the agent of a passive predicate introduces the words. */
const PASSIVE_AGENT_COLON = /\b(?:is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\s+by\s+([^;:█]{1,120}?)\s*:\s*$/u;

function passiveAgentIntro(layout: Layout, span: RawSpan): Attribution | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  const pre = layout.masked.slice(sentence.start, span.open);
  const m = PASSIVE_AGENT_COLON.exec(pre);
  if (!m?.[1]) return null;
  const at = sentence.start + m.index + m[0].indexOf(m[1]);
  const phrase = parseInvertedSpeaker(m[1], at);
  return phrase && phrase.kind !== 'pronoun' ? { phrase, verb: ':', verbStart: at, verbEnd: at + 1, form: 'before' } : null;
}

/** "And, said Malkan, “...”", "offers Weir, “...”": a verb-first tag right before the quotation (inverted-lead.ts). */
function invertedBefore(layout: Layout, span: RawSpan): Attribution | null {
  const lead = invertedLead(layout, span);
  return lead && { phrase: lead.phrase, verb: lead.verb, verbStart: lead.verbStart, verbEnd: lead.verbStart + lead.verb.length, form: 'before' };
}

function before(layout: Layout, span: RawSpan): Attribution | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  const floor = clauseStartBefore(layout, span.open, sentence.start);
  // A tag has a finite verb; "adding"/"saying" only attribute reported speech (see reported()).
  const verbs = verbsIn(layout, floor, span.open).filter((v) => !v.participle);
  const verb = verbs[verbs.length - 1];
  if (!verb) return null;
  const tail = layout.masked.slice(verb.end, span.open);
  // "X said its members had reported “a lottery”": an earlier speech verb makes this reported speech, not an intro,
  // unless the last verb has its own subject after a comma and a colon or comma hands over to the quotation:
  // "Asked whether the council had been told, she said: “...”".
  if (verbs.length > 1 && !verb.according) return ownIntro(layout, verb, floor, tail);
  if (verb.according) {
    const m = /^\s+([^,█]+),?\s*$/.exec(tail);
    return m ? make(parseInvertedSpeaker(tail, verb.end), verb, 'before') : null;
  }
  // The tail pattern has overlapping alternatives; bounding its input keeps matching linear on long narrative.
  if (tail.length > 90 || !INTRO_TAIL.test(tail)) return null;
  return make(subjectOf(layout, verb, floor, false), verb, 'before');
}

function ownIntro(layout: Layout, verb: VerbHit, floor: number, tail: string): Attribution | null {
  if (!/^\s*[:,]\s*$/.test(tail)) return null;
  const before = layout.masked.slice(floor, verb.start);
  const comma = before.lastIndexOf(',');
  if (comma < 0) return null;
  const region = stripFillers(before.slice(comma + 1));
  // "When Roe asked Poe about it, Poe shook his head and said, “...”": the clause after the fronted one has its own
  // subject, whose second verb introduces the words.
  const phrase = parseSubjectRegion(region, floor + comma + 1, true) ?? coordinatedSubject(region, floor + comma + 1);
  return phrase ? make(phrase, verb, 'before') : null;
}

/**
 * "Asked about it, Obi turned to the door and said, “...”": the speech verb is coordinated with a first verb of
 * the same clause, so its subject is the name opening the clause. Only a named person or a pronoun: an opening
 * description ("The crowd grew and ...") is too often no speaker.
 */
function coordinatedSubject(region: string, base: number): SpeakerPhrase | null {
  if (!/^\s*\S+[^,;█]*\s(?:and|then)\s*$/.test(region)) return null;
  const lead = leadingSubject(region, base);
  return lead && (lead.kind === 'person' || lead.kind === 'pronoun') ? lead : null;
}

/** Speech verbs whose next noun phrase is their object, so they never invert: "told Reuters", "urged voters". */
const OBJECT_VERBS = new Set(
  `told tells tell urged urges warned warns accused accuses called calls praised praises criticised criticized thanked
  blasted slammed assured assures lambasted lambastes castigated castigates excoriated excoriates berated berates
  rebuked rebukes scolded scolds chided chides informed informs`.split(/\s+/),
);

/** A tag starting at `pos`: `he said`, `X, the Y, told`, `said X`, `according to X`. */
/** A prepositional phrase closing the quoted clause before an inverted tag: "by Gorsuch, ", "on Monday, ". */
const FINISHING_PHRASE = /^(?:by|on|in|at|from|about|for|over|to)\s+[^,.;:!?█]{1,40},\s*$/;

function tagAt(layout: Layout, pos: number, limit: number, form: AttributionForm): Attribution | null {
  const lead = /^[\s,]*/.exec(layout.masked.slice(pos, limit));
  const from = pos + (lead ? lead[0].length : 0);
  const verbs = verbsIn(layout, from, limit).filter((v) => !v.participle);
  const first = verbs[0];
  if (!first) return null;
  // “...” by Gorsuch, said someone familiar: a short phrase finishing the quoted clause, then the inverted tag.
  const finishing = first.start > from && !first.according && FINISHING_PHRASE.test(layout.masked.slice(from, first.start));
  if ((first.start === from || finishing) && !OBJECT_VERBS.has(first.verb)) {
    // Inverted: `said Mara Lind`, `according to a NATO official`. ("told Harbor Daily": an object, not a speaker.)
    const rest = layout.masked.slice(first.end, limit);
    // A bare document after "according to" is where the reporter read the words, not who said them (only a named
    // author is a source there); after "says" it is the speaking text ("says the lawsuit").
    const doc = documentSpeaker(rest.replace(/[.,;:!?]\s*$/, ''), first.end);
    const bare = doc?.head !== undefined && isDocumentHead(doc.head);
    const phrase =
      (doc && !bare ? doc : null) ??
      (first.according ? null : namedPair(rest, first.end)) ??
      parseInvertedSpeaker(rest, first.end) ??
      (first.according && bare ? null : doc);
    if (phrase && phrase.kind !== 'pronoun') return make(phrase, first, form);
    return doubledVerb(layout, first, verbs[1], form);
  }
  for (const verb of verbs.slice(0, 2)) {
    if (verb.according) continue;
    const region = layout.masked.slice(from, verb.start);
    // Abbreviation dots ("Dr.", "U.S.", "in Durham, N.C., said") do not end the tag.
    // "Sen. Ann Roe (D-Mass.) said": a state abbreviation closing a party label too.
    if (/[.;:!?█]/.test(region.replace(/\b(?:[A-Z][a-z]{0,3}|(?:[A-Za-z]\.)+[A-Za-z]?)\.(?=[\s,)-])/g, 'x'))) break;
    // “...,” the council was told by Roe.: a passive verb of address; the agent after "by" spoke, never its subject.
    if (ADDRESSEE_VERBS.has(verb.verb.toLowerCase()) && PASSIVE_BEFORE.test(region)) {
      const by = /^\s+by\s+/.exec(layout.masked.slice(verb.end, limit));
      const agent = by ? parseInvertedSpeaker(layout.masked.slice(verb.end + by[0].length, limit), verb.end + by[0].length) : null;
      return agent && agent.kind !== 'pronoun' ? make(agent, verb, form) : null;
    }
    const trimmed = stripFillers(region);
    const phrase = parseSubjectRegion(trimmed, from, true) ?? activeDocument(region, trimmed, from);
    // "“...,” she recalls him saying": a verb of memory takes the one who spoke as its object.
    const recalled = phrase ? recalledSpeaker(layout, verb, limit) : null;
    if (recalled) return make(recalled, verb, form);
    if (phrase) return make(phrase, verb, form);
  }
  return null;
}

/** An inverted tag read across the title quotations inside it; only a person named after the verb. */
function titledTag(layout: Layout, span: RawSpan, start: number, end: number): Attribution | null {
  const other = layout.spans.find((s) => s.open >= start && s.open < end && (s.close === null || !masksOnlyTitles(layout, s.open, closeEnd(s))));
  const limit = other ? other.open : end;
  const lead = /^[\s,]*/.exec(layout.masked.slice(start, limit))?.[0].length ?? 0;
  const verb = verbsIn(layout, start + lead, limit)[0];
  if (!verb || verb.start !== start + lead || verb.according || OBJECT_VERBS.has(verb.verb)) return null;
  const phrase = parseInvertedSpeaker(titlesAsWords(layout, verb.end, limit), verb.end);
  if (phrase?.kind !== 'person' || phrase.nameStart === undefined) return null;
  // The role as written, titles and their marks included.
  const role = layout.text.slice(phrase.start, phrase.nameStart).trim();
  return make(role ? { ...phrase, role } : phrase, verb, 'after');
}

/** The masked text of [from, to) with each short Title Case quotation inside it written as a lowercase word. */
function titlesAsWords(layout: Layout, from: number, to: number): string {
  const text = layout.masked.slice(from, to);
  if (!text.includes(MASK)) return text;
  let out = '';
  let at = from;
  for (const s of layout.spans) {
    const end = closeEnd(s);
    if (s.open < from || end > to || !masksOnlyTitles(layout, s.open, end)) continue;
    out += layout.masked.slice(at, s.open) + 'x'.repeat(end - s.open);
    at = end;
  }
  return out + layout.masked.slice(at, to);
}

/**
 * “...,” said Ann Roe told the Herald.: an edit left two speech verbs around the name. With nothing else between
 * them, the name is the subject of the second verb.
 */
function doubledVerb(layout: Layout, first: VerbHit, second: VerbHit | undefined, form: AttributionForm): Attribution | null {
  if (!second || first.according || second.according) return null;
  const region = layout.masked.slice(first.end, second.start);
  if (/[,.;:!?█]/.test(region.replace(/\b[A-Z]\.(?=\s)/g, 'x'))) return null;
  const phrase = parseSubjectRegion(stripFillers(region), first.end, true);
  return phrase?.kind === 'person' ? make(phrase, second, form) : null;
}

/**
 * “Her family described her as “...,” according to a news release from the police.”: the clause's own speech verb
 * names who said the words; a trailing "according to" only names where the reporter found them.
 */
function afterUnlessReported(layout: Layout, span: RawSpan): Attribution | null {
  const tag = after(layout, span);
  if (!tag || tag.verb !== 'according to') return tag;
  // Only a document passes on someone else's words; people cited "according to" may be paraphrasing themselves.
  const source = layout.masked.slice(tag.verbEnd, tag.verbEnd + 80).split(/[,;.]/)[0] ?? '';
  if (!source.split(/\s+/).some((w) => isDocumentHead(w.replace(/['’]s$/, '')))) return tag;
  return reported(layout, span) ?? tag;
}

function after(layout: Layout, span: RawSpan): Attribution | null {
  if (span.close === null) return null;
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  const start = closeEnd(span);
  const next = layout.spans.find((s) => s.open >= start);
  const limit = Math.min(sentence.end, next ? next.open : Infinity);
  // "“...,” wrote TV producer and “Lucifer” showrunner Joe Henderson.": a title inside the inverted tag.
  const titled = next && next.open > start && next.close !== null && masksOnlyTitles(layout, next.open, closeEnd(next)) ? titledTag(layout, span, start, sentence.end) : null;
  if (titled) return titled;
  return (
    tagAt(layout, start, limit, 'after') ??
    dashCredit(layout, start, limit) ??
    cameFrom(layout, start, limit) ??
    bareCredit(layout, span, start, limit) ??
    bareDocumentTag(layout, start, limit)
  );
}

/** “...,” the letter said. / the release read. — a bare text as the subject of the tag right after the quotation. */
const BARE_DOCUMENT_TAG =
  /^\s*,?\s*((?:the|this|that)\s+(statement|letter|release|announcement|notice|message|memo|note|post|email|e-mail))\s+(said|says|read|reads|stated|states|added|adds|continued|continues|concluded|concludes)\b/i;

/**
 * The text as written ("the letter", "the release"): the caller credits whoever the article said issued it
 * (document-authors.ts) or, failing that, a source seen speaking (discourse.ts), else keeps the text as the source.
 */
function bareDocumentTag(layout: Layout, from: number, limit: number): Attribution | null {
  const m = BARE_DOCUMENT_TAG.exec(layout.masked.slice(from, limit));
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const start = from + m[0].indexOf(m[1]);
  const determiner = (m[1].split(/\s+/)[0] as string).toLowerCase();
  const head = m[2].toLowerCase();
  const phrase: SpeakerPhrase = { kind: 'description', start, end: start + m[1].length, text: m[1], name: `${determiner} ${head}`, head, determiner, modifiers: [], plural: false };
  const verbStart = from + m[0].lastIndexOf(m[3]);
  return { phrase, verb: m[3], verbStart, verbEnd: verbStart + m[3].length, form: 'after' };
}

/**
 * “...,” Sen. Ann Holt of Ohio, a senior Republican. — a tag whose speech verb the reporter (or the editor) left out.
 * The comma inside the quotation marks and a sentence that ends on a named person, with no verb at all, leave no
 * other reading. Only a person named with at least two words: a lone word here is as often a place or a heading.
 */
function bareCredit(layout: Layout, span: RawSpan, from: number, limit: number): Attribution | null {
  if (span.close === null || !/,\s*$/.test(layout.text.slice(span.start, span.close))) return null;
  const sentence = sentenceOf(layout, span.open);
  if (!sentence || limit !== sentence.end || verbsIn(layout, from, limit).length > 0) return null;
  const tail = layout.masked.slice(from, limit);
  if (!/^\s+\p{Lu}[^█;:!?]*\.\s*$/u.test(tail)) return null;
  const at = from + (tail.length - tail.trimStart().length);
  const phrase = parseInvertedSpeaker(layout.masked.slice(at, limit).replace(/\.\s*$/, ''), at);
  if (!phrase || phrase.kind !== 'person' || !phrase.name.includes(' ')) return null;
  return { phrase, verb: '', verbStart: from, verbEnd: at, form: 'after' };
}

/** “...,” came the reply from Ann Roe. / came the response from the ministry: the words came from the one named. */
const CAME_FROM = /^\s*,?\s*came\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+)?(?:reply|response|answer|retort|verdict|message|warning|cry|shout|rejoinder)\s+from\s+/u;

function cameFrom(layout: Layout, from: number, limit: number): Attribution | null {
  const m = CAME_FROM.exec(layout.masked.slice(from, limit));
  if (!m) return null;
  const at = from + m[0].length;
  const phrase = parseInvertedSpeaker(layout.masked.slice(at, limit), at);
  const verbStart = from + m[0].indexOf('came');
  return phrase ? { phrase, verb: 'came', verbStart, verbEnd: verbStart + 4, form: 'after' } : null;
}

/** A pull-quote credit: “...” — Jon Reyes, on his upset win. The dash stands in for the speech verb. */
function dashCredit(layout: Layout, from: number, limit: number): Attribution | null {
  const m = /^\s*[—–]\s*/.exec(layout.masked.slice(from, limit));
  if (!m) return null;
  const at = from + m[0].length;
  const phrase = parseInvertedSpeaker(layout.masked.slice(at, limit), at);
  if (!phrase || (phrase.kind !== 'person' && phrase.kind !== 'description')) return null;
  return { phrase, verb: m[0].trim(), verbStart: from + m[0].indexOf(m[0].trim()), verbEnd: at, form: 'after' };
}

/**
 * "... from what Lane called the “grassy knoll”", "what it calls a “bogus proceeding”", "the plan, which Lane called
 * “a disaster,”": the relative "what/which/that X calls" right before the quotation names who chose the words,
 * whatever the main clause says.
 */
const WHAT_X_CALLS =
  /\b(?:what|which|that|whom)\s+([^,;:█]{1,60}?)\s+(?:(?:has|had|have|once|later|now|often|repeatedly|publicly|privately)\s+)*(called|calls|call|dubbed|dubs|termed|terms|labelled|labeled|branded|described\s+as|describes\s+as|referred\s+to\s+as|refers\s+to\s+as)\s+(?:(?:it|them|him|her)\s+)?(?:as\s+)?(?:(?:the|an?)\s+)?$/;

function whatXCalls(layout: Layout, span: RawSpan, from: number): Attribution | null {
  const pre = layout.masked.slice(Math.max(from, span.open - 120), span.open);
  const m = WHAT_X_CALLS.exec(pre);
  if (!m?.[1] || !m[2]) return null;
  const base = span.open - pre.length + m.index;
  const npAt = base + m[0].indexOf(m[1], 4);
  const phrase = parseSubjectRegion(m[1], npAt, true);
  if (!phrase) return null;
  const verbStart = base + m[0].indexOf(m[2], 4 + m[1].length);
  return { phrase, verb: m[2].split(/\s+/)[0] as string, verbStart, verbEnd: verbStart + m[2].length, form: 'reported' };
}

/** A fronted citation of who reported something: "As Ann Lee notes,", "As the Courier reported,". */
const AS_X_NOTES =
  /^\s*(?:But\s+|And\s+)?[Aa]s\s+[^,;:█]{1,80}?\s+(?:notes?|noted|reports?|reported|points?\s+out|pointed\s+out|observes?|observed|writes|wrote|explains?|explained|recounts?|recounted)\s*,\s*/;

function reported(layout: Layout, span: RawSpan): Attribution | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence) return null;
  // A pronoun there ("what he called") may refer to someone the clause just named, so it only fills a gap.
  const named = whatXCalls(layout, span, sentence.start);
  if (named && named.phrase.kind !== 'pronoun') return named;
  // "As Ann Lee at the Courier notes, Roe complained that ... “...”": the fronted "as X notes" only cites who
  // reported it; when another speech verb follows, that clause's subject said the words.
  const cited = AS_X_NOTES.exec(layout.masked.slice(sentence.start, span.open));
  const after = cited ? sentence.start + cited[0].length : sentence.start;
  const verbs = verbsIn(layout, after, span.open).length > 0 ? verbsIn(layout, after, span.open) : verbsIn(layout, sentence.start, span.open);
  // Group verbs by clause; the quote belongs to the closest clause that has a speaker, and within a clause to its
  // main (first) speech verb: in "Lind said allies had warned of “...”" the words are Lind's report.
  const byClause = new Map<number, VerbHit[]>();
  for (const v of verbs) {
    const c = clauseStartBefore(layout, v.start, sentence.start);
    byClause.set(c, [...(byClause.get(c) ?? []), v]);
  }
  const clauses = [...byClause.keys()].sort((a, b) => b - a);
  for (const c of clauses) {
    const inner = nestedTeller(layout, byClause.get(c) ?? [], span);
    if (inner) return inner;
    const clauseVerbs = byClause.get(c) ?? [];
    for (const v of clauseVerbs) {
      // "Trump, according to people familiar, was upset that Gorsuch ..., telling the senator he found them
      // “disheartening”": "according to" sources the story; the speech participle after it reports whose words.
      if (v.according && clauseVerbs.some((w) => w.participle && w.start > v.end)) continue;
      // "X was the speaker at the gala of the Society, which had recommended him, telling the crowd that “...”": a
      // verb inside a relative clause set off by commas is an aside; the participle after it is the main subject's.
      const aside = /,\s+(?:which|who|whose)\b[^,█]*$/.test(layout.masked.slice(sentence.start, v.start));
      if (aside && clauseVerbs.some((w) => w.participle && w.start > v.end)) continue;
      if (v.according) {
        const phrase = parseInvertedSpeaker(layout.masked.slice(v.end, span.open), v.end) ?? objectPronoun(layout, v.end);
        if (phrase) return make(phrase, v, 'reported');
        continue;
      }
      const agent = CLAIM_AGENT.exec(layout.masked.slice(v.end, span.open));
      if (agent && agent[1] !== undefined) {
        const offset = v.end + agent.index + agent[0].indexOf(agent[1]);
        const phrase = parseSubjectRegion(agent[1], offset, false);
        if (phrase && phrase.kind !== 'pronoun') return make(phrase, v, 'reported');
      }
      const a = make(subjectOf(layout, v, sentence.start, false), v, 'reported');
      if (a) return a;
    }
  }
  return named;
}

/** Verbs that open someone's own reported words inside another's report: "A said B told reporters that ...". */
const TELLING = new Set(['told', 'tells', 'said', 'says', 'wrote', 'writes']);

/**
 * "Lorne said her daughter had told her that “...”", "Ruiz said the pilot told investigators that the door was
 * “...”": the quotation is the words of the one who told, relayed by the first speaker. Only a named or described
 * teller (a pronoun there usually is the first speaker again) and only with "that" opening the told clause.
 */
function nestedTeller(layout: Layout, verbs: VerbHit[], span: RawSpan): Attribution | null {
  for (let i = verbs.length - 1; i >= 1; i--) {
    const v = verbs[i] as VerbHit;
    const outer = verbs[i - 1] as VerbHit;
    if (!TELLING.has(v.verb) || v.participle || outer.according || outer.participle) continue;
    if (!/^[^█]*\bthat\b[^█]*$/.test(layout.masked.slice(v.end, span.open))) continue;
    const between = layout.masked.slice(outer.end, v.start);
    if (/[█,;:]/.test(between)) continue;
    const region = stripFillers(between);
    const phrase = parseSubjectRegion(region, outer.end, true) ?? trailingName(region, outer.end);
    if (phrase && phrase.kind !== 'pronoun') return make(phrase, v, 'reported');
  }
  return null;
}

/**
 * “...,” said the town's top official, First Selectman Ann Roe, and Superintendent of Schools Ian Poe, in a
 * statement.: two people, each named in full at the end of a titled or described chunk, joined by "and". The
 * speaker parser reads one titled name at a time; the pair is both.
 */
function namedPair(rest: string, base: number): SpeakerPhrase | null {
  const body = rest.split(/,?\s+(?:in|on|at|during)\s+(?:an?|the|their|a\s+joint)\s+|[.;:!?█]/)[0] ?? '';
  const parts = body.split(/,?\s+and\s+/);
  if (parts.length !== 2) return null;
  // "Ann Roe, Ian Poe and Ivo Marsh": a list of three or more bare names is read whole by the speaker parser.
  const listed = (parts[0] as string).split(',').map((c) => c.trim());
  if (listed.length >= 2 && listed.every((c) => /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(c))) return null;
  // Each part ends in a chunk of title words and a full name only ("Superintendent of Schools Ian Poe"), so a name
  // inside a description ("a friend of Ann Lee") is never taken for a speaker.
  const names = parts.map((p) => {
    const chunk = (p.replace(/,\s*$/, '').split(',').pop() ?? '').trim();
    return /^(?:(?:\p{Lu}[\p{L}.'’-]*|of|for|the)\s+)*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+)$/u.exec(chunk)?.[1];
  });
  if (names.some((n) => n === undefined)) return null;
  const text = `${names[0] as string} and ${names[1] as string}`;
  const phrase = parseSpeakerPhrase(text, base + Math.max(0, rest.indexOf(names[0] as string)));
  return phrase?.kind === 'group' ? phrase : null;
}

/** A full name ending a region after descriptor words: "cartel boss Ivo Marten Brandt". */
function trailingName(region: string, base: number): SpeakerPhrase | null {
  const m = /(?:^|\s)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)\s*$/u.exec(region);
  if (!m?.[1]) return null;
  const phrase = parseSpeakerPhrase(m[1], base + region.lastIndexOf(m[1]));
  return phrase?.kind === 'person' ? phrase : null;
}

/** "According to her, ...": the object pronoun refers back like "she". */
function objectPronoun(layout: Layout, at: number): SpeakerPhrase | null {
  const m = /^\s+(him|her|them)\b/.exec(layout.masked.slice(at, at + 8));
  if (!m?.[1]) return null;
  const pronoun = m[1] === 'him' ? 'he' : m[1] === 'her' ? 'she' : 'they';
  const start = at + m[0].length - m[1].length;
  return { kind: 'pronoun', start, end: start + m[1].length, text: m[1], name: pronoun, pronoun };
}

function trailing(layout: Layout, span: RawSpan): Attribution | null {
  const sentence = sentenceOf(layout, span.open);
  if (!sentence || span.close === null) return null;
  const masked = layout.masked;
  for (let i = closeEnd(span); i < sentence.end; i++) {
    if (masked[i] !== ',' && masked[i] !== '—' && masked[i] !== '–') continue;
    const next = layout.spans.find((s) => s.open > i);
    const limit = Math.min(sentence.end, next ? next.open : Infinity);
    const tag = tagAt(layout, i + 1, limit, 'trailing');
    if (tag) return tag;
  }
  return null;
}
