import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('a quoted phrase in the sentence after a tagged quotation', () => {
  it('continues the speaker of the sentence before', () => {
    const body = '“I am thrilled,” geologist Tara Quinn says of the survey. Deep or shallow, the pools could be “easy places to sample.”';
    expect(quoteSpeakers(body)).toEqual(['Tara Quinn', 'Tara Quinn']);
  });

  it('not when the sentence has a speech verb of its own', () => {
    const body = '“I am thrilled,” geologist Tara Quinn says. Critics argue the pools are “hard to reach.”';
    expect(quoteSpeakers(body)).not.toContain(undefined);
    expect(quoteSpeakers(body)[1]).not.toBe('Tara Quinn');
  });

  it('not when another person is the subject', () => {
    const body = [
      'Hydrologist Ben Ode studied the lakes for years.',
      '“I am thrilled,” geologist Tara Quinn says. Ode, for his part, found the pools “hard to reach.”',
    ].join('\n\n');
    // Not Quinn's follow-on: the sentence's own subject is the (inferred) voice.
    expect(quoteSpeakers(body)).toEqual(['Tara Quinn', 'Ben Ode']);
  });

  it('not across a narrative sentence', () => {
    const body = '“I am thrilled,” geologist Tara Quinn says. The survey ends in May. The pools could be “easy places to sample.”';
    expect(quoteSpeakers(body)).toEqual(['Tara Quinn', 'unknown']);
  });
});

describe('the second half of a split quotation', () => {
  it('shares the tag of the first half', () => {
    const body = '“We were ready,” said Jo Lind, who leads the crew, “and we would do it again.”';
    expect(quoteSpeakers(body)).toEqual(['Jo Lind', 'Jo Lind']);
  });

  it('not when a clause about someone else comes between', () => {
    const body = '“What changed?” asked Ray Okafor, whose daughter Mia led the protest with the words, “Not in our name.”';
    expect(quoteSpeakers(body)).toEqual(['Ray Okafor', 'unknown']);
  });
});
