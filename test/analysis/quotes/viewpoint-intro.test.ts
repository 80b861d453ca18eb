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

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

const EARLIER = 'Tom Page spent two years on the reissues. He told the radio: “It was a lot of work.”\n\n';

describe('a colon lead-in whose speaker is not a tag', () => {
  it('"For Ann Plant, it has been different ...: “...”" is the viewpoint person\'s, not the last speaker\'s', () => {
    expect(speakers(`${EARLIER}For Ann Plant, it has been a different experience, in that there are things she wishes she had done differently: “I sang too loud.”`)).toEqual(['Tom Page', 'Ann Plant']);
  });

  it('"And she offers advice for listeners: “...”" resolves the pronoun as a tag would', () => {
    expect(speakers(`${EARLIER}Ann Plant sees it differently, and there are things she would change.\n\nAnd she offers advice for listeners: “Turn it up.”`)).toEqual(['Tom Page', 'Ann Plant']);
    expect(speakers(`${EARLIER}Ann Plant sees it differently.\n\nShe then adds a warning: “Not too loud.”`)).toEqual(['Tom Page', 'Ann Plant']);
  });

  it('a viewpoint sentence that names someone else after the person is not read as the viewpoint person\'s words', () => {
    expect(speakers(`${EARLIER}For Ann Plant, the review by Ivo Marsh said it best: “A triumph.”`)).not.toEqual(['Tom Page', 'Ann Plant']);
  });
});
