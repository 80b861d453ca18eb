import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('a pronoun after an opening phrase about someone’s speech', () => {
  const before = 'Father Leo Brandt founded the shelter in 1990. He wrote three books.\n\n';

  it('is the owner of the speech', () => {
    const body = `${before}In Governor Tom Ruiz's address to the legislature, he praised the volunteers for their "quiet courage."`;
    expect(quoteSpeakers(body)).toEqual(['Tom Ruiz']);
  });

  it('not after an opening phrase about something else', () => {
    const body = `${before}At Tom Ruiz's request, he praised the volunteers for their "quiet courage."`;
    expect(quoteSpeakers(body)).toEqual(['Leo Brandt']);
  });

  it('not when the pronoun’s gender rules the owner out', () => {
    const body = `${before}In Governor Ann Ruiz's address to the legislature, he praised the volunteers for their "quiet courage."`;
    expect(quoteSpeakers(body)).toEqual(['Leo Brandt']);
  });
});
