import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('a colon after a noun for words introduces the quotation', () => {
  it('the subject who offers, sends or gives the words speaks', () => {
    expect(quoteSpeakers('Mira Dassel closed the gala and also offered words of thanks: "You kept us going."')).toEqual(['Mira Dassel']);
    expect(quoteSpeakers('Coach Tamsin Rook gave a short speech, ending with: "We go again."')).toEqual(['Tamsin Rook']);
  });

  it('an owner before the noun speaks: "X’s response:"', () => {
    expect(quoteSpeakers('Okafor’s reply: "I never saw the memo."')).toEqual(['Okafor']);
  });

  it('"tweets from X:" credits X', () => {
    expect(quoteSpeakers('The rumour spread fast, helped by tweets apparently from Lund: "Bought a castle."')).toEqual(['Lund']);
  });

  it('a question put to someone is not that person’s words', () => {
    // The askers are the sentence's subject (an inferred speaker); never the person asked.
    expect(quoteSpeakers('Reporters put a question to Mayor Ines Gall: "Will you resign?"')).toEqual(['reporters']);
  });

  it('a colon with no noun for words attributes nothing', () => {
    expect(quoteSpeakers('The plan had one flaw: "the money."')).toEqual(['unknown']);
  });
});

describe('fragments in a list share their source', () => {
  it('"and" or a comma between two quotations passes the first one’s attribution on', () => {
    expect(quoteSpeakers('Lines from the band Vell’s song include: "Hold on" and "We are still here."')).toEqual(['Vell', 'Vell']);
  });

  it('an attributed fragment does not lend its source across other words', () => {
    const speakers = quoteSpeakers('Dara Pike’s answer: "Not yet." Critics later called the plan "a stunt."');
    expect(speakers[0]).toBe('Dara Pike');
    expect(speakers[1]).not.toBe('Dara Pike');
  });
});

describe('voiced words whose source follows "from" or "by"', () => {
  it('"chants of “...” from the fans" credits the fans', () => {
    expect(quoteSpeakers("The loss prompted chants of 'Venn out' from the home supporters.")).toEqual(['the home supporters']);
  });

  it('a headline "Place: ‘...’" is not credited to the place', () => {
    expect(quoteSpeakers("Lisbon: 'We will not pay'")).not.toContain('Lisbon');
  });
});
