import { describe, expect, it } from 'vitest';
import { documentSpeaker } from '../../../src/analysis/quotes/documents.js';
import { quoteSpeakers } from '../helpers.js';

describe('a document as the subject of a speech verb', () => {
  it('a bare document speaks as written, never as a person', () => {
    expect(quoteSpeakers('The complaint alleges that the landlord ignored "repeated warnings" for years.')).toEqual(['the complaint']);
    expect(quoteSpeakers('"We will not be silenced," the petition says.')).toEqual(['the petition']);
  });

  it('a named author inside the phrase speaks', () => {
    expect(quoteSpeakers('"Now your cat can order dinner," says the Halvex Corporation’s ad, which ran on Sunday.')).toEqual([
      'Halvex Corporation',
    ]);
  });

  it('"goes on to say" keeps the subject before the idiom', () => {
    const body = 'A statement from the Lindqvist Foundation called the claims false. The statement goes on to say, "We tested it for years."';
    expect(quoteSpeakers(body)).toEqual(['Lindqvist Foundation']);
  });

  it('a day before the document is no author; a pronoun owner is', () => {
    expect(documentSpeaker('Tuesday’s lawsuit', 0)?.name).toBe('the lawsuit');
    expect(documentSpeaker('its website', 0)).toMatchObject({ kind: 'pronoun', name: 'it' });
  });

  it('a bare statement or letter is left to the speaker parser (the discourse would guess its author)', () => {
    expect(documentSpeaker('the announcement', 0)).toBeNull();
  });
});

describe('"according to" a document after a clause with its own speech verb', () => {
  it('the clause’s speaker said the words; the document only reports them', () => {
    const body = 'Her coach described her as "fearless and funny," according to a news release from the Brenton School District.';
    expect(quoteSpeakers(body)).toEqual(['her coach']);
  });

  it('people cited "according to" keep the quotation', () => {
    const body = 'At the meeting, an aide told staff the vote must come "before the recess," according to two people familiar with the talks.';
    expect(quoteSpeakers(body)).toEqual(['two people familiar with the talks']);
  });
});

describe('"what X called" right before a quotation', () => {
  it('the one who called it that chose the words, not the main clause’s subject', () => {
    const body = 'The report faulted the agency and traced the leak to what engineer Ola Brandt called the "weak seam."';
    expect(quoteSpeakers(body)).toEqual(['Ola Brandt']);
  });

  it('"has repeatedly described as" is the same shape', () => {
    expect(quoteSpeakers('Unions rejected what the mayor has repeatedly described as "a fair offer."')).toEqual(['the mayor']);
  });
});
