import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('a lone surname shared by relatives', () => {
  it('is the relative just introduced in the sentence before', () => {
    const body = 'Ada Kerrigan runs the bakery. Her nephew, Luc Kerrigan, took over the ovens. "We bake at four," Kerrigan said.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Luc Kerrigan']);
  });

  it('sentences inside the quotation do not push the introduction away', () => {
    const body = 'Ada Kerrigan runs the bakery. Her nephew, Luc Kerrigan, took over. "We bake at four. We sell out by nine," Kerrigan said.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Luc Kerrigan']);
  });

  it('goes back to the first person further on or when both were named together', () => {
    const later = 'Ada Kerrigan runs the bakery. Her nephew, Luc Kerrigan, took over. The shop opened in May.\n\n"We bake at four," Kerrigan said.';
    expect(quoteSpeakers(later, { withMentions: true })).toEqual(['Ada Kerrigan']);
    const together = 'Ada Kerrigan, whose nephew, Sgt. Luc Kerrigan, serves abroad, spoke on Monday. "He writes weekly," Mrs. Kerrigan said.';
    expect(quoteSpeakers(together, { withMentions: true })).toEqual(['Ada Kerrigan']);
  });
});
