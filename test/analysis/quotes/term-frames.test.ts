import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle } from '../helpers.js';

function texts(body: string): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.text);
}

describe('a defining appositive after a term', () => {
  it('a dash and a noun with a relative clause gloss the term', () => {
    expect(texts('The site was slow to act on "deep fakes" - doctored clips which spread fast.')).toEqual([]);
    expect(texts('Few firms track "ghost jobs" - postings which are never filled.')).toEqual([]);
    expect(texts('Parents worry about "sharenting", parents who post every photo of a child.')).toEqual([]);
  });

  it('a list that runs on into a verb is no appositive: the phrases stay quotes', () => {
    expect(texts('In the letter she talks about "shared duties", public service and says that voters "feel unheard".')).toEqual([
      'shared duties',
      'feel unheard',
    ]);
    expect(texts('He stresses “fair pay”, safer roads or warns that towns are “left behind”.')).toEqual(['fair pay', 'left behind']);
  });
});

describe('words handled as words', () => {
  it('a verb about the form of a word, and the second of the pair', () => {
    expect(texts('The mayor wrote: "We will fix it," apparently confusing "affect" with "effect" there.')).toEqual(['We will fix it,']);
    expect(texts('The sign misspelled “necessary” twice.')).toEqual([]);
    expect(texts('Fans still argue over how to pronounce "gif" online.')).toEqual([]);
    expect(texts('The clerk mistook "aisle" for "isle" on the form.')).toEqual([]);
  });

  it('a word the speaker used about something stays a quote', () => {
    expect(texts('The mayor confused voters when he called the tax “temporary,” critics said.')).toEqual(['temporary,']);
  });
});

describe('official categories and names of laws', () => {
  it('a body designating, classing or listing something as a category', () => {
    expect(texts('The agency chose to designate the frogs as "vulnerable," not "critical," species on Monday.')).toEqual([]);
    expect(texts('Forecasters classified the storm as “major” by noon.')).toEqual([]);
    expect(texts('The board may raise the river’s status to “protected.”')).toEqual([]);
    expect(texts('Police listed the hiker as “missing” after dark.')).toEqual([]);
  });

  it('a label the speaker applies in his own words stays a quote', () => {
    expect(texts('The senator described the decision as “reckless,” an aide said.')).toEqual(['reckless,']);
    expect(texts('She called the vote “a disgrace.”')).toEqual(['a disgrace.']);
  });

  it('a phrase before or ending in a legal noun names a law', () => {
    expect(texts('Critics questioned the “three strikes” laws that several states passed.')).toEqual([]);
    expect(texts('The court struck down the "right to work" provision last year.')).toEqual([]);
    expect(texts('Ten states have weighed "campus carry laws" this year.')).toEqual([]);
  });

  it('an adjective before an ordinary noun is still the speaker’s word', () => {
    expect(texts('The union said it was an “illegal and unfair” policy change.')).toEqual(['illegal and unfair']);
    expect(texts('Rights groups called it a “cruel” law, a spokesman said.')).toEqual(['cruel']);
  });
});

describe('deeds are not laws', () => {
  it('a judgement ending in "acts" stays a quote', () => {
    expect(texts('She said the posts were “shameful acts.”')).toEqual(['shameful acts.']);
    expect(texts('Neighbours condemned the "senseless violent" acts on Friday.')).toEqual(['senseless violent']);
  });
});

describe('words announced, asked for or weighed by the writer', () => {
  it('a question asking for a word, answered by the quote', () => {
    expect(texts('Some parents want an edge for their child. The buzz term for that? “Study doping.”')).toEqual([]);
    expect(texts('Critics have a word for it? "Greenwashing."')).toEqual([]);
  });

  it('a word announced after a colon, in any case', () => {
    expect(texts('One word kept coming up in the hall: "Trust."')).toEqual([]);
  });

  it('the word that fits something is weighed, not quoted', () => {
    expect(texts('The words to describe the result aren’t “wow” and “amazing.” They are plain.')).toEqual([]);
    expect(texts('The right term for this is “recession,” whatever they claim.')).toEqual([]);
  });

  it('someone’s words and a full sentence after a question stay quotes', () => {
    expect(texts('His last words were “look after her.”')).toEqual(['look after her.']);
    expect(texts('What did the coach say? "We were not ready for this game," Ann Roe said.')).toEqual([
      'We were not ready for this game,',
    ]);
  });
});

