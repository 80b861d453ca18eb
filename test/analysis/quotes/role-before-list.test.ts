import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('a lowercase plural role before a list of names', () => {
  it.each([
    ['"The road floods," said neighbours Ada Voss and Pim Lodge.'],
    ['"The road floods," said retired teachers Ada Voss and Pim Lodge, who live nearby.'],
    ['"The road floods," tenants Ada Voss and Pim Lodge told the council.'],
  ])('the listed names speak: %s', (body) => {
    expect(quoteSpeakers(body)).toEqual(['Ada Voss and Pim Lodge']);
  });

  it('a role that is no people noun does not make a list', () => {
    expect(quoteSpeakers('"The road floods," said the tenants and the council.')).toEqual(['the tenants and the council']);
  });
});
