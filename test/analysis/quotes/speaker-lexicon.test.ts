import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('source nouns and speech verbs news writing uses beyond the core lists', () => {
  it('"one user", "the editor", "a columnist" head a description of the source', () => {
    expect(quoteSpeakers('Later, one user chimed in with a calmer view: "Give the update a day."')).toEqual(['one user']);
    expect(quoteSpeakers('"We stand by the story," the editor said.')).toEqual(['the editor']);
    expect(quoteSpeakers('"It was a rout," a columnist wrote.')).toEqual(['a columnist']);
  });

  it('verbs of scolding and promoting take the subject as the source of the quoted words', () => {
    expect(quoteSpeakers('The senator lambasted the agency on Monday for "wasting" public money.')).toEqual(['the senator']);
    expect(quoteSpeakers('The firm touts the kettle as "the quietest ever made."')).toEqual(['the firm']);
  });

  it('a scolding verb takes an object, never an inverted speaker', () => {
    expect(quoteSpeakers('"Sit down," berated the coach his players.')).not.toContain('his players');
  });

  it('a title quoted inside the subject’s appositive does not hide the named subject', () => {
    const body = 'As Nell Ortiz, editor of the "Long Road" anthology and a senior writer at Harbor Weekly, pointed out, "nobody reads it the same way twice."';
    expect(quoteSpeakers(body)).toEqual(['Nell Ortiz']);
  });

  it('a quoted title that is itself the subject is no speaker', () => {
    const body = 'The party’s manifesto "Forward Together" last year said "we will cut the deficit."';
    expect(quoteSpeakers(body).some((s) => /Forward|Qq/.test(s))).toBe(false);
  });
});
