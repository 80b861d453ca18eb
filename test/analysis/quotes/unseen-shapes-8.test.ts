import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle, quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });
const quoteTexts = (body: string): string[] => extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.text);

describe('shapes found on unseen news (session 8)', () => {
  it('"she quoted him as saying" credits the one quoted', () => {
    expect(speakers('Nora Vance met Dale Hurst in 2007. "Hi, I\'m Dale," she quoted him as saying.')).toEqual(['Dale Hurst']);
  });

  it('"said Acme founder and CEO, X" is X, the titles joined by "and" being one role', () => {
    expect(speakers('Acme is buying Zeta. "Mobile is today," said Acme founder and CEO, Mark Ostrow.')).toEqual(['Mark Ostrow']);
    expect(speakers('"We are excited," said Brendan Kale, co-founder and CEO of Zeta VR.')).toEqual(['Brendan Kale']);
    expect(speakers('"We are excited," said co-founder and chief executive Brendan Kale.')).toEqual(['Brendan Kale']);
  });

  it('a contracted pronoun subject ("He\'s since sparred ... by stating") speaks', () => {
    expect(speakers('Dale Hurst was angry. He\'s since sparred with critics by stating, "I cherish women."')).toEqual(['Dale Hurst']);
  });

  it('a short title quoted inside the clause does not hide its subject', () => {
    const body = 'Dale Hurst was angry. He sparred with critics, defending his comments on CNN\'s "State of the Union" by stating, "I cherish women."';
    expect(speakers(body)).toEqual(['Dale Hurst']);
  });

  it('a fronted "After noting that ... “...”," clause is the main subject\'s', () => {
    expect(speakers('After noting that the toy is designed for "children (and adults)," Nora Vance delivers a series of jokes.')).toEqual(['Nora Vance']);
    expect(speakers('Noting that the plan was "a disaster" for the town, the mayor resigned.')).toEqual(['the mayor']);
  });

  it('"the studio" is the studio named before', () => {
    expect(speakers('Paramount Pictures sued the makers. The studio says the film is "simply further evidence of infringement."')).toEqual(['Paramount Pictures']);
  });

  it('a name glued to its scraped repeat is cut at the repeat, so the surname finds it', () => {
    const body = 'Dale Hurst Dale John HurstHurst Jr. spoke on Monday. "This is a terrible idea," Hurst said.';
    expect(speakers(body)).toEqual(['Dale Hurst']);
  });

  it('link furniture in capitals ("MORE") is nobody', () => {
    expect(speakers('Tax plan MORE panned the senator as a "terrible person" on Monday.')).toEqual(['unknown']);
  });
});

describe('an occupational epithet after a fronted phrase naming someone else', () => {
  const lede = 'Oscar de la Vega, a storied couturier, died Monday at age 82, his wife Anette de la Vega told the Times.';
  const later = 'During a 2009 interview with Vanity Fair’s John Heilpern, the designer admitted that the “ladies who lunch” were never his clients.';

  it('"an interview with X, the designer admitted" does not make X the designer, nor the wife', () => {
    expect(speakers(`${lede}\n\n${later}`)).toEqual(['Oscar de la Vega']);
  });

  it('a relative named with a particle surname ("his wife Anette de la Vega") is "his wife" later', () => {
    expect(speakers(`${lede}\n\n"He never stopped working," his wife said.`)).toEqual(['Anette de la Vega']);
  });
});

describe('marks and nouns on scraped wire copy', () => {
  it('wire style `. \' "` closes the inner single quote and the double one', () => {
    const body = '"The team says \'you have to square yourself away. \' "It\'s a court of honesty."We are more like a family," Lou Vera said.';
    expect(quoteTexts(body)).toEqual(["The team says 'you have to square yourself away. '", 'We are more like a family,']);
  });

  it('a glued opening mark before a bracketed insertion opens a quote', () => {
    const body = 'The judge shocked Joe Serna by his compassion."(Vera) comes in, they close the door," Serna said.';
    expect(quoteTexts(body)).toEqual(['(Vera) comes in, they close the door,']);
  });

  it('"drop three charges" is a noun, not a speech verb whose subject a later "He" could be', () => {
    const body = 'It took attorney Jack Mahon an hour to knock a hole in it.\n\nMahon was able to convince the judge to drop three charges.\n\nHe argued that "there is not one piece of evidence" at the clinic.';
    expect(speakers(body)).toEqual(['Jack Mahon']);
  });
});

