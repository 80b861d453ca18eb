import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const Q = '"We object to the plan,"';

describe('a list of names after an inverted speech verb speaks together', () => {
  it('countries and people listed after "said"', () => {
    expect(quoteSpeakers(`${Q} said Britain, France and Germany in a joint statement.`)).toEqual(['Britain, France and Germany']);
    expect(quoteSpeakers(`${Q} said Ann Cole, Tom Reyes and Ivo Marsh.`)).toEqual(['Ann Cole, Tom Reyes and Ivo Marsh']);
  });

  it('a description with "and" in it after a name is the name\'s appositive, not a list', () => {
    const body = `${Q} said Ann Cole, a researcher at the Harbour Institute and one of the report's authors.`;
    expect(quoteSpeakers(body)).toEqual(['Ann Cole']);
  });
});