describe('a word the paragraph defines', () => {
  it('the word is mentioned wherever it stands in that paragraph', () => {
    expect(texts('That was not a “joke.” A “joke” is something both sides laugh at. A “joke” does not hurt anyone.')).toEqual([]);
    expect(texts('Call it what it is. An "accident" means nobody chose it. This was no "accident."')).toEqual([]);
  });

  it('a scare quote in a paragraph that defines another word stays', () => {
    expect(texts('The mayor called the fire a “tragedy,” he said. A “drill” is a practice run.')).toEqual(['tragedy,']);
  });
});

describe('video player text', () => {
  it('an embed line is furniture', () => {
    expect(texts("Inside the base: 'Ready for Anything' 2:51 autoplay autoplay Copy this code to your website or blog")).toEqual([]);
  });
});

describe('the writer’s answer to which words fit', () => {
  it('"They’re “X”" after the words for something were weighed', () => {
    expect(texts('The words for the vote aren’t “close” or “narrow.” They’re “landslide” and “rout.”')).toEqual([]);
  });

  it('"They’re “X”" after anything else stays a quote', () => {
    expect(texts('Ann Roe met the twins at the gate. They’re “doing great,” she said.')).toEqual(['doing great,']);
  });
});

describe('a contraction is not a possessive', () => {
  it('"It’s “X”", "that’s “X”" after a pronoun are judgements, kept', () => {
    expect(texts('We asked about the new rules. It’s “a mess” for now.')).toEqual(['a mess']);
    expect(texts('Ask anyone on the street and that’s "not fair" to them.')).toEqual(['not fair']);
    expect(texts('For the players, there’s “no excuse” left.')).toEqual(['no excuse']);
  });

  it('an owner’s possessive before a term still marks it', () => {
    expect(texts('Divers listened for the jet’s “black box” recorders all week.')).toEqual([]);
    expect(texts('Nobody used the firm’s "smart grid" app.')).toEqual([]);
  });
});

describe('words someone uses, and names a group coins', () => {
  it('"used language like “X”" reports the users’ words', () => {
    expect(texts('The mayor and his aides have often used harsh terms for the camps, including language like "swarm."')).toEqual(['swarm.']);
    expect(texts('Rivals keep invoking words such as “betrayal” in their ads.')).toEqual(['betrayal']);
  });

  it('"prefers words like “X”", "the use of terms such as “X”" and a choice of wording still weigh wording', () => {
    expect(texts('The maker prefers words like “estimate” rather than “measure” on its boxes.')).toEqual([]);
    expect(texts('The firm used words like “guide” instead of “guarantee” in its ads.')).toEqual([]);
    expect(texts('The use of terms such as “abuse” and “harm” in the law is vague, the judge found.')).toEqual([]);
  });

  it('a thing named by the group that coined the name', () => {
    expect(texts('One plate was coated in a film they call "stacked graphene."')).toEqual([]);
    expect(texts('The fish enter a state that researchers have dubbed “quiet waking” in winter.')).toEqual([]);
    expect(texts('Doctors saw a pattern which doctors call “alarm fatigue” on the wards.')).toEqual([]);
  });

  it('a verdict on a thing stays the speaker’s words', () => {
    expect(texts('Unions rejected a plan they called "reckless" on Monday.')).toEqual(['reckless']);
    expect(texts('It was a deal they called “a betrayal of workers.”')).toEqual(['a betrayal of workers.']);
  });
});

