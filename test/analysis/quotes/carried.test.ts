import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('words on a banner, placard or T-shirt belong to the people carrying it', () => {
  it('the subject of the carrying verb speaks', () => {
    expect(quoteSpeakers('Outside the court, dozens of residents held up a banner reading "We are not going anywhere."')).toEqual([
      'dozens of residents',
    ]);
    expect(quoteSpeakers('Nurses carried placards that said "Safe staffing saves lives."')).toEqual(['nurses']);
    expect(quoteSpeakers('Fans wore T-shirts reading "Keep the club local."')).toEqual(['fans']);
    expect(quoteSpeakers('The Harbour Workers Union hung a huge banner that read: "Our port, our jobs."')).toEqual(['Harbour Workers Union']);
  });

  it('a sign nobody is said to carry has no speaker, and does not continue an earlier speaker', () => {
    const body = 'Tom Reyes said the plan was "a betrayal of the valley". A sign on one of the shacks read "KEEP OUT OF HERE."';
    expect(quoteSpeakers(body)).toEqual(['Tom Reyes', 'unknown']);
    const colon = 'Tom Reyes said the plan was "a betrayal of the valley". The banner over the gate says: "Our port, our jobs."';
    expect(quoteSpeakers(colon)).toEqual(['Tom Reyes', 'unknown']);
  });

  it('a quantity before "of" is part of the group as written', () => {
    expect(quoteSpeakers('Hundreds of nurses said the plan was "a betrayal of the wards".')).toEqual(['hundreds of nurses']);
  });
});

describe('"..., with one banner reading: “...”" closing a clause', () => {
  it('credits the subject of the clause the banner goes with', () => {
    const body = 'The president signed it a day after dozens of activists chanted slogans outside, with one banner reading: "Sign the bill."';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['dozens of activists']);
  });
});
