/**
 * Quote extraction and speaker attribution for one article.
 *
 * Per paragraph: find quote spans (spans.ts), drop quotation marks that name something rather than report speech
 * (titles, terms: kind.ts), attribute each inside its sentence (attribution.ts), resolve the speaker phrase against
 * the article's discourse so far (discourse.ts; names cleaned of titles and credentials in person-name.ts), and
 * classify direct/partial (kind.ts). People named anywhere in narrative sentences become pronoun candidates.
 * A quotation with no attribution of its own that opens its sentence continues the most recent speech in the
 * paragraph, or, when it opens the paragraph, the last speech of the previous paragraph (wire-style continuation
 * paragraphs and multi-paragraph quotes). Anything else without attribution is reported with an unknown speaker:
 * the extractor never guesses, except that a bare quotation whose speaker the NEXT sentence names (“...” That’s how
 * X put it. / “...” followed by a paragraph opening `X, 52, said ...`) takes that speaker (forward.ts), and words
 * repeated from an attributed quote (headlines, subheadings) take that quote's speaker (repeats.ts).
 * Also: a quotation followed only by a name is a credit line (credit.ts); a quoted phrase in the sentence right after
 * a tagged quotation continues it (follow-on.ts); link and headline lines between paragraphs are outside the
 * discourse; "In X's address, he ..." makes the pronoun X (intro-owner.ts). A quotation its own sentence introduces
 * through a colon ("Detective Ann Roe found a note: “...”") continues no earlier speech, and bare "we" words after a
 * body's statement and a paragraph about someone it concerns continue the statement (bodyVoiceOver).
 */
import type { Article, Paragraph } from '../../corpus/article.js';
import type { DateMention, EntityMention, Quote, Sentence, Speaker } from '../types.js';
import { attribute, type Attribution } from './attribution.js';
import { Discourse } from './discourse.js';
import { DocumentAuthors } from './document-authors.js';
import { isTitleCaseSpeech, looksLikeTitle, namesSomething, quoteKind } from './kind.js';
import { layoutParagraph, sentenceOf, type Layout } from './layout.js';
import { NameIndex } from './names.js';
import { nameDescribedSpeakers } from './named-later.js';
import { nestedSpeakerPhrase } from './nested-speaker.js';
import { isRepeatedTerm, quotedCounts } from './repeated-term.js';
import { statementDate } from './statement-date.js';
import { noteNarrative, noteSentenceSubject, type SpeechEvent } from './narrative.js';
import { openingSpeaker, pointedSpeaker, pointsBack } from './forward.js';
import { followOnSpeech } from './follow-on.js';
import { creditLine } from './credit.js';
import { noteIntroOwner } from './intro-owner.js';
import { leadInSubject } from './intro.js';
import { attributeRepeats, type Evidence } from './repeats.js';
import { inferredSpeaker } from './inferred.js';
import { chainGuesses } from './guess-chain.js';

export { canonicalizeSpeakers } from './canonicalize.js';

export interface QuoteInput {
  article: Article;
  sentences: Sentence[];
  mentions: EntityMention[];
  dates: DateMention[];
}


const UNKNOWN: Speaker = { name: 'unknown', kind: 'unknown' };

