import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { isAnnouncedMention } from '../../../src/analysis/quotes/mentions.js';
import { makeArticle } from '../helpers.js';

function texts(body: string): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.text);
}

describe('words announced as a name, slogan, expansion, search or label', () => {
  it('a passive label with no one labelling is a term', () => {
    expect(texts('The talks, referred to as "consultations", had been requested by the envoy.')).toEqual([]);
    expect(texts('Many of the pills are used as "exam drugs" or "focus pills" by students.')).toEqual([]);
    expect(texts('They’re used as “test aids” in most schools.')).toEqual([]);
    expect(texts('The bridge was listed as “structurally deficient” in 2019.')).toEqual([]);
  });

  it('a label a speech tag claims is the speaker’s words; "referred to as" names even then', () => {
    expect(texts('The patient is listed as “critical but stable,” a hospital spokesman said.')).toEqual(['critical but stable,']);
    expect(texts('The money was used as “leverage,” Ann Roe said.')).toEqual(['leverage,']);
    expect(texts('They said the talks, referred to as "consultations", had been requested by the envoy.')).toEqual([]);
  });

  it('a label with an agent reports the agent’s words', () => {
    expect(texts('The fire was classified as "suspicious" by the county fire marshal.')).toEqual(['suspicious']);
  });

  it('slogans, mottos and names announced before the marks', () => {
    expect(texts('Hence the regiment’s motto: "First In, Last Out."')).toEqual([]);
    expect(texts('The club adopted a new slogan, "Every Game Counts," in May.')).toEqual([]);
    expect(texts('Online he sometimes posted under the name “Ranger Bob.” They met twice.')).toEqual([]);
    expect(texts('She went by the alias “Doc” for years.')).toEqual([]);
  });

  it('expansions, searches and words a text mentions', () => {
    expect(texts('Could the code stand for "Scorpio?" Perhaps.')).toEqual([]);
    expect(texts('The term NDA, short for "non-disclosure agreement," appears twice.')).toEqual([]);
    expect(texts('It is the first result when you Google “cheap ferries.” The song never mentions “rain”.')).toEqual([]);
    expect(texts('Type in “ferry times” and the page loads.')).toEqual([]);
  });

  it('a slogan chanted, shouted or carried on signs is the words of those who voice it', () => {
    expect(texts('Protesters chanted the slogan “No justice, no peace” outside the court.')).toEqual(['No justice, no peace']);
    expect(texts('Marchers carried signs bearing the slogan “Hands off our parks.”')).toEqual(['Hands off our parks.']);
  });

  it('speech after the same words is still speech', () => {
    expect(texts('The motto matters, Ana Ruiz said. "We live by it every day."')).toEqual(['We live by it every day.']);
    expect(texts('Ivo Tamm said the name was “a mistake we will fix.”')).toEqual(['a mistake we will fix.']);
  });

  it('judges from the words before and after the marks', () => {
    expect(isAnnouncedMention('the campaign slogan: ', '', 'Yes We Can')).toBe(true);
    expect(isAnnouncedMention('she said: ', '', 'Yes we can')).toBe(false);
    expect(isAnnouncedMention('it is rated as ', ' by critics', 'poor')).toBe(false);
  });
});

describe('charges named in legal wording', () => {
  it('an offence after a sentence, jailing or arrest is the law’s wording', () => {
    expect(texts('She will appeal a one-year sentence related to "damaging state property" and "resisting arrest".')).toEqual([]);
    expect(texts('He was jailed over "spreading false news" last year.')).toEqual([]);
    expect(texts('Two men were arrested for “disturbing the peace” on Friday.')).toEqual([]);
  });
});

describe('a work named after its maker', () => {
  it('a Title Case quotation after "author of" or a work noun and a colon is a title, even before a tag', () => {
    expect(texts('She is the author of "How Rivers Bend." Dr. Lee said, "It took ten years."')).toEqual(['It took ten years.']);
    expect(texts('She was recruited by another hit show: ‘Strictly Come Dancing.’ Oh, she is busy.')).toEqual([]);
    expect(texts('Omar Diaz, director of the documentary “Salt Roads,” said it was hard.')).toEqual([]);
  });

  it('lower-case words after a work noun and a colon are still quoted', () => {
    expect(texts('Ana Ruiz summed up the show: “it was a mess from start to finish.”')).toEqual(['it was a mess from start to finish.']);
  });
});

describe('a quoted word named as a label or a term after the marks', () => {
  it('"the “X” label" and "“X” is a relative term" mention the word', () => {
    expect(texts('Ana Ruiz said the “radical” label was unfair to her party.')).toEqual([]);
    expect(texts('He added that the “reform” tag hides a cut.')).toEqual([]);
    expect(texts('In this house, "early" is a relative term.')).toEqual([]);
    expect(texts('“Maybe” was the operative word at the meeting.')).toEqual([]);
    expect(texts('Delegates fought over the treaty’s ‘phase-down’ language all night.')).toEqual([]);
    expect(texts('The bill keeps a "sunset" clause for the new powers.')).toEqual([]);
  });

  it('a sentence followed by "the word went out" is still speech', () => {
    expect(texts('“We are ready,” the word went out, and the town moved.')).toEqual(['We are ready,']);
  });
});

describe('a self-chosen name', () => {
  it('"calls itself “the Watchers”" names the group; "calls himself “a realist”" describes him in his words', () => {
    expect(texts('The group calls itself "the Watchers" and meets weekly.')).toEqual([]);
    expect(texts('The militia, which styled itself the "Free Valley Guard," disbanded.')).toEqual([]);
    expect(texts('He calls himself "a realist" about the talks.')).toEqual(['a realist']);
  });
});
