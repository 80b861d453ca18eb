import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('people a narrative sentence names with a known given name', () => {
  const before = 'Mayor Curt Ostby said the water was still rising.\n\n“We are doing what we can,” Ostby said.\n\n';

  it('a sentence-opening "Given Surname and his wife" makes that man the next "he"', () => {
    const body = `${before}Randy Kolb and his wife just bought a camper. They are living in a parking lot.\n\nHe said the hardest part is “not knowing where you are going to live.”`;
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Curt Ostby', 'Randy Kolb']);
  });

  it('a place that opens with a given name is no person', () => {
    const body = `${before}The floods reached Jordan River overnight.\n\n“It is worse than 1997,” he said.`;
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Curt Ostby', 'Curt Ostby']);
  });
});
