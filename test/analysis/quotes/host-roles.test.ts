import { describe, expect, it } from 'vitest';
import { clauseRoleHolders } from '../../../src/analysis/quotes/clause-roles.js';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('a role given by a main verb', () => {
  it('"X hosted the show" makes X the host, without an occupation written before the name', () => {
    expect(clauseRoleHolders('Comedian Ann Roe hosted the show on Sunday.', 'host')).toEqual(['Ann Roe']);
    expect(clauseRoleHolders('Tom Reyes coaches the under-12 side.', 'coach')).toEqual(['Tom Reyes']);
    expect(speakers('Veteran broadcaster Tom Reyes hosted the debate. "Time is up," the host said.')).toEqual(['Tom Reyes']);
    expect(speakers('Ann Roe hosted the gala on Sunday. "We had fun," the host said.')).toEqual(['Ann Roe']);
  });

  it('not for verbs that also mean something else ("managed to")', () => {
    expect(clauseRoleHolders('Tom Reyes managed to escape.', 'manager')).toEqual([]);
    expect(clauseRoleHolders('Tom Reyes directed the questions elsewhere.', 'director')).toEqual([]);
  });
});

describe('host, presenter and anchor', () => {
  it('refer back to one another', () => {
    expect(speakers('Tom Reyes, the host of the morning show, pressed her. "That is not an answer," the presenter said.')).toEqual(['Tom Reyes']);
  });
});
