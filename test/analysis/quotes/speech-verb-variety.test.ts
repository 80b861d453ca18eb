import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const Q = '"We are ready for the vote,"';

describe('feature-writing tag verbs and "came the reply from"', () => {
  it('beamed, grinned, piped up, roared, teased', () => {
    for (const verb of ['beamed', 'grinned', 'piped up', 'roared', 'teased', 'chuckles']) {
      expect(quoteSpeakers(`${Q} Tom Reyes ${verb}.`)).toEqual(['Tom Reyes']);
    }
  });

  it('"came the reply from X" credits X; a place after "from" is nobody', () => {
    expect(quoteSpeakers(`${Q} came the reply from Tom Reyes.`)).toEqual(['Tom Reyes']);
    expect(quoteSpeakers(`${Q} came the swift response from the ministry.`)).toEqual(['the ministry']);
    expect(quoteSpeakers(`${Q} came a shout from the back of the hall.`)).toEqual(['unknown']);
  });
});
