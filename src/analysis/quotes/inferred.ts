/**
 * A last resort for quotations no rule could attribute: the speaker a reader takes from the sentence around them.
 * News prose often quotes words without a speech tag: "The government blames “terrorists” for the bombings",
 * "Weir asked whether he was a “welfare queen”", "His nominee would be “someone who ...”", "the ancestry “derived
 * from ...”, according to the study". Hand-labelled real news gives a speaker to all but a handful of such quotes
 * (4 of 965), so "unknown" here is nearly always a reader's answer withheld. The answer is marked `inferred` on the
 * speaker, so every consumer can say it is read from context rather than stated by a tag.
 *
 * The sources, in order: a source the sentence cites ("according to X"); the subject of the clause the quotation sits
 * in, when it is someone who can speak (a person the article names in full, an organisation, a group, a described
 * source, a document's author); "he"/"she" or "his"/"her" opening the clause, for the person in focus. A passive
 * clause gives its "by" agent or nothing ("was called “reckless” by critics").
 */
import type { Speaker } from '../types.js';
import type { Range } from './clauses.js';
import type { Discourse } from './discourse.js';
import type { DocumentAuthors } from './document-authors.js';
import { documentSpeaker, isDocumentHead } from './documents.js';
import type { Layout } from './layout.js';
import { SPEECH_VERBS } from './lexicon.js';
import { handsOverWords } from './intro.js';
import { parseSpeakerPhrase, type SpeakerPhrase } from './phrase.js';
import { clauseSubject } from './prefix.js';
import type { RawSpan } from './spans.js';
import { parseInvertedSpeaker } from './subject.js';
import { singular } from './tokens.js';
import { couldBePerson } from './speaker-sanity.js';

export interface InferenceContext {
  layout: Layout;
  sentence: Range;
  /** Body offset of the paragraph. */
  paragraphStart: number;
  discourse: Discourse;
  documents: DocumentAuthors;
  /** The article body (how often a name recurs). */
  body: string;
}

/** The inferred speaker of an unattributed quotation, or undefined when the sentence offers nobody. */
export function inferredSpeaker(ctx: InferenceContext, span: RawSpan): Speaker | undefined {
  const speaker = citedSource(ctx) ?? clauseSource(ctx, span);
  return speaker && speaker.kind !== 'unknown' ? { ...speaker, inferred: true } : undefined;
}

const ACCORDING = /\baccording\s+to\s+/gi;

/** "..., according to the study." / "According to the complaint, she “...”": the source the sentence cites. */
function citedSource(ctx: InferenceContext): Speaker | undefined {
  const { layout, sentence } = ctx;
  const text = layout.masked.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(ACCORDING)) {
    const at = sentence.start + (m.index ?? 0) + m[0].length;
    const rest = layout.masked.slice(at, sentence.end);
    const region = rest.slice(0, boundary(rest));
    const speaker = sourceSpeaker(ctx, region, at);
    if (speaker) return speaker;
  }
  return undefined;
}

/** Where a cited source's phrase ends: a comma, a clause or a quotation. */
function boundary(text: string): number {
  const end = text.search(/[,;:.!?█(]|\s[—–-]\s|\s(?:which|who|that|and|but|obtained|posted|published|released|filed|seen)\s/);
  return end < 0 ? text.length : end;
}

/** A cited phrase as a speaker: a document's author when known, the document itself, or the source as written. */
function sourceSpeaker(ctx: InferenceContext, region: string, at: number): Speaker | undefined {
  const doc = documentSpeaker(region, at);
  if (doc) return documentVoice(ctx, doc);
  const phrase = parseInvertedSpeaker(region, at);
  if (!phrase || phrase.kind === 'pronoun') return undefined;
  if (phrase.head !== undefined && isDocumentHead(phrase.head)) return documentVoice(ctx, phrase);
  return speakable(ctx, phrase) ? ctx.discourse.resolveCited(phrase, ctx.paragraphStart) : undefined;
}

function documentVoice(ctx: InferenceContext, doc: SpeakerPhrase): Speaker | undefined {
  // "its website", "their statement": the body the story is about owns the text.
  if (doc.kind === 'pronoun' && (doc.pronoun === 'it' || doc.pronoun === 'they')) {
    const owner = ctx.discourse.resolve(doc, ctx.paragraphStart);
    return owner.kind === 'organization' || owner.kind === 'group' ? owner : undefined;
  }
  if (doc.kind === 'pronoun') return pronounVoice(ctx, doc);
  const author = ctx.documents.authorOf(doc, ctx.paragraphStart);
  return ctx.discourse.resolve(author ?? doc, author ? 0 : ctx.paragraphStart);
}

/** Passive predicates: the subject is acted on, so it did not say the words ("was dubbed", "were described as"). */
const PASSIVE = /\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|\p{Ll}+en|called|told|held|known|seen|thought|deemed|branded|termed|dubbed|labell?ed|described|billed|hailed|touted|praised|criticized|criticised|accused|sold|marketed|advertised)\b/u;