describe('more shapes from the third unseen set', () => {
  it('a capitalised plural institution name ("American Airlines") is one body that "it" refers to', () => {
    const body = 'The gulf carrier says it is seeking a stake.\n\nAmerican Airlines said Qatar plans to buy its stock.\n\n"We continue to believe the President will act," it said in a filing.';
    expect(speakers(body)).toEqual(['American Airlines']);
  });

  it('a speech participle after "according to" gives the words to its own subject', () => {
    const body = 'Trump, according to several people familiar with the talks, was upset that Neil Gorsuch had distanced himself, telling the senator he found the attacks "disheartening."';
    expect(speakers(body)).toEqual(['Neil Gorsuch']);
  });

  it('a relative clause between the subject and its speech participle is an aside', () => {
    const body = 'Neil Gorsuch was the speaker at the gala of the Federalist Society, which had recommended him, telling the crowd that textualism "is going anywhere on my watch."';
    expect(speakers(body)).toEqual(['Neil Gorsuch']);
  });

  it('"“...” by Gorsuch, said someone familiar with the incident"', () => {
    expect(speakers('Trump was angry. "It was clear he was upset with the comment" by Gorsuch, said someone familiar with the incident.')).toEqual([
      'someone familiar with the incident',
    ]);
  });

  it('"The Post reported that Supervisor of Elections X warned that ... “...”" is X', () => {
    expect(speakers('The Post reported that Supervisor of Elections Susan Bucher warned that the deadline will be "impossible" to meet.')).toEqual([
      'Susan Bucher',
    ]);
  });

  it('"another yelled" after "someone shouted" is another voice, not the last named speaker', () => {
    const body = '"Everyone wants these votes counted," Mitchell Berger said.\n\n"Fake news," someone shouted. "More lies," another yelled.';
    expect(speakers(body)).toEqual(['Mitchell Berger', 'someone', 'another']);
  });

  it('"the colleague recalled X saying" credits X', () => {
    expect(speakers('"\'They are throwing me under the bus,\'" the colleague recalled Noah Oppenheim saying.')).toEqual(['Noah Oppenheim']);
  });

  it('a verb joined by "and" shares the first verb\'s subject, not the last name before it', () => {
    expect(speakers('Ann Roe got up in front of Congress on Thursday and semi-nicely asked its members to pass the bill "right away."')).toEqual(['Ann Roe']);
  });
});

describe('from the fourth unseen set', () => {
  it('"the attorney\'s associate, X" gives X no attorney role for a later "the lawyer said"', () => {
    const body = 'Chris Vale was caught on tape.\n\nHe said the attorney\'s associate, Edgar Ruiz, would hold the cash.\n\n"My guy is going to talk," the lawyer said.';
    expect(speakers(body)).not.toContain('Edgar Ruiz');
  });

  it('"His request was echoed by X, spokeswoman for Y: “...”" credits X', () => {
    const body = 'Jason Chafee said he is ready to subpoena the memos. His request was echoed by Ashlee Strand, spokeswoman for the speaker: "We need all the facts."';
    expect(speakers(body)).toEqual(['Ashlee Strand']);
  });

  it('bare "police" and "the Coast Guard" are the one police department and coast guard the article names', () => {
    const body = 'Randall Hack went for a swim, according to the Ipswich Police Department. The U.S. Coast Guard rescued him.\n\nThe two were "familiar with the area," police wrote.\n\nThe Coast Guard said that "water temperatures are dropping."';
    expect(speakers(body)).toEqual(['Ipswich Police Department', 'U.S. Coast Guard']);
  });
});

