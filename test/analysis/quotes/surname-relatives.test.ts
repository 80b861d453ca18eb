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

  it('also when the relative closes the paragraph before and the surname opens the next', () => {
    const grandmother = 'Tom Varga, 4, died on Monday. His grandmother, Edith Varga, said she was relieved.\n\n"He is at peace now," Varga said.';
    expect(quoteSpeakers(grandmother, { withMentions: true })).toEqual(['Edith Varga']);
    const uncle = 'Police found Mia Osei at the scene. Kwame Osei, 61, her uncle, told reporters the family was "broken".\n\n“We will not rest,” Osei told reporters.';
    expect(quoteSpeakers(uncle, { withMentions: true })).toEqual(['Kwame Osei', 'Kwame Osei']);
    const said = 'Lena Brandt was hurt in the fall. "It was awful," said her father, Jonas Brandt.\n\n"She will recover," Brandt added.';
    expect(quoteSpeakers(said, { withMentions: true })).toEqual(['Jonas Brandt', 'Jonas Brandt']);
  });

  it('not across a paragraph when the other relative was only named in a tag there, without a kin word', () => {
    const body = 'Edith Varga owns the farm.\n\n"My aunt says I am lazy," Tom Varga said.\n\n"He is," Varga said.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Tom Varga', 'Edith Varga']);
  });

  it('goes back to the first person further on or when both were named together', () => {
    const later = 'Ada Kerrigan runs the bakery. Her nephew, Luc Kerrigan, took over. The shop opened in May.\n\n"We bake at four," Kerrigan said.';
    expect(quoteSpeakers(later, { withMentions: true })).toEqual(['Ada Kerrigan']);
    const together = 'Ada Kerrigan, whose nephew, Sgt. Luc Kerrigan, serves abroad, spoke on Monday. "He writes weekly," Mrs. Kerrigan said.';
    expect(quoteSpeakers(together, { withMentions: true })).toEqual(['Ada Kerrigan']);
  });
});