/** "by X as " closing a passive predicate, X short and free of clause breaks. */
const BY_AGENT_AS = /\bby\s+([^,;:█]{1,80}?)\s+as\s+(?:(?:a|an|the)\s+)?$/u;

/** Predicates that pass on someone else's words: "quoted", "cited", "read out", "heard", "recalled", "received". */
const OTHERS_WORDS = /\b(?:quot(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|read|reads|reading|recit(?:e|es|ed|ing)|heard|hears|overheard|recall(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|who|whom|whose)\b/i;

/** A text that carries the words: "a banner that read", "a sign saying", "placards reading". */
const TEXT_CARRIER =
  /\b(?:signs?|banners?|placards?|posters?|notes?|slogans?|headlines?|inscriptions?|plaques?|t-shirts?|shirts?|labels?|stickers?|billboards?|cards?|graffiti|tattoos?|captions?|covers?|screens?|messages?)\s+(?:that\s+|which\s+)?(?:read|reads|reading|said|says|saying|bore|bears|bearing|declared|declaring|proclaimed|proclaiming|stated|stating|displayed|displaying|showed|showing)\b/i;

/** The clause around the quotation: from the sentence start, or the last ";" or ", and/but" clause break before it. */
function clauseSource(ctx: InferenceContext, span: RawSpan): Speaker | undefined {
  const { layout, sentence } = ctx;
  const starts = [sentence.start];
  const before = layout.masked.slice(sentence.start, span.open);
  // Subordinate clauses too ("..., when a supervisor gave him “...”"): their own subject, not the main clause's. A
  // comma may sit inside the previous quotation's marks ("“patience,” and then ...").
  for (const m of before.matchAll(/(?:;|[,█]\s+(?:and|but)|\s[—–]\s|\b(?:when|while|whereas|because|although|though|after|before|since|until|unless|if))\s+(?=\p{L})/gu)) {
    starts.push(sentence.start + (m.index ?? 0) + m[0].length);
  }
  starts.reverse();
  // What the clause holding the words does with them decides whether its subject (or an earlier one) speaks.
  const predicate = layout.masked.slice(starts[0] as number, span.open);
  if (PASSIVE.test(predicate)) return byAgent(ctx, span, starts[0] as number);
  // "Ann Roe found a note: “...”", "Roe stopped at a banner that read “...”", "Roe quoted Lincoln, who spoke of “...”":
  // the words are a text's or another person's, not the subject's.
  if (/:\s*$/.test(predicate) ? handsOverWords(predicate) : OTHERS_WORDS.test(predicate)) return undefined;
  if (TEXT_CARRIER.test(predicate)) return undefined;
  for (const from of starts) {
    const clause = layout.masked.slice(from, span.open);
    const opener = openingPossessive(ctx, from);
    if (opener) return opener;
    const subject = ownerOfQuote(layout, from, span) ?? clauseSubject(layout, from, span.open) ?? leadingName(ctx, from) ?? speechVerbSubject(ctx, from, span.open);
    // A clause opening on its verb ("and asked whether ...") shares the subject of the clause before; one opening on
    // words that are no speaker ("and the vote ...") offers nobody, and an earlier clause's subject is not its voice.
    if (!subject && /^\s*\p{Ll}+\s/u.test(clause) && !/^\s*(?:the|a|an|this|that|these|those|its|their|some|many|most)\s/i.test(clause)) continue;
    if (!subject) return undefined;
    if (subject.kind === 'pronoun') return pronounVoice(ctx, subject);
    if (subject.head !== undefined && isDocumentHead(subject.head)) return documentVoice(ctx, subject);
    if (speakable(ctx, subject)) return ctx.discourse.resolve(subject, ctx.paragraphStart);
    return undefined;
  }
  return undefined;
}

/**
 * "Weir at one point challenged ...", "Hale on Monday again called ...": a name opening the clause, followed by an
 * adverbial before its verb (which the plain subject reader takes for part of the subject).
 */
function leadingName(ctx: InferenceContext, from: number): SpeakerPhrase | null {
  const text = ctx.layout.masked.slice(from, from + 120);
  const m = LEADING_NAME.exec(text);
  if (!m?.[1]) return null;
  const phrase = parseSpeakerPhrase(m[1], from + (m.index ?? 0));
  return phrase?.kind === 'person' ? phrase : null;
}

const LEADING_NAME =
  /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+(?=(?:at|in|on|during|after|before|with|for|from|also|then|now|later|again|once|still|never|always|often|even|only|just|repeatedly|\p{Ll}+ly)\b)/u;

/**
 * "The studio says that ...", "The campaign letter calls her ...": a determiner and a few words right before a speech
 * verb are its subject, whatever their head noun (the speaker lexicon cannot list every body that speaks).
 */
function speechVerbSubject(ctx: InferenceContext, from: number, to: number): SpeakerPhrase | null {
  const text = ctx.layout.masked.slice(from, to);
  const m = SPEECH_SUBJECT.exec(text);
  if (!m?.[1] || !m[2] || !SPEECH_VERBS.has(m[2].toLowerCase())) return null;
  // "The newly described bones", "The solutions offered include": a participle inside a noun phrase, not its verb.
  if (/\p{Ll}ly\b/u.test(m[1])) return null;
  if (!/s$/.test(m[2]) && !/^\s+(?:that|it|her|him|them|the|a|an|his|their|its|this|these|those|[█“"‘'])/u.test(text.slice((m.index ?? 0) + m[0].length))) return null;
  const words = m[1].split(/\s+/);
  const determiner = (words[0] as string).toLowerCase();
  const { word, plural } = singular(words[words.length - 1] as string);
  const start = from + (m.index ?? 0);
  return {
    kind: 'description',
    start,
    end: start + m[1].length,
    text: m[1],
    name: [determiner, ...words.slice(1)].join(' '),
    head: word,
    determiner,
    modifiers: words.slice(1, -1),
    plural,
  };
}

const SPEECH_SUBJECT = /^((?:The|the|A|a|An|an|This|this|That|that)\s+(?:[\p{L}’'-]+\s+){0,3}?\p{Ll}[\p{Ll}-]+)\s+(\p{Ll}+)\b/u;

/** "His nominee would be “...”": a clause opening on his/her speaks for the person in focus. */
/** A noun of speech after the closing mark ("remark", "speech", "tweet"). */
const SPEECH_NOUN_AFTER = /^\s*(?:remarks?|comments?|quips?|jibes?|jabs?|retorts?|slurs?|insults?|outbursts?|tweets?|posts?|pledges?|vows?|warnings?|claims?|rant|speech|statement|description|characteri[sz]ation|promise|boast|threat|accusation|assessment|verdict)\b/;

/**
 * "Ann Roe’s “disaster” remark", "the mayor’s “war on drivers” speech": a possessive right before the quotation owns
 * the words, so the owner (without the 's) is the subject that speaks.
 */
function ownerOfQuote(layout: Layout, from: number, span: RawSpan): SpeakerPhrase | null {
  // Only when a noun of speech follows: "Sochi’s “ring of steel”" is a thing the place has, not its words.
  if (span.close === null || !SPEECH_NOUN_AFTER.test(layout.masked.slice(span.close + 1, span.close + 40))) return null;
  const possessive = /(['’]s?)\s*$/.exec(layout.masked.slice(from, span.open));
  if (!possessive || !/\p{L}/u.test(layout.masked[from + possessive.index - 1] ?? '')) return null;
  return clauseSubject(layout, from, from + possessive.index);
}

function openingPossessive(ctx: InferenceContext, from: number): Speaker | undefined {
  const m = /^(?:(?:But|And|Yet|So)\s+)?(His|Her)\s+\p{Ll}/u.exec(ctx.layout.masked.slice(from, from + 40));
  if (!m?.[1]) return undefined;
  const start = from + m[0].indexOf(m[1]);
  const pronoun = m[1] === 'His' ? 'he' : 'she';
  return pronounVoice(ctx, { kind: 'pronoun', start, end: start + m[1].length, text: m[1], name: pronoun, pronoun });
}

function pronounVoice(ctx: InferenceContext, phrase: SpeakerPhrase): Speaker | undefined {
  if (phrase.pronoun !== 'he' && phrase.pronoun !== 'she') return undefined;
  return ctx.discourse.focusPronoun(phrase, ctx.paragraphStart);
}

/**
 * The agent of a passive predicate said the words: “...” by X after it, or "by X as" before the quotation ("the plan
 * was described by one official as “...”", "was hailed by campaigners as “...”").
 */
function byAgent(ctx: InferenceContext, span: RawSpan, clauseStart: number): Speaker | undefined {
  const predicate = ctx.layout.masked.slice(clauseStart, span.open);
  const before = BY_AGENT_AS.exec(predicate);
  if (before?.[1]) return sourceSpeaker(ctx, before[1], clauseStart + before.index + before[0].indexOf(before[1]));
  if (span.close === null) return undefined;
  const after = ctx.layout.masked.slice(span.close + 1, ctx.sentence.end);
  const m = /^[\s,]*by\s+/.exec(after);
  if (!m) return undefined;
  const at = span.close + 1 + m[0].length;
  const rest = ctx.layout.masked.slice(at, ctx.sentence.end);
  return sourceSpeaker(ctx, rest.slice(0, boundary(rest)), at);
}

/** A one-word name the article keeps using ("Bella", "Madonna"): a person it is about, not a stray capital. */
function isRecurringName(body: string, name: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
  return [...body.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].length >= 3;
}

/** Someone who can say things: a person the article names in full, or a body, group or described source. */
function speakable(ctx: InferenceContext, phrase: SpeakerPhrase): boolean {
  if (phrase.kind === 'person') return couldBePerson(phrase) && (ctx.discourse.isKnownPerson(phrase.name) || isRecurringName(ctx.body, phrase.name));
  return phrase.kind === 'organization' || phrase.kind === 'group' || phrase.kind === 'description';
}