describe('from the fifth unseen set', () => {
  it('"host X who said “...”" and "X, the governor, who described her as “...”" credit the antecedent', () => {
    expect(speakers('Trump sent a tweet quoting Fox host Stuart Varney who said "Trump is not getting the credit he deserves."')).toEqual(['Stuart Varney']);
    expect(speakers('Karen Hinton is a close ally of Andrew Cuomo, the governor of New York, who described her as "my public relations guru" in his book.')).toEqual([
      'Andrew Cuomo',
    ]);
  });

  it('a place before "who" is no antecedent: the tag\'s speaker keeps the words', () => {
    expect(speakers('"Wow," says Amanda Clarke, a biologist at University of California, Los Angeles, who calls the work "a critical advance."')).toEqual([
      'Amanda Clarke',
      'Amanda Clarke',
    ]);
  });

  it('a relative "that" followed by a verb opens no clause with a subject of its own', () => {
    const body = 'Greg Abbot was criticised. Abbot, sensitized by outrage that followed his Twitter thank-you, has tried to backpedal, tweeting his supporters to "Stay positive."';
    expect(speakers(body)).toEqual(['Greg Abbot']);
  });

  it('an inverted tag in a narrative sentence registers its speaker for a later "the network said"', () => {
    const body = 'Those killed were fleeing shelling, said Syria Watch, a network of opposition activists.\n\n"Reports said the women were kidnapped," the network said in a statement.';
    expect(speakers(body)).toEqual(['Syria Watch']);
  });

  it('"X told PUNCH Metro that ..." keeps X, not the outlet told', () => {
    const body = 'A resident, who gave his name only as Taiwo, told PUNCH Metro that residents ran.\n\nHe said, "We heard three gunshots."';
    expect(speakers(body)).toEqual(['Taiwo']);
  });
});

describe('from the sixth unseen set', () => {
  it('a name before a long aside with commas is the subject, not the body named in the aside', () => {
    const body = 'Lt. Gen. Tom Berg, the Air Component Command, South Korea/U.S. Combined Forces Command and 7th Air Force commander, explained its significance: "We deter."';
    expect(speakers(body)).toEqual(['Tom Berg']);
  });

  it('"the general said" is the one general named so far, though the article names another later', () => {
    const body = 'Lt. Gen. Tom Berg explained the exercise.\n\n"The team has done extraordinarily well," the general said.\n\nLt. Gen. Won In Choul, his deputy, was proud.';
    expect(speakers(body)).toEqual(['Tom Berg']);
  });
});

describe('from the seventh unseen set', () => {
  it('"“...,” ripped Rep. X" is an inverted tag', () => {
    expect(speakers('"This deal trades livelihoods," ripped Rep. Raul Grijal (D-Ariz.), co-chairman of the caucus, before Democrats were briefed.')).toEqual([
      'Raul Grijal',
    ]);
  });
});

describe('from the eighth unseen set', () => {
  it('"That\'s when X, a council member who ..., shouted: “...”" is X', () => {
    const body = 'That\'s when John Elder, a council member who also works for the police department, shouted at his colleagues: "Everybody get down!"';
    expect(speakers(body)).toEqual(['John Elder']);
  });

  it('"the man" right after "a man who ..." is that man, not the last person named', () => {
    const body = 'Cuong Lu tracked down a man who had served in the same unit. "What do you want from him?" the man asked.';
    expect(speakers(body)).toEqual(['a man']);
  });
});

describe('from the ninth unseen set', () => {
  it('"Mayor of London Sadiq Khan" is Sadiq Khan, not "London Sadiq Khan"', () => {
    expect(speakers('Mayor of London Sadiq Khan led the ceremony. Addressing the attackers, he said: "We will defeat you."')).toEqual(['Sadiq Khan']);
  });

  it('"Theresa May" keeps her surname though it is a month, and "X, who ..., said in her message that ... “...”" is X', () => {
    const body = 'A book of condolences opened. Prime Minister Theresa May, who has already signed it, said in her message that values are "superior to hate".';
    expect(speakers(body)).toEqual(['Theresa May']);
  });

  it('"The firm of A B & C" is the firm named', () => {
    expect(speakers('The firm of Pomer Gross & Hufford accused Tesla of hiding "undisclosed fire risks" in the car.')).toEqual(['Pomer Gross & Hufford']);
  });

  it('"an interview, during which the president said, “...”" is the president', () => {
    const body = 'President Trump was interviewed. That contradicted an interview last month, during which the president said, "I know Matt Whitaker."';
    expect(speakers(body)).toEqual(['Trump']);
  });
});
