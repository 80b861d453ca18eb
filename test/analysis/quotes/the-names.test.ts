import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const Q = '"It was terrifying,"';

describe('"the" before a capitalised name, and words before a name that are no part of it', () => {
  it('"the Red Cross said": a multi-word name with the article is an organisation', () => {
    expect(quoteSpeakers(`${Q} the Red Cross said in a statement.`)).toEqual(['Red Cross']);
    expect(quoteSpeakers(`${Q} the Sierra Club said.`)).toEqual(['Sierra Club']);
  });

  it('a place or a fragment with a given name is no organisation', () => {
    expect(quoteSpeakers('The Grand Canyon is "stunning beyond words," visitors say.')).toEqual(['visitors']);
  });

  it('"the Oxford-educated Tom Reyes": a hyphenated origin describes the person', () => {
    expect(quoteSpeakers(`${Q} said the Oxford-educated Tom Reyes.`)).toEqual(['Tom Reyes']);
    expect(quoteSpeakers(`${Q} the Lagos-born Ada Eze said.`)).toEqual(['Ada Eze']);
  });

  it('"Acme Corp. CEO Ann Cole": an abbreviated company word before the title is no part of the name', () => {
    expect(quoteSpeakers(`${Q} Acme Corp. CEO Ann Cole said.`)).toEqual(['Ann Cole']);
  });
});
