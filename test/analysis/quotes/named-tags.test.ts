import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('a named tag after a quotation’s own question mark or full stop', () => {
  it('“...?” Name asked. is one sentence: the name is the tag', () => {
    expect(quoteSpeakers('"Who pays for the bridge?" Corinne Bastow asked.')).toEqual(['Corinne Bastow']);
  });

  it('a title, a particle or an age inside the tag still reads as the tag', () => {
    expect(quoteSpeakers('“We held the line.” Sen. Ilse van Damme said later.')).toEqual(['Ilse van Damme']);
    expect(quoteSpeakers('"Why now?" Okafor, 61, asked.')).toEqual(['Okafor']);
  });

  it('a sentence opener after the quotation starts a new sentence', () => {
    expect(quoteSpeakers('"Is it over?" The vote was held at noon.')).toEqual(['unknown']);
  });

  it('a verb before a colon introduces the next quotation, not the previous one', () => {
    const body = 'Locals were quick to react, with one writing: "Stay strong." Another added: "We will rebuild."';
    const speakers = quoteSpeakers(body);
    expect(speakers[0]).not.toBe(speakers[1]);
    expect(speakers[1]).toBe('another local');
  });
});

describe('an inverted tag naming two people, each with a title', () => {
  it('“...,” said the town’s top official, Mayor A B, and Police Chief C D, in a statement. credits both', () => {
    const body = '"We will remember quietly," said the town’s top official, Mayor Maren Holt, and Police Chief Dario Venn, in a statement.';
    expect(quoteSpeakers(body)).toEqual(['Maren Holt and Dario Venn']);
  });

  it('a single titled name is still one person, and a name inside a description is no second speaker', () => {
    expect(quoteSpeakers('"We will remember quietly," said Mayor Maren Holt, in a statement.')).toEqual(['Maren Holt']);
    expect(quoteSpeakers('"It was quiet," said Tom Reyes, a friend of Ann Lee and Bo Diaz.')).toEqual(['Tom Reyes']);
  });
});
