import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });
const before = 'Engineers have confirmed the bridge was closed.\n\n';

describe('a named person\'s sentence that runs into a quotation through a colon introduces their words', () => {
  it('whatever the verb: "raised the subject first:", "opened with:", "was blunt:"', () => {
    expect(speakers(`${before}Presenter Mara Lind raised the subject first: "Who closed the bridge? And why?"`)).toEqual(['Mara Lind']);
    expect(speakers(`${before}Councillor Ivo Brandt opened with: "This bridge is our only road."`)).toEqual(['Ivo Brandt']);
    expect(speakers(`${before}Mara Lind was blunt: "Who closed the bridge?"`)).toEqual(['Mara Lind']);
  });

  it('a group from an earlier paragraph never takes the words of a named subject', () => {
    const [speaker] = speakers(`${before}Councillor Ivo Brandt found a note on the gate: "Closed until further notice."`);
    expect(speaker).not.toBe('engineers');
  });

  it('what someone found, read or was asked is not their own words', () => {
    const prior = 'Engineers said the bridge was closed.\n\n';
    expect(speakers(`${prior}Inspector Nia Obi found a note: "Closed until further notice."`)).toEqual(['unknown']);
    expect(speakers(`${prior}Inspector Nia Obi read the sign aloud: "Closed until further notice."`)).toEqual(['unknown']);
    expect(speakers(`${prior}Inspector Nia Obi was asked: "Who closed the bridge?"`)).toEqual(['unknown']);
    expect(speakers('Police found a note: "Closed until further notice."')).toEqual(['unknown']);
  });

  it('a lone heading-like name or a text as subject introduces nobody', () => {
    const prior = 'Engineers said the bridge was closed.\n\n';
    expect(speakers(`${prior}The sign on the gate was blunt: "Closed until further notice."`)).not.toContain('The sign');
  });

  it('a source described by a speaker noun with a short predicate of its own introduces its words; a heading does not', () => {
    const prior = 'Engineers said the bridge was unsafe.\n\n';
    expect(speakers(`${prior}The council's lawyers disagreed: "The bridge is sound."`)).toEqual(["the council's lawyers"]);
    expect(speakers(`${prior}Residents' union: "The bridge is sound."`)).not.toContain('residents');
  });

  it('a lead-in that hands over to someone else\'s words credits that someone, never the subject', () => {
    const prior = 'Engineers said the bridge was unsafe.\n\n';
    expect(speakers(`${prior}Mara Lind repeated Inspector Nia Obi's warning: "Stay off the bridge."`)).toEqual(['Nia Obi']);
    expect(speakers(`${prior}Mara Lind recalled her grandfather's advice: "Never cross in a storm."`)).not.toContain('Mara Lind');
    expect(speakers(`${prior}Mara Lind remembered a ranger telling her: "Never cross in a storm."`)).not.toContain('Mara Lind');
    expect(speakers(`${prior}Mara Lind gave her answer: "The bridge must close."`)).toEqual(['Mara Lind']);
  });
});

