import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('speaker shapes found in real news after the session-4 fresh holdout was scored', () => {
  it('local-government offices are titles before a name (City Clerk, County Treasurer)', () => {
    expect(quoteSpeakers('"We are done," Pleasant Hill City Clerk Ann Lemkin said.')).toEqual(['Ann Lemkin']);
    expect(quoteSpeakers('"We are done," County Treasurer Ann Lemkin said.')).toEqual(['Ann Lemkin']);
  });

  it('"Added Lesh:" opens an inverted tag; the verb is no first name', () => {
    expect(quoteSpeakers('Bob Weir and Phil Lesh spoke on Friday. Added Lesh: "It is with respect that we meet again."')).toEqual([
      'Phil Lesh',
    ]);
  });

  it('"the Department" capitalised refers back to the department named before', () => {
    const body = 'The Department of Health issued a statement on Tuesday.\n\n"The ruling is being studied," the Department said.';
    expect(quoteSpeakers(body)).toEqual(['Department of Health']);
    expect(quoteSpeakers('"We will appeal," the Government said.')).toEqual(['the Government']);
  });

  it('"said Ann Roe of the group": a full name after the verb speaks whatever lowercase complement follows', () => {
    expect(quoteSpeakers('"It will happen," said Ann Roe of the group.')).toEqual(['Ann Roe']);
    expect(quoteSpeakers('"It will happen," says Ivo Kurt at the tenants\' site.')).toEqual(['Ivo Kurt']);
    expect(quoteSpeakers('"It will happen," said Ann Roe on Monday.')).toEqual(['Ann Roe']);
  });

  it('a surname the article gives a person in full is that person even when it is also a company name', () => {
    const body = 'Gerontologist Jacqueline Dupont recalls the day the boy called her.\n\n"I just could not believe it," says Dupont.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Jacqueline Dupont']);
  });

  it('"said Kurt in an announcement": a lone surname before a determined complement; a weekday is no speaker', () => {
    const body = 'Ivo Kurt is the drummer.\n\n"The band lived an incredible story," said Kurt in an announcement on Friday.';
    expect(quoteSpeakers(body)).toEqual(['Ivo Kurt']);
    expect(quoteSpeakers('"We won," said Friday in a statement.')).toEqual(['unknown']);
  });
});

