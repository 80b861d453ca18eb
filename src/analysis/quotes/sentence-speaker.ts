/**
 * "The cup is not a perfect fit, says Riese, but, she adds, “it is not off-brand.”": a he/she tag whose own sentence
 * has already named a speaker with a speech verb ("says Riese", "Riese said") refers to that speaker. The reader
 * has just read the name; whoever spoke in earlier sentences is further away.
 */

/** Verbs that name their speaker either side ("Riese says", "says Riese"). */
const VERBS = ['says', 'said', 'adds', 'added', 'notes', 'noted', 'explains', 'explained', 'argues', 'argued', 'insists', 'insisted', 'writes', 'wrote'];
const SPEECH = `(?:${[...VERBS, 'told', 'tells'].join('|')})`;
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`;
const NAME_THEN_VERB = new RegExp(String.raw`(?:^|[,;—–]\s*|\b(?:but|and)\s+)(${NAME})\s+${SPEECH}\b`, 'gu');
/** Inverted order takes no verb with a listener after it ("told Riese," is the listener, not the speaker). */
const INVERTED_SPEECH = `(?:${VERBS.join('|')})`;
const VERB_THEN_NAME = new RegExp(String.raw`\b${INVERTED_SPEECH}\s+(${NAME})(?=\s*[,;—–])`, 'gu');

/**
 * Names written as the subject of a speech verb in the text of one sentence before a pronoun tag (the sentence
 * start up to the pronoun), latest first. Text inside quotation marks is skipped.
 */
export function speakersEarlierInSentence(body: string, pronounAt: number): string[] {
  const back = body.slice(Math.max(0, pronounAt - 300), pronounAt);
  const cut = /(?:[.!?]["”’]?\s+|\n\s*)(?=[^.!?\n]*$)/.exec(back);
  const start = cut ? cut.index + cut[0].length : 0;
  // Quoted words are someone's speech, not the narrative naming a speaker.
  const sentence = back.slice(start).replace(/[“"][^”"]*[”"]/g, (q) => ' '.repeat(q.length));
  const found: Array<{ at: number; name: string }> = [];
  for (const m of sentence.matchAll(NAME_THEN_VERB)) found.push({ at: m.index ?? 0, name: m[1] as string });
  for (const m of sentence.matchAll(VERB_THEN_NAME)) found.push({ at: m.index ?? 0, name: m[1] as string });
  const named = found.sort((a, b) => b.at - a.at).map((f) => f.name);
  return [...named, ...leadInSubject(sentence)];
}

/**
 * "Filmmaker Ann Roe, who won the prize, joked backstage: “...,” she said.": a tag after a quotation its sentence
 * introduces with a colon repeats the lead-in's subject, the name opening the sentence (any title word before it
 * dropped: the endings of the capitalised run, longest first). Empty for any other sentence.
 */
function leadInSubject(sentence: string): string[] {
  if (!/:\s*$/.test(sentence)) return [];
  const run = /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)(?=[\s,])/u.exec(sentence)?.[1];
  if (run === undefined) return [];
  const words = run.split(/\s+/);
  return words.map((_, i) => words.slice(i).join(' '));
}
