import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const WORDS = '"The weather is the real director of this film."';

describe('a speech verb in the infinitive after "used to", "likes to", "was quick to"', () => {
  it('the subject before the periphrasis speaks', () => {
    expect(quoteSpeakers(`The camera assistant used to say, ${WORDS}`)).toEqual(['the camera assistant']);
    expect(quoteSpeakers(`Tom Reyes likes to say, ${WORDS}`)).toEqual(['Tom Reyes']);
    expect(quoteSpeakers(`Her father always used to tell her, ${WORDS}`)).toEqual(['her father']);
  });

  it('after the quotation too', () => {
    expect(quoteSpeakers(`"The weather is the real director," the camera assistant used to say.`)).toEqual(['the camera assistant']);
  });
});

describe('common occupations head a described speaker', () => {
  it('assistant, pianist, politician, librarian', () => {
    expect(quoteSpeakers(`Her assistant said, ${WORDS}`)).toEqual(['her assistant']);
    expect(quoteSpeakers(`A local pianist said, ${WORDS}`)).toEqual(['a local pianist']);
    expect(quoteSpeakers(`One politician told the paper, ${WORDS}`)).toEqual(['one politician']);
    expect(quoteSpeakers(`${WORDS.slice(0, -2)}," the librarian said.`)).toEqual(['the librarian']);
  });
});
