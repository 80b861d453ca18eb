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

describe('a lede that singles out its protagonist by role', () => {
  it('a role of a named body is the person the next paragraph opens with, also after a participle clause', () => {
    expect(speakers('The chief executive of Orvane, the drone maker, conceded on Tuesday that it had "moved too fast."\n\nTestifying before the Senate, Lena Varga said flights had stopped.')).toEqual(['Lena Varga']);
    expect(speakers('The founder of Brightwell Foods told investors that the firm was "not for sale."\n\nSpeaking in Leeds, Tom Ashby said he had turned down three offers.')).toEqual(['Tom Ashby']);
  });

  it('an indefinite role with what the person is accused of is the person named next', () => {
    expect(speakers('A nurse charged with stealing painkillers from a hospice told the court she was "ashamed."\n\nMaria Quist, 29, admitted two counts of theft.')).toEqual(['Maria Quist']);
    expect(speakers('A former treasurer accused of taking club funds told a jury he "panicked."\n\nOwen Pryce, 51, denies fraud.')).toEqual(['Owen Pryce']);
  });

  it('not a source the story need not name, nor a person named with a role of another kind', () => {
    expect(speakers('A police spokesman said the driver was "badly hurt."\n\nAnn Roe, 34, was arrested at the scene.')).toEqual(['a police spokesman']);
    expect(speakers('The head of the Harbour Authority said the port was "safe."\n\nTom Reyes, a local fisherman, disagreed.')).toEqual(['the head of the Harbour Authority']);
  });
});

describe('a described person named in the next paragraph, past the lede', () => {
  it('"A Dunmore man ... said “...”" then "Eli Brandt, 59, said" is Eli Brandt', () => {
    const body = 'Witnesses saw the crash.\n\nOne driver called 911.\n\nA Dunmore man who was crossing the bridge said the driver looked "calm."\n\nEli Brandt, 59, said he was on his way home.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Eli Brandt']);
  });

  it('without an age the next paragraph’s name is not trusted past the lede', () => {
    const body = 'Witnesses saw the crash.\n\nOne driver called 911.\n\nA Dunmore man who was crossing the bridge said the driver looked "calm."\n\nEli Brandt said he was on his way home.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['a Dunmore man']);
  });
});
