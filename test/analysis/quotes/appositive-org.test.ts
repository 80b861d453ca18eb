import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

// A name followed by appositives that mention an organisation: the name speaks, never the organisation inside the
// appositive ("a senior editor at Weekly Review").
describe('speaker before an appositive naming an organisation', () => {
  const cases: Array<[string, string]> = [
    ['But as Tova Brennan, author of the report and a research fellow at Northgate Institute, pointed out, "the figures were never audited."', 'Tova Brennan'],
    ['And as Tova Brennan, author of the report, a research fellow at Northgate Institute, noted, "the figures were never audited."', 'Tova Brennan'],
    ['Tova Brennan, author of the report, a research fellow at Northgate Institute, said "the figures were never audited."', 'Tova Brennan'],
    ['Tova Brennan, a research fellow at Northgate Institute, said "the figures were never audited."', 'Tova Brennan'],
    ['"The figures were never audited," said Tova Brennan, a research fellow at Northgate Institute.', 'Tova Brennan'],
    ['As Tova Brennan, the director of Northgate Institute, put it, "nobody checked the figures."', 'Tova Brennan'],
  ];
  for (const [body, want] of cases) {
    it(body, () => {
      expect(quoteSpeakers(body, { withMentions: true })).toEqual([want]);
      expect(quoteSpeakers(body)).toEqual([want]);
    });
  }

  it('keeps an organisation subject with a relative clause', () => {
    const body = 'The port authority, which runs the harbour, said "the berths will reopen on Monday."';
    expect(quoteSpeakers(body, { withMentions: true })[0]?.toLowerCase()).toBe('the port authority');
  });


  it('never credits the employer inside a described speaker with no name', () => {
    for (const body of [
      'A senior editor at Weekly Review said "the figures were never audited."',
      'Tova Brennan spoke first. The senior editor at Northgate Institute said "the figures were never audited."',
    ]) {
      const got = quoteSpeakers(body, { withMentions: true });
      expect(got).toHaveLength(1);
      // The described source ("a senior editor at Weekly Review") may speak; the employer alone never does.
      expect(got[0]).not.toMatch(/^(?:the\s+)?(?:Weekly\s+)?Review$|^(?:the\s+)?(?:Northgate\s+)?Institute$/);
    }
  });

  it('keeps a speaker-noun description with its employer', () => {
    const body = 'An analyst at Weekly Review said "the figures were never audited."';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['an analyst at Weekly Review']);
  });
});
