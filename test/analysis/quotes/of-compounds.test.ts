import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('"mother-of-three" compounds head a described speaker by their first noun', () => {
  it.each([
    ['"We waited hours," the father-of-four said.', 'the father-of-four'],
    ['"We waited hours," a grandmother-of-six told the inquest.', 'a grandmother-of-six'],
    ['"We waited hours," said mother-of-two Ada Voss.', 'Ada Voss'],
  ])('%s', (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });
});
