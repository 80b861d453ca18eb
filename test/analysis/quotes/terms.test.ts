import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle } from '../helpers.js';

function texts(body: string): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.text);
}

describe('terms in quotation marks are not quotes', () => {
  it('passive naming with no one doing the naming', () => {
    expect(texts('The scheme has been called the “printer ink model.” Buyers pay later.')).toEqual([]);
    expect(texts('The pattern is now known, in the jargon of the lab, as “quiet burst,” and it is rare.')).toEqual([]);
    expect(texts('Her uncle, known to the whole street as “Captain Tom,” ran the shop.')).toEqual([]);
  });

  it('passive naming WITH an agent reports that agent’s words', () => {
    expect(texts('The budget was called “a disgrace” by the opposition leader.')).toEqual(['a disgrace']);
  });

  it('definitions and glosses', () => {
    expect(texts('The city’s website defines a “paid detail” as any shift an outside group pays for.')).toEqual([]);
    expect(texts('Nobody explained how the trip met the definition of “official travel,” she wrote.')).toEqual([]);
    expect(texts('Hackers say they “scraped”, or copied, the whole database.')).toEqual([]);
    expect(texts('The plan puts 30 “mediators”, as the charity calls them, on the streets.')).toEqual([]);
    expect(texts('The grant pays for a dozen “street stewards,” residents who are trained to calm fights.')).toEqual([]);
  });

  it('translations and nouns named by a participle', () => {
    expect(texts('The lid bears the Greek letters for “salt water” on one side.')).toEqual([]);
    expect(texts('The town takes its name from hafnarfjordur, which means “harbour fjord.” It is old.')).toEqual([]);
    expect(texts('The lab used a method called “deep sampling” to count the fish.')).toEqual([]);
    expect(texts('Ivo Tamm said the cuts were what he called “a slow disaster” for schools.')).toEqual(['a slow disaster']);
  });

  it('a short lower-case term after "the" or a possessive in a sentence with no attribution', () => {
    expect(texts('Divers listened for the jet’s “black box” recorders all week.')).toEqual([]);
    expect(texts('The forum invented the “triple bracket” meme years ago.')).toEqual([]);
  });

  it('a scare quote after "the" in a sentence that reports speech is the speaker’s, even out of the tag’s reach', () => {
    expect(texts('The principal met parents on Friday to discuss the “awful week,” but said little about the cause.')).toEqual([
      'awful week,',
    ]);
    // "spoke English" and "signals" are not speech.
    expect(texts('The “tour guides” on the bus spoke English and waved at signals.')).toEqual([]);
  });

  it('scare quotes that report words stay', () => {
    expect(texts('Mara Venn said the chancellor “fully supports” the plan.')).toEqual(['fully supports']);
    expect(texts('Residents described the response as “slow,” a councillor said.')).toEqual(['slow,']);
    expect(texts('Ministers were accused of a “quiet retreat” from the pledge.')).toEqual(['quiet retreat']);
  });

  it('a capitalised nickname inside a name is not a quote', () => {
    expect(texts('Retired boxer Ivo “The Anvil” Tamm said he would fight again.')).toEqual([]);
    expect(texts('Then Mara Venn said "Absolutely Not" to the offer.')).toEqual(['Absolutely Not']);
  });

  it('a word the sentence announces', () => {
    expect(texts('At the summit one word has come to dominate every corridor: “resilience.” Delegates repeat it.')).toEqual([]);
  });

  it('a slogan and a paper title in a citation are not quotes', () => {
    expect(texts('The union, which has made “no cuts, no closures” its slogan, marched on Friday.')).toEqual([]);
    expect(texts('Source Reference: Okafor B, et al "Night shifts and sleep debt in nurses: a cohort study" Lancet Public Health 2024')).toEqual([]);
    expect(texts('Ed Marr said the deal was "a fair result" Monday.')).toEqual(['a fair result']);
  });

  it('related-link furniture in the text is not a quote', () => {
    expect(texts('‘We will not be silenced’: inside the fight over the library Read more')).toEqual([]);
    expect(texts('Related: ‘We will rebuild,’ says mayor after the flood')).toEqual([]);
    expect(texts('READ MORE: "Nobody listened to us" - residents speak out')).toEqual([]);
    expect(texts('[Ferry captain: ‘I still dream about that night’]')).toEqual([]);
  });

  it('text being changed (lyrics, names, wording) is mentioned, not said', () => {
    expect(texts('The bill would change the chorus from “our fathers’ land” to “our people’s land.” It is the third try.')).toEqual([]);
    expect(texts('Locals say the festival turned the town from "Sleepyville" to a destination.')).toEqual([]);
    expect(texts('The motto was changed to "forward together" in 1962 after a vote.')).toEqual([]);
    expect(texts('Two old lines were replaced with "Rise up, rise up" and "Stand and be counted."')).toEqual([]);
    // Words someone said stay quotes, with a "from" elsewhere in the sentence.
    expect(texts('Ivo Tamm said the shift from coal was “long overdue” and “good for the town.”')).toEqual(['long overdue', 'good for the town.']);
    // "from ... to" without a verb of changing text, or after a speech verb, reports words.
    expect(texts('Ivo Tamm went from calling the mayor "a good friend" to "a disgrace" in a week.')).toEqual(['a good friend', 'a disgrace']);
    expect(texts('His pitch moved from "we can win" to "we might lose" by Friday, aides said.')).toEqual(['we can win', 'we might lose']);
  });

  it('words named as examples, and the words coordinated with them', () => {
    expect(texts('The maker prefers words like “estimate” rather than “measure” on its boxes.')).toEqual([]);
    expect(texts('Mara Venn said the plan was “reckless” and “unfunded.”')).toEqual(['reckless', 'unfunded.']);
    expect(texts('He used language such as "we will crush them all" at the rally.')).toEqual(['we will crush them all']);
    expect(texts('The maker prefers words like “estimate,” “gauge” or “measure” on its boxes.')).toEqual([]);
    // Side by side with nothing between is not a list: the second quote is what was said.
    expect(texts('Ivo Tamm called the so-called “reforms” “a disaster” on Monday.')).toEqual(['a disaster']);
  });

  it('a level on a scale, and a term as it is called', () => {
    expect(texts('The national alert level remains at "high," one step below the top.')).toEqual([]);
    expect(texts('It was lowered to “moderate” last spring.')).toEqual([]);
    expect(texts('The “gag clause,” as it is called in the contract, bars her from speaking.')).toEqual([]);
    expect(texts('The plan was “reckless,” as it was described by two council members.')).toEqual(['reckless,']);
    expect(texts('The mayor said the level should stay at “high alert for now.”')).toEqual(['high alert for now.']);
  });

  it('an account handle is not a quote; a term after a capitalised "The" with no attribution is not either', () => {
    expect(texts('The post even shows a like from “old_dad,” a dig at older users.')).toEqual([]);
    expect(texts('The “tour guides” on the bus were actors hired for the day.')).toEqual([]);
  });
});

describe('the names of criminal charges', () => {
  it('legal wording for an offence is a term, not anyone’s words', () => {
    expect(texts('The court upheld her conviction on charges of “slandering” the governor, the group said.')).toEqual([]);
    expect(texts('He served a two-year sentence for “damaging state property” in 2019, his lawyer said.')).toEqual([]);
    expect(texts('A jury found him guilty of “reckless endangerment” on Friday.')).toEqual([]);
    expect(texts('She faces two counts of “obstructing an officer” and “resisting arrest.”')).toEqual([]);
    expect(texts('He was charged with “disorderly conduct” after the rally.')).toEqual([]);
    expect(texts('The inventor has been held since May, suspected of “gross negligence” in the case.')).toEqual([]);
  });

  it('keeps an accusation in someone’s own words, and speech that names an offence', () => {
    expect(texts('The senator accused the minister of “betraying the farmers,” aides said.')).toEqual(['betraying the farmers,']);
    expect(texts('“We were charged with nothing,” Ray Doe said.')).toEqual(['We were charged with nothing,']);
  });
});
