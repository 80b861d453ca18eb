import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/briefing/summarize/split.js';

describe('splitSentences', () => {
  it('splits on terminal punctuation before a capital', () => {
    expect(splitSentences('The bridge closed. Traffic was diverted! Why? Nobody said.')).toEqual([
      'The bridge closed.',
      'Traffic was diverted!',
      'Why?',
      'Nobody said.',
    ]);
  });

  it('treats every line as a hard boundary and drops blank lines', () => {
    const text = 'Headline Without Period \n \n First paragraph here. Second one. \n \n Advertisement \n';
    expect(splitSentences(text)).toEqual(['Headline Without Period', 'First paragraph here.', 'Second one.', 'Advertisement']);
  });

  it('keeps titles, initials and abbreviations inside the sentence', () => {
    expect(splitSentences('Mr. Smith met Dr. Jones and John F. Kennedy Jr. on Jan. 5 in Montgomery, Ala., today.')).toHaveLength(1);
    expect(splitSentences('It was 3.5 percent, e.g. a small rise.')).toHaveLength(1);
  });

  it('keeps a dotted acronym before a name but splits before a sentence opener', () => {
    expect(splitSentences('The U.S. Army said so.')).toEqual(['The U.S. Army said so.']);
    expect(splitSentences('He moved to the U.S. He never left.')).toEqual(['He moved to the U.S.', 'He never left.']);
  });

  it('keeps closing quotes with their sentence and splits before an opening quote', () => {
    expect(splitSentences('"We are safe," he said. "The water is rising." She left.')).toEqual([
      '"We are safe," he said.',
      '"The water is rising."',
      'She left.',
    ]);
    expect(splitSentences('“Why now?” she asked.')).toEqual(['“Why now?” she asked.']);
  });

  it('keeps a closed multi-sentence quotation in one piece', () => {
    expect(splitSentences('“We will rebuild. We always have,” the mayor said. Crews began work.')).toEqual([
      '“We will rebuild. We always have,” the mayor said.',
      'Crews began work.',
    ]);
    expect(splitSentences('He said: "Stay home. Roads are closed." Then he left.')).toEqual([
      'He said: "Stay home. Roads are closed."',
      'Then he left.',
    ]);
  });

  it('still splits when a quotation is never closed on the line', () => {
    expect(splitSentences('“We will rebuild. We always have.')).toEqual(['“We will rebuild.', 'We always have.']);
  });

  it('does not split inside numbers, URLs or ellipses followed by lowercase', () => {
    expect(splitSentences('Visit example.com for 1.5 million... or more details.')).toHaveLength(1);
  });

  it('returns nothing for empty or whitespace-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n \n ')).toEqual([]);
  });

  it('never loses words', () => {
    const text = 'One two. Three four! Five "six." Seven? \n Eight nine, ten. Mr. Eleven.';
    const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
    expect(splitSentences(text).flatMap(words)).toEqual(words(text));
  });
});