export function extractQuotes(input: QuoteInput): Quote[] {
  const { article } = input;
  const names = new NameIndex(article.body, input.mentions);
  const discourse = new Discourse(names, article.body);
  const documents = new DocumentAuthors(article.body);
  // Short phrases the article keeps quoting are terms, not speech (repeated-term.ts).
  const termCounts = quotedCounts(article.body);
  const published = publicationDay(article);
  const isKnownPerson = (word: string): boolean => discourse.isKnownPerson(word);
  const quotes: Quote[] = [];
  // How each quote got its speaker, for the repeated-words pass (repeats.ts).
  const evidence = new Map<Quote, Evidence>();
  let previous: { event: SpeechEvent | undefined; lead: boolean } = { event: undefined, lead: false };
  let ownSentenceCount = 0;
  // The latest speech by a body (a team, a company, a group), for "we" words after a paragraph about someone else.
  let bodyVoice: { event: SpeechEvent; paragraph: number } | undefined;
  const noteVoice = (e: SpeechEvent | undefined, paragraph: number): void => {
    if (isVoice(e)) bodyVoice = { event: e, paragraph };
  };

  // What the sentence around an unattributed quote suggests, applied only if no later pass names a speaker.
  const guesses = new Map<Quote, Speaker>();
  // The latest speech with a speaker, for bare quotations nothing else attributes (interview answers after a
  // question in plain text, a quote after a narrative aside).
  let recent: { event: SpeechEvent; paragraph: number } | undefined;
  // Bare quotes with no speaker yet, waiting for the next sentence to name one (forward.ts).
  let pending: { quotes: Quote[]; paragraph: number } = { quotes: [], paragraph: -1 };

  for (const paragraph of article.paragraphs) {
    const layout = layoutParagraph(paragraph.text);
    if (isInterjection(paragraph.text, layout)) {
      // A link or headline dropped between paragraphs is outside the story's discourse: it introduces nobody a
      // later "he added" refers to, and a bare quote after it still continues the speech before it.
      ownSentenceCount += layout.sentences.length;
      continue;
    }
    let lastEvent: SpeechEvent | undefined;
    // The speech of the sentence just before, when it quoted someone (for follow-on phrases: follow-on.ts).
    let priorSentence: SpeechEvent | undefined;
    const spansBySentence = groupBySentence(layout);
    for (const [sIndex, sentence] of layout.sentences.entries()) {
      // A sentence whose only quotation marks name something ("Jo Ray, author of the book “Windfall,” says ...") is
      // narrative: it still introduces people and speech events.
      const spans = (spansBySentence.get(sentence) ?? [])
        .map((span) => ({ span, text: paragraph.text.slice(span.start, span.end), attribution: attribute(layout, span) }))
        .filter((c) => /\p{L}/u.test(c.text) && !namesSomething(layout, c.span, c.text, c.attribution) && !(c.attribution === null && isRepeatedTerm(termCounts, c.text)));
      if (spans.length === 0) {
        // The subject first: a pronoun opening the sentence refers to someone named before it, not to the people
        // the sentence goes on to name ("He toured with Dario Venn." is not Venn touring).
        const event = noteNarrative(layout, sentence, paragraph.start, discourse, published, input.dates);
        discourse.notePeopleIn(paragraph.start + sentence.start, paragraph.start + sentence.end);
        // "Council member Ann Jones had a different view:" announces the speech that follows, so its subject takes
        // over from an earlier speaker even when the sentence has no speech verb.
        const announces = /:\s*$/.test(layout.masked.slice(sentence.start, sentence.end));
        if (event && (!(event.weak && lastEvent) || announces)) lastEvent = event;
        noteVoice(event, paragraph.index);
        if (pending.quotes.length > 0) {
          const opensNext = sIndex === 0 && pending.paragraph === paragraph.index - 1;
          const named =
            pointedSpeaker(layout, sentence, paragraph.start, discourse) ?? (opensNext ? openingSpeaker(event) : undefined);
          if (named) {
            for (const q of pending.quotes) {
              q.speaker = { ...named };
              evidence.set(q, 'paragraph');
            }
            discourse.noteSpoke(named);
            if (!lastEvent) lastEvent = { speaker: named, date: published, at: paragraph.start + sentence.start };
          }
        }
        pending = { quotes: [], paragraph: -1 };
        priorSentence = undefined;
        continue;
      }
      let sentenceEvent: SpeechEvent | undefined;
      let credited = false;
      for (const { span, text, attribution } of spans) {
        // The second half of a split quote whose tag the first half took: “It was,” says singer X, “where we ...”.
        // Not when a clause about someone else comes between: “...?” asked X, whose son Y led the revolt with the words,
        // “...” (the words are the son's).
        const splitHalf =
          !attribution &&
          sentenceEvent !== undefined &&
          /[,:—–]\s*$/.test(layout.masked.slice(sentence.start, span.open)) &&
          !/\b(?:whose|whom)\b/i.test(layout.masked.slice(sentenceEvent.at - paragraph.start, span.open));
        const kind = splitHalf ? 'direct' : quoteKind(layout, span, sentence, attribution);
        let speaker: Speaker;
        let date = published;
        let verb: string | null = null;
        let carried = false;
        // Introduced by its own sentence or citing its own source: no earlier speaker's voice.
        let standalone = false;
        const credit = attribution ? null : creditLine(layout, span, isKnownPerson);
        if (credit) {
          speaker = discourse.resolve(credit, paragraph.start);
        } else if (attribution) {
          // "the lawsuit alleges": the author the article introduced for that text speaks (document-authors.ts).
          noteIntroOwner(layout, sentence, attribution.phrase, paragraph.start, discourse);
          const author = documents.authorOf(attribution.phrase, paragraph.start);
          // "Roe said Lee had called it “...”": Lee's words, which Roe reports (nested-speaker.ts).
          const nested = author || attribution.relayed ? null : nestedSpeakerPhrase(layout, attribution.verbEnd, span.open);
          speaker = author
            ? { ...discourse.resolve(author, 0), asWritten: attribution.phrase.text }
            : attribution.relayed
              ? discourse.resolveQuoted(attribution.phrase, paragraph.start)
              : discourse.resolve(nested ?? attribution.phrase, paragraph.start);
          verb = attribution.verb;
          date = statementDate(input.dates, layout, paragraph.start, attribution, sentence.start, sentence.end) ?? published;
        } else {
          const opensSentence = kind === 'direct';
          // “...,” according to the study.: the quote names its own source, one that is not a speaker (a document);
          // it is nobody's continuation.
          const ownSource = span.close !== null && /^[\s,]*according\s+to\b/i.test(layout.masked.slice(span.close + 1, span.close + 20));
          // "Detective Ann Roe found a note: “...”": a quotation its own sentence introduces continues no earlier speech.
          const introduced = !splitHalf && leadInSubject(layout, span) !== null;
          // “...” That was the message from X.: the next sentence names the speaker, so nobody earlier carries on.
          const next = layout.sentences[sIndex + 1];
          const namedNext = opensSentence && !splitHalf && next !== undefined && pointsBack(layout, next);
          standalone = ownSource || introduced || namedNext;
          const carriedOn = standalone
            ? undefined
            : splitHalf
            ? sentenceEvent
            : opensSentence
              ? (lastEvent ?? (sIndex === 0 ? continuation(previous, paragraph) : undefined))
              : followOnSpeech(layout, sentence, span.open, priorSentence, isKnownPerson);
          const inherited = bodyVoiceOver(carriedOn, text, bodyVoice, paragraph.index, article.body);
          // An unattributed Title Case span inside a sentence is a name ("the single “Quiet Storm,” which ..."),
          // even with the comma or full stop American style puts inside the marks.
          // Unless its capitals are headline style over someone's words (kind.ts isTitleCaseSpeech).
          const titleShaped = looksLikeTitle(text.trim().replace(/[.,]$/, ''));
          if (!inherited && titleShaped && !opensSentence && !isTitleCaseSpeech(layout, span, text, article.body)) continue;
          speaker = inherited ? { ...inherited.speaker } : { ...UNKNOWN };
          if (inherited) date = inherited.date;
          if (inherited) carried = inherited !== sentenceEvent && inherited !== lastEvent;
        }
        const start = paragraph.start + span.start;
        const quote: Quote = {
          id: `${article.id}#q${quotes.length}`,
          articleId: article.id,
          text,
          start,
          end: paragraph.start + span.end,
          kind,
          speaker,
          verb,
          paragraph: paragraph.index,
          sentence: sentenceIndex(input.sentences, start, ownSentenceCount + sIndex),
          date,
        };
        quotes.push(quote);
        if (speaker.kind === 'unknown') {
          const guess =
            inferredSpeaker({ layout, sentence, paragraphStart: paragraph.start, discourse, documents, body: article.body }, span) ??
            (kind === 'direct' && !standalone ? recentVoice(recent, paragraph.index) : undefined);
          // "“...,” he said." that found no "he" is no quote of a woman the story last quoted.
          if (guess && !discourse.contradictsPronoun(guess, attribution?.phrase)) guesses.set(quote, guess);
        }
        if (speaker.kind !== 'unknown' && !attribution?.relayed) discourse.noteSpoke(speaker);
        if (attribution || credit) evidence.set(quote, 'tag');
        else if (speaker.kind !== 'unknown') evidence.set(quote, carried ? 'carried' : 'paragraph');
        // A credit line names the source of its own words only: it starts no speech a later bare quote continues,
        // and the name after it is no sentence of the story.
        if (credit) {
          credited = true;
          continue;
        }
        if (attribution || speaker.kind !== 'unknown') {
          // Words someone quoted ("he quoted Lincoln:") are their author's, but later bare quotes are not.
          lastEvent = attribution?.relayed ? { speaker, date, at: start, sourced: true } : { speaker, date, at: start };
          noteVoice(lastEvent, paragraph.index);
          sentenceEvent = lastEvent;
          pending = { quotes: [], paragraph: -1 };
        } else if (kind === 'direct') pending.quotes.push(quote);
      }
      if (credited) break;
      // “...” with no tag still sits in a sentence with a subject: "But in his blog post, the senator closed with
      // the hope that colleagues would “act quickly”." keeps the senator in focus for the next "he said".
      if (!spans.some((c) => c.attribution)) noteSentenceSubject(layout, sentence, paragraph.start, discourse);
      if (pending.quotes.length > 0) pending.paragraph = paragraph.index;
      priorSentence = sentenceEvent;
    }
    ownSentenceCount += layout.sentences.length;
    previous = { event: lastEvent, lead: paragraph.lead === true };
    if (isVoice(lastEvent)) recent = { event: lastEvent, paragraph: paragraph.index };
  }
  attributeRepeats(quotes, evidence);
  chainGuesses(quotes, guesses, article.paragraphs);
  for (const [quote, guess] of guesses) if (quote.speaker.kind === 'unknown') quote.speaker = guess;
  nameDescribedSpeakers(quotes, names, article.body);
  return quotes;
}

