import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('"the country\'s interior minister" is the one holder of that office the article names', () => {
  it('whatever the country is called in the title, before or after', () => {
    for (const [owner, title] of [
      ["the country's interior minister", 'Norvanian Interior Minister'],
      ["the nation's health minister", 'Health Minister'],
      ["the state's attorney general", 'State Attorney General'],
    ] as const) {
      const role = title.split(' ').slice(-2).join(' ').toLowerCase();
      const body =
        `Police arrested a man accused of planning "an attack on two schools", ${owner} said on Sunday.\n\n` +
        `The man was known to the security services, ${title} Petra Skovgaard said.`;
      expect(speakers(body), role).toEqual(['Petra Skovgaard']);
    }
  });

  it('stays a description when two people hold such an office', () => {
    const body =
      'Police arrested a man said to have planned "an attack", the country\'s interior minister said.\n\n' +
      'Norvanian Interior Minister Petra Skovgaard met Dalmish Interior Minister Oren Vaak on Monday.';
    expect(speakers(body)).toEqual(["the country's interior minister"]);
  });
});
