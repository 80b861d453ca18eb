import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('a place is never inferred as a person speaking', () => {
  it('a headline about something in a region the story keeps naming credits nobody in the region', () => {
    for (const place of ['Saxony', 'Bavaria', 'Ohio']) {
      const body = [
        `Watchdog: Police facial recognition in ${place} 'out of control'`,
        `Rights group Harbour Watch has accused police of running searches. Police in the state of ${place} ran searches.`,
        `The report said ${place} had no rules. ${place} rejected it.`,
      ].join('\n\n');
      expect(quoteSpeakers(body)[0]).not.toBe(place);
    }
  });
});

describe('a clause cut at the quotation is no described speaker', () => {
  it('a phrase ending on a function word or holding a verb adverb gives no junk speaker', () => {
    expect(quoteSpeakers('Older pupils with the condition often show intellectual "peaks and troughs."')).toEqual(['unknown']);
    expect(quoteSpeakers('Whatever the aims of officials in Ohio and their peers in other states, the "reform" failed.')).not.toContain('officials in Ohio and their peers in other');
  });

  it('"X once jokingly called him an “...”" inside a report is X’s word', () => {
    expect(quoteSpeakers('A report says that Dale’s boss at the bank once jokingly called him a "robot."')).toEqual(['Dale’s boss at the bank']);
  });
});

describe('words that open a sentence but name no one', () => {
  it('a fronted participle ("Undaunted, he ...") is not a person', () => {
    expect(quoteSpeakers('Omar Ruiz was suspended. Undaunted, he wrote an op-ed, accusing Lee of "buying votes."', { withMentions: true })).toEqual(['Omar Ruiz']);
  });

  it('an indefinite pronoun is not a speaker; "Skeptics say" is a described group', () => {
    expect(quoteSpeakers('Anyone who called it "a crazy night" was wrong.')).toEqual(['unknown']);
    expect(quoteSpeakers('Skeptics say it is a "false alarm."')).toEqual(['skeptics']);
  });

  it('a surname ending in -ing stays a name', () => {
    expect(quoteSpeakers('Det. Carl Dowling spoke. Dowling described her as an "associate."', { withMentions: true })).toEqual(['Carl Dowling']);
  });
});

describe('a fronted time adverbial is no speaker', () => {
  it('"Early on Saturday, officials said" is officials, not "Early"', () => {
    expect(quoteSpeakers('Early on Saturday, officials said: "He was drunk."')).toEqual(['officials']);
    expect(quoteSpeakers('Earlier on Monday, officials said the driver was "drunk."')).toEqual(['officials']);
  });
});
