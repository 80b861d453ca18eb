import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('"they said" right after a person of no stated gender spoke in the paragraph', () => {
  it('is that person, whatever the tag order or verb', () => {
    const lead = 'Divers mapped the wreck over two weeks.\n\n“It was cold,” Dr. Ann Price said.\n\n';
    for (const para of [
      'The project archivist, Robin Castell, said the team had logged 900 hours. “Most of it is silt,” they said.',
      'Alex Marwood, who filmed the dives, said the light was poor. “We used every lamp we had,” they added.',
      'Sam Okoye said the hull was intact. “Nothing has moved in a century,” they explained.',
    ]) {
      const name = /(Robin Castell|Alex Marwood|Sam Okoye)/.exec(para)?.[1];
      expect(speakers(`${lead}${para}`)).toEqual(['Ann Price', name]);
    }
  });

  it('is not a person who only appeared in the story, nor one from an earlier paragraph', () => {
    const body =
      'Officers from the harbour police searched the boat.\n\n“We found nothing,” the officers said.\n\n' +
      'Robin Castell, the owner, was questioned for an hour. “The search will continue,” they said.';
    expect(speakers(body)).toEqual(['officers from the harbour police', 'officers from the harbour police']);
  });

  it('is not someone the text calls he or she', () => {
    const body =
      'Residents met the planners on Monday.\n\n“We want answers,” residents said.\n\n' +
      'Mr. Sam Okoye said the plan was late. “They promised a decision,” they said.';
    expect(speakers(body)).toEqual(['residents', 'residents']);
  });
});

describe('"they said" after a speaker who named people in the plural', () => {
  it('is left to those people, not the speaker', () => {
    const body = 'The river rose overnight.\n\nRobin Castell said the neighbours had fled before dawn. “We lost everything,” they said.';
    expect(speakers(body)).not.toEqual(['Robin Castell']);
  });
});