/**
 * Web pages carry lines that are not part of the running text: related-story links ("Analysis: Lawyer drops the
 * case", "Why the vote matters Read more"), video captions, section headings, parenthesised promos. They read as
 * headlines: no quotation, and no sentence-final punctuation. (A line ending in a colon introduces what follows, so
 * it is not one of them.)
 */
function isInterjection(text: string, layout: Layout): boolean {
  if (layout.spans.length > 0) return false;
  const t = text.trim();
  if (/^\(.*\)$/s.test(t)) return true;
  if (/[.!?…:;,"”’'\])]$/.test(t)) return false;
  return t.split(/\s+/).length <= 25;
}

/** Someone speaking, not only the subject of narrative or a source cited for a fact. */
function isVoice(e: SpeechEvent | undefined): e is SpeechEvent {
  return e !== undefined && !e.weak && !e.sourced && e.speaker.kind !== 'unknown';
}

/** How many paragraphs back the latest speaker may still be the voice of a bare quotation nothing attributes. */
const RECENT_VOICE_REACH = 3;

/**
 * A bare quotation no tag, credit or continuation attributes, after a paragraph of narrative or a question put in
 * plain text: a reader takes it as the latest speaker's, the voice the story has been quoting.
 */
function recentVoice(recent: { event: SpeechEvent; paragraph: number } | undefined, paragraph: number): Speaker | undefined {
  if (!recent || paragraph - recent.paragraph > RECENT_VOICE_REACH) return undefined;
  return { ...recent.event.speaker, inferred: true };
}

const BODY_KINDS = new Set<Speaker['kind']>(['organization', 'group']);
/** How many paragraphs back a body's statement may still be the voice of bare "we" words. */
const BODY_VOICE_REACH = 3;

/**
 * “We will cooperate fully with the police.” after a statement by a team and a paragraph about one of its players
 * ("Forward Dale Voss was arrested on Friday."): the player is only the subject of the story there, never seen
 * speaking, and the words speak for others, so they continue the earlier statement. Only when the words say so:
 * "we" words that speak of a third person ("we will support him"), or "we" words after a body spoke and the person
 * was only acted on ("was arrested", "was injured"). "Ann Roe, 34, runs a bakery." then “We lost everything.” stays
 * Roe's, and first-person singular words always stay with the person.
 */
function bodyVoiceOver(
  inherited: SpeechEvent | undefined,
  text: string,
  voice: { event: SpeechEvent; paragraph: number } | undefined,
  paragraph: number,
  body: string,
): SpeechEvent | undefined {
  if (!inherited?.weak || inherited.speaker.kind !== 'person' || !voice || paragraph - voice.paragraph > BODY_VOICE_REACH) return inherited;
  if (voice.event.speaker.name === inherited.speaker.name) return inherited;
  if (!/\b(?:we|our|us|ours|ourselves)\b/i.test(text) || /\b(?:I|me|my|mine|myself)\b/.test(text)) return inherited;
  const aboutSomeone = /\b(?:he|him|his|she|her|hers)\b/i.test(text);
  const actedOn = BODY_KINDS.has(voice.event.speaker.kind) && PASSIVE_CLAUSE.test(body.slice(inherited.at, inherited.at + 200).split(/[.!?](?:\s|$)/)[0] ?? '');
  return aboutSomeone || actedOn ? voice.event : inherited;
}

/** A clause whose subject is acted on: "was arrested", "had been injured", "is being treated". */
const PASSIVE_CLAUSE = /\b(?:was|were|is|are|has\s+been|had\s+been|have\s+been|is\s+being|was\s+being)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+en|hurt|hit|shot|held|struck|caught|taken|found)\b/;

/** A bare quote opening a paragraph continues the previous paragraph's speech (never across the standfirst). */
function continuation(previous: { event: SpeechEvent | undefined; lead: boolean }, paragraph: Paragraph): SpeechEvent | undefined {
  if (previous.lead && paragraph.lead !== true) return undefined;
  return previous.event;
}

/** The paragraph's quote spans by the sentence their opening mark is in, in order: one lookup per span. */
function groupBySentence(layout: Layout): Map<Layout['sentences'][number] | undefined, Layout['spans']> {
  const out = new Map<Layout['sentences'][number] | undefined, Layout['spans']>();
  for (const span of layout.spans) {
    const sentence = sentenceOf(layout, span.open);
    const list = out.get(sentence);
    if (list) list.push(span);
    else out.set(sentence, [span]);
  }
  return out;
}

/**
 * The article sentence holding `offset`: the last one starting at or before it (sentences are in body order and do
 * not overlap), found by halving instead of a scan per quote.
 */
function sentenceIndex(sentences: Sentence[], offset: number, fallback: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Sentence).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 ? (sentences[found] as Sentence).index : fallback;
}

export function publicationDay(article: Article): string {
  const m = /^\d{4}-\d{2}-\d{2}/.exec(article.published);
  return m ? m[0] : article.publishedAt.toISOString().slice(0, 10);
}

export type { Attribution, Layout };
