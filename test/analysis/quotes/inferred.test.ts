import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/analysis/entities/index.js';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { splitSentences } from '../../../src/analysis/sentences.js';
import type { Quote } from '../../../src/analysis/types.js';
import { makeArticle } from '../helpers.js';

function quotes(body: string): Quote[] {
  const article = makeArticle(body);
  const sentences = splitSentences(article);
  return extractQuotes({ article, sentences, mentions: extractMentions(article, sentences), dates: [] });
}

/** [speaker, inferred] per quote. */
const speakers = (body: string): Array<[string, boolean]> => quotes(body).map((q) => [q.speaker.name, q.speaker.inferred === true]);

describe('speakers inferred from the sentence around an untagged quotation', () => {
  it('the subject of the clause the words sit in speaks them, marked as inferred', () => {
    expect(speakers('Councillor Bob Hale has fought the tower for years. He wants the site kept "for the people who live here."')).toEqual([
      ['Bob Hale', true],
    ]);
  });

  it('"His/Her ..." opening the clause speaks for the person in focus', () => {
    expect(speakers('Ann Roe, the mayor, spoke on Monday. Her plan would "change the city for good."')).toEqual([['Ann Roe', true]]);
  });

  it('a passive clause gives its "by" agent, never its subject', () => {
    expect(speakers('The plan was attacked as "reckless and cruel" by opposition leaders.')).toEqual([['opposition leaders', true]]);
    expect(speakers('Mayor Ann Roe was seen as "a force of nature" in the local press.')).toEqual([['unknown', false]]);
  });

  it('a subject that cannot speak offers nobody', () => {
    expect(speakers('The old building stood "like a ghost" over the square.')).toEqual([['unknown', false]]);
  });

  it('a later clause with a subject of its own does not borrow an earlier clause subject', () => {
    expect(speakers('About forty protesters marched outside, and the vote went ahead in what was "a farce."')).toEqual([['unknown', false]]);
  });

  it('a tagged quotation is never marked inferred', () => {
    expect(speakers('"We won," Ann Roe said.')).toEqual([['Ann Roe', false]]);
  });

  it('a name opening the clause before an adverbial is its subject', () => {
    expect(speakers('Sen. Ann Weir spoke on Monday. Weir at one point asked the rancher whether he was a "freeloader" after all.')).toEqual([
      ['Ann Weir', true],
    ]);
  });

  it('a determiner and a few words right before a speech verb are its subject, whatever the head noun', () => {
    expect(speakers('The studio says that the use of the old language in the film, which raised money, is "simply more evidence of theft."')).toEqual([
      ['the studio', true],
    ]);
  });

  it('a one-word name the article keeps using is a person; a stray capital is not', () => {
    expect(speakers('Bella is lonely. Bella misses Edward. Bella figures out that she needs to do "dangerous things" to see him.')).toEqual([
      ['Bella', true],
    ]);
    expect(speakers('Bella figures out that she needs to do "dangerous things" to see him.')).toEqual([['unknown', false]]);
  });

  it('a bare quotation nothing attributes, after a question put in plain text, is the latest speaker\'s', () => {
    const body = [
      'Coach Ann Roe spoke after the match. "We were ready," she said.',
      'Was the weather a worry for the team?',
      '"Not at all. We train in the rain every week."',
    ].join('\n\n');
    expect(speakers(body)).toEqual([
      ['Ann Roe', false],
      ['Ann Roe', true],
    ]);
  });

  it('the latest speaker reaches only a few paragraphs', () => {
    const body = [
      'Coach Ann Roe spoke after the match. "We were ready," she said.',
      'The club was founded in 1901.',
      'Its ground holds 9,000 people.',
      'Tickets sold out in an hour.',
      'A new stand opens next year.',
      '"Not at all. We train in the rain every week."',
    ].join('\n\n');
    expect(speakers(body)).toEqual([
      ['Ann Roe', false],
      ['unknown', false],
    ]);
  });

  it('words a text carries or the subject only passes on are not the subject\'s', () => {
    const prior = 'Engineers said the bridge was closed.\n\n';
    expect(speakers(`${prior}Inspector Nia Obi found a note: "Closed until further notice."`)).toEqual([['unknown', false]]);
    expect(speakers('Nora Vick, a teacher, walked past the school. Vick stopped at a banner that read "we will not be moved".')).toEqual([
      ['unknown', false],
    ]);
    expect(speakers('Mayor Ann Roe quoted an old proverb about "patience and time" in her speech.')).toEqual([['unknown', false]]);
  });

  it('a subordinate clause speaks with its own subject; a participle inside a noun phrase is no speech verb', () => {
    expect(speakers('Ann Roe was at the nursery when a staff member gave her a sandwich, "despite a known allergy."')).toEqual([
      ['a staff member', true],
    ]);
    expect(speakers('The newly described bones are "far larger than any found before."')).toEqual([['unknown', false]]);
  });

  it('a verb-first clause shares the subject before it even when that clause passed on someone else\'s words', () => {
    expect(speakers('Mayor Ann Roe quoted an old proverb about "patience," and then pushed for "a little more time" from voters.')).toEqual([
      ['unknown', false],
      ['Ann Roe', true],
    ]);
  });
});