describe('a work judged by name', () => {
  it('a Title Case name as the object of a judging verb, then "as"', () => {
    expect(texts('The critic Ann Roe described “Night Train” as “a tired, joyless sequel.”')).toEqual(['a tired, joyless sequel.']);
    expect(texts('Fans hailed "Salt Roads" as the best album of the year, the label said.')).toEqual([]);
    expect(texts('The paper ranked “Blue Harbour” as its top film.')).toEqual([]);
  });

  it('a capitalised shout before "as" is still words', () => {
    expect(texts('He shouted “Stop Now” as the car pulled away.')).toEqual(['Stop Now']);
  });
});

describe('an epithet before the name it stands for', () => {
  it('a possessive, a lower-case epithet and the named person in apposition', () => {
    expect(texts('The sailor first met his “gal,” Ruby Vance, in a 1931 strip.')).toEqual([]);
    expect(texts('She toured with her "partner in crime", Ann Roe, for a decade.')).toEqual([]);
  });

  it('words before a speech tag stay a quote', () => {
    expect(texts('It was his “dream job,” Ann Roe said of her son.')).toEqual(['dream job,']);
    expect(texts('He called her plan “a farce,” Ann Roe said.')).toEqual(['a farce,']);
  });
});

describe('a word glossed right after the marks', () => {
  it('means, translates as, to mean, as its word of the year', () => {
    expect(texts('In Welsh, “hiraeth” means a longing for home.')).toEqual([]);
    expect(texts('The Danish "hygge" roughly translates as cosiness.')).toEqual([]);
    expect(texts('Teenagers now say “cheugy” to mean out of date.')).toEqual([]);
    expect(texts('The dictionary chose “gaslighting” as its word of the year.')).toEqual([]);
  });

  it('a quotation followed by a comma and "means" is words', () => {
    expect(texts('“It is over,” means the mayor has given up, critics said.')).toEqual(['It is over,']);
    expect(texts('She said a “yes,” meant nothing then.')).toEqual(['yes,']);
  });
});

describe('options, levels and translations', () => {
  it('a button, box or ballot option chosen is a label', () => {
    expect(texts('Users can click “like” or “share” on any post.')).toEqual([]);
    expect(texts('About 60 percent ticked "strongly agree" on the survey.')).toEqual([]);
    expect(texts('Press “start” to begin the test.')).toEqual([]);
    expect(texts('Most residents voted “no” in the poll.')).toEqual([]);
  });

  it('an answer said aloud stays a quote', () => {
    expect(texts('Asked if she would run, she said “maybe.”')).toEqual(['maybe.']);
  });

  it('a level on a named alert scale, with or without a tag', () => {
    expect(texts('Officials raised the alert level to "orange" on Sunday.')).toEqual([]);
    expect(texts('Police raised the threat level to “severe,” a spokesman said.')).toEqual([]);
    expect(texts('He told the press “no comment” and left.')).toEqual(['no comment']);
  });

  it('a translation from a named language', () => {
    expect(texts('The motto comes from the Latin for “I serve.”')).toEqual([]);
    expect(texts('Its name is the Maori word for “long white cloud.”')).toEqual([]);
  });
});

describe('a category a speaker names in a tagged quote', () => {
  it('stays the speaker’s word', () => {
    expect(texts('Officials classified the attack as “terrorism,” the minister said.')).toEqual(['terrorism,']);
  });
});

describe('names of orders, notices and zones', () => {
  it('a phrase before an order, advisory, notice, alert or zone names it', () => {
    expect(texts('Officials issued a “shelter-in-place” order for the area.')).toEqual([]);
    expect(texts('The county lifted its "boil water" notice on Friday.')).toEqual([]);
    expect(texts('The ministry kept its “do not travel” advisory in place.')).toEqual([]);
    expect(texts('Pilots were warned of a “no-fly” zone over the capital.')).toEqual([]);
  });

  it('a judgement before the same nouns stays a quote', () => {
    expect(texts('The mayor gave a “very serious” warning to landlords.')).toEqual(['very serious']);
    expect(texts('Critics called it a “one-sided” policy.')).toEqual(['one-sided']);
    expect(texts('The firm promised “cost-effective” policies for families.')).toEqual(['cost-effective']);
  });
});

