import { describe, expect, it } from 'vitest';
import { scanQuoteSpans } from '../../../src/analysis/quotes/spans.js';

const quoted = (text: string): string[] => scanQuoteSpans(text).map((s) => text.slice(s.start, s.end));

describe('broken quotation marks in scraped text', () => {
  it('a doubled opening mark is one opening mark, not an empty quote', () => {
    expect(quoted('He added, “”We are ready for the vote.” Then he left.')).toEqual(['We are ready for the vote.']);
  });

  it('a closing mark dropped before a speech tag: the quote ends at the comma and the next one opens', () => {
    expect(quoted('"We will count every vote, Ames wrote in a statement. "We expect results by Friday."')).toEqual([
      'We will count every vote,',
      'We expect results by Friday.',
    ]);
  });

  it('without a speech tag, a mark after a full stop still closes the quote', () => {
    expect(quoted('"Thanks to everyone who came. "ENCORE"')).toEqual(['Thanks to everyone who came.']);
  });

  it('a quote inside a quote in double marks, with or without its own closing mark', () => {
    expect(quoted('"I froze. Then I yelled, "Get out of my house!"')).toEqual(['I froze. Then I yelled, "Get out of my house!']);
    expect(quoted('"Then I yelled, "Get out!" and ran," she said.')).toEqual(['Then I yelled, "Get out!" and ran,']);
  });

  it('an inner quote opened with a single mark and closed with a double one does not end the outer quote', () => {
    const text = '"He turns and says \'I will find you!" and then he drove off into the dark."';
    expect(quoted(text)).toEqual([text.slice(1, -1)]);
  });

  it('two curly apostrophes close a double quote like two straight ones', () => {
    expect(quoted('The new “Night Rider’’ is darker than the first, and “Dawn’’ was worse.')).toEqual(['Night Rider', 'Dawn']);
  });

  it('an opening mark glued to the end of the previous sentence (space lost in scraping) still opens', () => {
    expect(quoted('He was hit on May 2, 1991."It was a sad case," Ada Lenz said.Police closed the file.')).toEqual([
      'It was a sad case,',
    ]);
  });

  it('stray spaces inside the marks are not quoted words', () => {
    expect(quoted('She said: “ We are going home. ” Then she left.')).toEqual(['We are going home.']);
  });
});

describe('single quotation marks', () => {
  it('a mark between a word and a space closes the quote', () => {
    expect(quoted("Residents were told to leave 'immediately' after the dam cracked, and 'not to return' until Friday.")).toEqual([
      'immediately',
      'not to return',
    ]);
    expect(quoted("Crews have been 'waiting for hours' outside the depot.")).toEqual(['waiting for hours']);
  });

  it('elisions and plural possessives inside a single-quoted quote do not close it', () => {
    expect(quoted('‘We just love rock ’n’ roll,’ he said.')).toEqual(['We just love rock ’n’ roll,']);
    expect(quoted("The drivers' union said it was 'a matter of the members' safety,' not pay.")).toEqual([
      "a matter of the members' safety,",
    ]);
  });

  it('a candidate close after an s is taken when another quote opens before any sure close', () => {
    expect(quoted("The 'Yes' campaign won, Ed said. 'It is over,' he added.")).toEqual(['Yes', 'It is over,']);
  });

  it('double marks nested inside a single-quoted quote stay inside it', () => {
    expect(quoted('\'They told us "run, don\'t wait", so we ran,\' said a resident.')).toEqual([
      'They told us "run, don\'t wait", so we ran,',
    ]);
  });

  it('every double mark printed as a right mark still opens and closes', () => {
    expect(quoted('”We are ready,” she said. ”The trucks leave at noon.”')).toEqual(['We are ready,', 'The trucks leave at noon.']);
    // A lone right mark after a space with no partner opens nothing.
    expect(quoted('The pipe was 6” wide and the ” key was broken.')).toEqual([]);
  });

  it('a left mark in closing position closes (typed left marks, German-style „...“)', () => {
    expect(quoted('“We are ready,“ she said.')).toEqual(['We are ready,']);
    expect(quoted('The sign read „Willkommen“ and nothing else.')).toEqual(['Willkommen']);
    // A left mark before a word still opens the next quote when the first was left open.
    expect(quoted('“We are ready. “The trucks leave at noon,” she said.')).toEqual(['We are ready.', 'The trucks leave at noon,']);
  });

  it('a short phrase quoted mid-sentence inside a quote in the same marks stays inside the outer quote', () => {
    expect(quoted('"He called it "unfair" and walked out," Ada Lenz said.')).toEqual(['He called it "unfair" and walked out,']);
    expect(quoted('“He called it “unfair” and walked out,” Ada Lenz said.')).toEqual(['He called it “unfair” and walked out,']);
  });

  it('an inch sign in a height inside a straight quote does not close it', () => {
    expect(quoted('"He is 6\'2" and fast," Ed Marr said.')).toEqual(['He is 6\'2" and fast,']);
  });
});
