import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

describe('a capitalised "Lead" after an employer is a role, not a name', () => {
  it('keeps the person named before the appositive', () => {
    expect(quoteSpeakers('Ivo Marsh, Corvane\'s Design Lead in Mobile, told staff: "We ship in May."', { withMentions: true })).toEqual(['Ivo Marsh']);
    expect(quoteSpeakers('"We ship in May," Ivo Marsh, Corvane\'s Product Lead, said.', { withMentions: true })).toEqual(['Ivo Marsh']);
    expect(quoteSpeakers('"We ship in May," said Ivo Marsh, the Data Lead at Corvane.', { withMentions: true })).toEqual(['Ivo Marsh']);
  });
});

describe('plural nouns for ordinary people head a described speaker', () => {
  it.each([
    ['"We ran," the schoolboys said.', 'the schoolboys'],
    ['"We ran," the twins said.', 'the twins'],
    ['"We ran," said two schoolgirls who saw it.', 'two schoolgirls'],
    ['"We ran," said pupils at the school.', 'pupils at the school'],
    ['"We prayed," the churchgoers said.', 'the churchgoers'],
  ])('%s', (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });

  it('a "they" after a counted group is that group', () => {
    expect(quoteSpeakers('Three youngsters waited at the gate. "We were scared," they said.', { withMentions: true })).toEqual(['three youngsters']);
  });
});

describe('an employer\'s possessive and Title Case role words after a name', () => {
  it.each([
    ['"We ship in May," Ivo Marsh, Corvane\'s VP of Engineering, wrote in a blog post.'],
    ['Ivo Marsh, Corvane\'s Research Fellow, said: "We ship in May."'],
    ['Ivo Marsh, Corvane\'s Chief Evangelist, said: "We ship in May."'],
  ])('the name speaks: %s', (body) => {
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(['Ivo Marsh']);
  });

  it('a second person named with a given name after the possessive is still a person', () => {
    expect(quoteSpeakers('Her rival, Corvane\'s Tom Reyes, said: "We ship in May."', { withMentions: true })).toEqual(['Tom Reyes']);
  });
});

describe('party and faction nouns head a described speaker', () => {
  it.each([
    ['"We object," a senior Tory said.', 'a senior Tory'],
    ['"We object," said one leading Unionist.', 'one leading Unionist'],
  ])('%s', (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });
});