describe('a title before a word for its cast, makers or parts', () => {
  it('in a headline and in running text', () => {
    expect(texts('“Blue Harbour” Cast Reunites for Charity Gala')).toEqual([]);
    expect(texts('"Night Train" Review: A Slow Ride Worth Taking')).toEqual([]);
    expect(texts('The ‘Open Roads’ finale drew ten million viewers.')).toEqual([]);
  });

  it('words with a person in them stay words', () => {
    expect(texts('“I Am Done” Star Quits Show, Says Agent')).toEqual(['I Am Done']);
  });
});

describe('words swapped, pluralised, spelled or crowned', () => {
  it('one wording put in place of another', () => {
    expect(texts('They replaced “master” with “main” in the code.')).toEqual([]);
    expect(texts('Swap "can’t" for "won’t" and the meaning changes.')).toEqual([]);
  });

  it('a claim about a replacement stays a quote', () => {
    expect(texts('The landlord replaced the lock with a “secure” one, tenants said.')).toEqual(['secure']);
  });

  it('the plural, spelling or origin of a word; the word of the year', () => {
    expect(texts('The plural of “octopus” is disputed.')).toEqual([]);
    expect(texts('The spelling of "judgement" varies.')).toEqual([]);
    expect(texts('The word of the year is “rizz.”')).toEqual([]);
  });
});

describe('a term owned by a brand, body or season', () => {
  it('an article, a capitalised modifier and a short lower-case term', () => {
    expect(texts('Later he sent her a Snapchat “streak” request.')).toEqual([]);
    expect(texts('Staff were invited to an NHS "wellbeing day" in May.')).toEqual([]);
    expect(texts('The show aired during the November “sweeps” for ratings.')).toEqual([]);
  });

  it('a sentence that reports speech keeps the words', () => {
    expect(texts('The senator slammed the White House “cover-up” on Monday.')).toEqual(['cover-up']);
    expect(texts('Ann Roe said the Tory "chaos" had to end.')).toEqual(['chaos']);
  });
});

describe('one more item of a listed run, set apart by an aside', () => {
  it('is an item too', () => {
    expect(
      texts('The stall’s board lists “tea with milk,” “tea with lemon” and “tea with honey” before offering — a little wearily — “tea with everything.”'),
    ).toEqual([]);
  });

  it('a quoted remark in a sentence with only two items stays', () => {
    expect(texts('The board lists “tea with milk” and “tea with lemon” and, below, “ask about our cakes.”')).toHaveLength(3);
  });
});

describe('words listed as examples of a kind of wording', () => {
  it('"“X,” “Y” and other commands/words"', () => {
    expect(texts('The puppy learned to “sit,” “stay” and follow other basic commands.')).toEqual([]);
    expect(texts('Children are taught "please" and other magic words early.')).toEqual([]);
  });

  it('a remark followed by other remarks of a person stays', () => {
    expect(texts('She called him “a liar” and other things I cannot print, Ann Roe said.')).toEqual(['a liar']);
  });
});

describe('a double mark closed with a single one', () => {
  it('the phrase ends at the single mark before a joining word', () => {
    expect(texts(`The aide defended the use of "fish in a barrel' and other lines, because the mayor said them first.`)).toEqual([
      'fish in a barrel',
    ]);
  });

  it('a plural possessive is no close; a long unclosed quote runs on', () => {
    expect(texts(`She said "the farmers' market will stay open all year`)).toEqual(["the farmers' market will stay open all year"]);
  });
});
