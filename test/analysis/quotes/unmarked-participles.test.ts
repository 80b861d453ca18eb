import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle, quoteSpeakers } from '../helpers.js';

describe('speech participles without a comma before them', () => {
  it('"by claiming" and "while insisting" credit the clause’s subject', () => {
    expect(quoteSpeakers('The council defended the fee by claiming the roads were "falling apart."')).toEqual(['the council']);
    expect(quoteSpeakers('Nina Barros left the hearing while insisting she was "completely innocent."')).toEqual(['Nina Barros']);
  });

  it('a double hyphen announces the participle like a dash', () => {
    expect(quoteSpeakers('Okoro stood by his plan -- stating that, in any case, "the money is there."')).toEqual(['Okoro']);
  });

  it('a progressive speech verb has its subject before "was"', () => {
    expect(quoteSpeakers('By Sunday, Lise Moreau was tweeting that "nobody reads the fine print."')).toEqual(['Lise Moreau']);
  });

  it('a participle of its own clause: the subject after "and" and a fronted phrase', () => {
    const body = 'Nobody else commented, and in a post on the club forum, Ruud Kemper appears to agree, writing "we lost our way."';
    expect(quoteSpeakers(body)).toEqual(['Ruud Kemper']);
  });

  it('a participle that is no speech ("by knowing") is no tag: any speaker is only inferred from the sentence', () => {
    const article = makeArticle('The team won by knowing that the pitch was "too wet to play on."');
    const [quote] = extractQuotes({ article, sentences: [], mentions: [], dates: [] });
    expect(quote?.verb).toBeNull();
    expect(quote?.speaker.kind === 'unknown' || quote?.speaker.inferred === true).toBe(true);
  });
});

describe('participles joined by "and" and unusual source nouns', () => {
  it('"detailing X and assuring readers that “...”" credits the clause subject, not a verb phrase', () => {
    const body = 'As for the choice, the governor on Tuesday wrote a column, listing her tests and assuring readers that it is "a duty I take seriously."';
    expect(quoteSpeakers(body)).toEqual(['the governor']);
  });

  it('a confidant is a source', () => {
    expect(quoteSpeakers('“She will fight on,” predicted one Moreau confidant.')).toEqual(['one Moreau confidant']);
  });
});
