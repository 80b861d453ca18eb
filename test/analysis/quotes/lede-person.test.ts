import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('a lede description the story then names', () => {
  it('is the person whose name opens the next paragraph', () => {
    expect(speakers('A Dunmore woman says she was "turned away three times" from the clinic.\n\nMarta Kell, 52, waited for hours on Monday.')).toEqual([
      'Marta Kell',
    ]);
    expect(speakers('A local farmer says the new dam has "ruined" his fields.\n\nTom Reyes, 61, has farmed the valley for forty years.')).toEqual([
      'Tom Reyes',
    ]);
    expect(speakers('A Dunmore nurse says managers "ignored every warning" about staffing.\n\nLena Varga, who has worked there a decade, quit in May.')).toEqual([
      'Lena Varga',
    ]);
  });

  it('is the person named next in its own paragraph, also under a headline line, so "the woman" later is her', () => {
    const body =
      'Local woman warns of unsafe clinics\n\nA Dunmore woman has a warning for patients. She says the clinic nearly killed her. Marta Kell says the reports are accurate.\n\n' +
      'It started in 2011. The woman who was a picture of health suddenly fell ill. She said, "Nobody listened to me."';
    expect(speakers(body)).toEqual(['Marta Kell']);
  });

  it('is not a titled person, one of the other gender, or one introduced by a role noun', () => {
    expect(speakers('A Dunmore woman says she was "turned away three times".\n\nDr. Ivo Marsh, who runs the clinic, said the woman was never a patient.')).toEqual([
      'a Dunmore woman',
    ]);
    expect(speakers('A Dunmore woman says she was "turned away three times".\n\nTom Reyes, 52, runs the clinic.')).toEqual(['a Dunmore woman']);
    expect(speakers('A Dunmore woman says she was "turned away three times". Her neighbour Ann Cole says the clinic was full.')).toEqual(['a Dunmore woman']);
  });
});
