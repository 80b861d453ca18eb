import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('"For X, the message is ...:" credits X', () => {
  it.each([
    ['For Ivo Marsh, the lesson is plain: "Check the brakes."', 'Ivo Marsh'],
    ['For the ferry crews, the answer was obvious: "More staff."', 'the ferry crews'],
    ['For Ivo Marsh, a retired pilot, the takeaway is this: "Fly less."', 'Ivo Marsh'],
  ])('%s', (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });

  it('a time phrase after "For" names nobody', () => {
    expect(quoteSpeakers('For decades, the answer was the same: "Wait."')).toEqual(['unknown']);
  });
});
