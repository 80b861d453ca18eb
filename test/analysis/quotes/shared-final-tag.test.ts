import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('a fragment with no tag of its own shares the tag that closes its sentence', () => {
  it('"X is “...” and Y is “...,” Roe said" credits both fragments to Roe', () => {
    expect(speakers('The plan is "dead" and the talks are "over," Ann Roe said on Monday.')).toEqual(['Ann Roe', 'Ann Roe']);
    expect(speakers('The bear does "face a serious threat" and is "likely to become endangered," the agency concedes.')).toEqual(['the agency', 'the agency']);
  });

  it('a speech verb or a clause break between them keeps the first fragment apart', () => {
    expect(speakers('Tom Lee called the plan "dead" and the talks are "over," Ann Roe said.')).toEqual(['Tom Lee', 'Ann Roe']);
    expect(speakers('The plan is "dead"; the talks are "over," Ann Roe said.')).toEqual(['unknown', 'Ann Roe']);
  });
});

describe('more verbs and subjects of reported words', () => {
  it('"who uttered the phrase “...”" credits the subject', () => {
    expect(speakers('Dale Hurst, who uttered the phrase "I will be back" in 2010, won again.')).toEqual(['Dale Hurst']);
  });

  it('"he was forced to explain" is his own explanation', () => {
    expect(speakers('Dale Hurst took the microphone. "This is not a joke," he was forced to explain.')).toEqual(['Dale Hurst']);
  });
});
