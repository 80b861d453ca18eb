import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { makeArticle } from '../helpers.js';

function quotes(body: string): Array<[string, string]> {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => [q.text, q.speaker.name]);
}

describe('quoted words repeated from an attributed quote', () => {
  it('a subheading pulling a phrase from a later quote takes its speaker, not the previous paragraph’s', () => {
    const body = [
      '“The talks are over,” said Ferdinand Osei, the mediator.',
      'Nurses: ‘We are running on fumes’',
      '“We are running on fumes and nobody listens,” union leader Carla Mendes told reporters.',
    ].join('\n\n');
    expect(quotes(body)).toEqual([
      ['The talks are over,', 'Ferdinand Osei'],
      ['We are running on fumes', 'Carla Mendes'],
      ['We are running on fumes and nobody listens,', 'Carla Mendes'],
    ]);
  });

  it('a headline phrase with no tag of its own takes the speaker of the body quote', () => {
    const body = 'Dam plan a ‘betrayal of the valley’\n\nThe scheme is “a betrayal of the valley,” said Ruth Okafor, who farms nearby.';
    expect(quotes(body).map(([, s]) => s)).toEqual(['Ruth Okafor', 'Ruth Okafor']);
  });

  it('words two different people said stay as they were', () => {
    const body = [
      'Hearing: ‘not fit for purpose’',
      'The system is “not fit for purpose,” said Alan Birch.',
      'Later Maya Lund said the rules were also “not fit for purpose”.',
    ].join('\n\n');
    expect(quotes(body).map(([, s]) => s)).toEqual(['unknown', 'Alan Birch', 'Maya Lund']);
  });

  it('a quote with its own tag keeps it even when someone else said the same words', () => {
    const body = '“We will rebuild,” said Jonah Pike.\n\nHis rival Ellen Varga said: “We will rebuild.”';
    expect(quotes(body).map(([, s]) => s)).toEqual(['Jonah Pike', 'Ellen Varga']);
  });
});
