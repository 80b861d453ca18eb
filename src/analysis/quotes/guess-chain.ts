/**
 * A run of bare quotation paragraphs (an interview answer set out over several paragraphs, each opening with a mark)
 * is one voice. When the first paragraph of the run only got an inferred speaker (the latest voice, after a link line
 * or a narrative aside broke the continuation), the paragraphs that continue it are the same voice: a reader does not
 * lose the speaker between the second and third paragraph of one answer.
 */
import type { Paragraph } from '../../corpus/article.js';
import type { Quote, Speaker } from '../types.js';

/** Whether the quote is the words a paragraph opens with (after its quotation mark), as continuation paragraphs are. */
function opensParagraph(quote: Quote, paragraph: Paragraph | undefined): boolean {
  return paragraph !== undefined && quote.start - paragraph.start <= 1;
}

/**
 * Adds to `guesses` the speaker of each unattributed paragraph-opening quotation that directly follows, in the next
 * paragraph, a paragraph-opening quotation with a guessed speaker; the chain runs on while paragraphs stay bare.
 */
export function chainGuesses(quotes: Quote[], guesses: Map<Quote, Speaker>, paragraphs: Paragraph[]): void {
  let previous: { quote: Quote; guess: Speaker } | undefined;
  for (const quote of quotes) {
    const own = guesses.get(quote);
    const paragraph = paragraphs[quote.paragraph];
    const opening = quote.kind === 'direct' && opensParagraph(quote, paragraph);
    if (quote.speaker.kind === 'unknown' && !own && opening && previous && previous.quote.paragraph === quote.paragraph - 1) {
      guesses.set(quote, previous.guess);
      previous = { quote, guess: previous.guess };
      continue;
    }
    // More unattributed words in the same paragraph stay in the run; anything attributed ends it.
    if (previous && previous.quote.paragraph === quote.paragraph && quote.speaker.kind === 'unknown') continue;
    // Only a guessed voice opening its paragraph starts a run.
    previous = own && quote.speaker.kind === 'unknown' && opening ? { quote, guess: own } : undefined;
  }
}
