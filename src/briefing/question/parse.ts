/**
 * What kind of question a plain-language message asks, and its parts. Shapes, not vocabulary: "who said <words>",
 * "what did <speaker> say [about <words>]", "how many <things> [<rest>]", "when did <event>", "who is <name or
 * role>", "what happened on <day>"; anything else is a general question.
 */

export type Question =
  | { kind: 'who-said'; words: string }
  | { kind: 'what-said'; speaker: string; about?: string }
  | { kind: 'how-many'; counted: string; rest: string }
  | { kind: 'when'; event: string }
  | { kind: 'who-is'; subject: string }
  | { kind: 'what-happened-on'; day: string }
  | { kind: 'general'; text: string };

const SPEECH_VERBS = 'said|say|says|told|tells|tell|warned|warn|warns|stated|state|claimed|claim|claims|announced|announce|announces|declared|declare|wrote|write|added|add|insisted|insist|argued|argue|called|call|described|describe|promised|promise|vowed|vow|admitted|admit|suggested|suggest|accused|accuse|urged|urge';

/** Removes chat noise: bot mentions (<@123>, @sitrep), surrounding quotes, trailing punctuation, extra spaces. */
export function cleanQuestion(text: string): string {
  return text
    .replace(/<@[!&]?\w+>/g, ' ')
    .replace(/^\s*@\S+\s*/, ' ')
    .replace(/[?!.]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "the diplomats" -> "diplomats": leading articles add nothing to a name search. */
const stripArticle = (s: string): string => s.replace(/^(?:the|a|an)\s+/i, '').trim();

export function parseQuestion(raw: string): Question {
  const text = cleanQuestion(raw);
  let m: RegExpExecArray | null;

  if ((m = new RegExp(`^who\\s+(?:has\\s+|had\\s+|did\\s+)?(?:${SPEECH_VERBS})\\s+(?:that\\s+)?(.+)$`, 'i').exec(text))) {
    return { kind: 'who-said', words: stripQuotes(m[1]!) };
  }
  if ((m = new RegExp(`^what\\s+(?:did|does|do|has|have|had|is|was|were|are)\\s+(.+?)\\s+(?:${SPEECH_VERBS}|been saying|saying)(?:\\s+(?:about|on|regarding|concerning)\\s+(.+))?$`, 'i').exec(text))) {
    const speaker = stripArticle(m[1]!);
    return m[2] ? { kind: 'what-said', speaker, about: m[2].trim() } : { kind: 'what-said', speaker };
  }
  if ((m = /^what\s+happened\s+(?:on|in|at|during|over)?\s*(.+)$/i.exec(text)) && looksLikeDay(m[1]!)) {
    return { kind: 'what-happened-on', day: m[1]!.trim() };
  }
  if ((m = /^how\s+(?:many|much)\s+(.+)$/i.exec(text))) {
    const body = m[1]!;
    const split = /^(.+?)\s+(?:are|were|is|was|did|do|does|have|has|had|will|would|could|can)\s+(.*)$/i.exec(body);
    return split ? { kind: 'how-many', counted: split[1]!.trim(), rest: split[2]!.trim() } : { kind: 'how-many', counted: body.trim(), rest: '' };
  }
  if ((m = /^(?:when|what\s+(?:day|date|time))\s+(?:did|does|do|was|were|is|are|will|has|have|had)\s+(.+)$/i.exec(text))) {
    return { kind: 'when', event: m[1]!.trim() };
  }
  if ((m = /^who\s+(?:is|was|are|were|'s)\s+(.+)$/i.exec(text)) || (m = /^who's\s+(.+)$/i.exec(text))) {
    return { kind: 'who-is', subject: m[1]!.trim() };
  }
  if ((m = /^(?:tell me about|what do we know about|what about)\s+(.+)$/i.exec(text))) return { kind: 'general', text: m[1]!.trim() };
  return { kind: 'general', text };
}

function stripQuotes(s: string): string {
  return s.replace(/^["“'‘]+|["”'’]+$/g, '').trim();
}

const WEEKDAYS = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const MONTHS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

export function looksLikeDay(s: string): boolean {
  return WEEKDAYS.test(s) || MONTHS.test(s) || /\b(?:yesterday|today|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2})\b/i.test(s);
}
