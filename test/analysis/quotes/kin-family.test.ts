import { describe, expect, it } from 'vitest';
import { childOf, childrenByParent, parentBySurname } from '../../../src/analysis/quotes/kin-family.js';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true });

describe('"his father" of someone introduced as a son', () => {
  it('is the one other man of that surname the story named', () => {
    const body =
      'Tomas Lindqvist opened the shop in 1970. “It was my whole life,” Lindqvist said.\n\n' +
      'His wife, Helena Lindqvist, kept the books. “We never took a holiday,” she said.\n\n' +
      'Their son, Erik Lindqvist, 44, said he had offered to take over. “Dad said no at once,” Erik said.\n\n' +
      '“He is right, and he knows it,” his father said.';
    expect(speakers(body)).toEqual(['Tomas Lindqvist', 'Helena Lindqvist', 'Erik Lindqvist', 'Tomas Lindqvist']);
  });

  it('works for a mother and a daughter, and with a named owner', () => {
    const body =
      'Greta Moll ran the stall for 40 years. “I loved it,” Moll said.\n\n' +
      'Her daughter, Lena Moll, said she would not take it on. “I am a nurse,” Lena said.\n\n' +
      '“She made the right choice,” Lena’s mother said.';
    expect(speakers(body)).toEqual(['Greta Moll', 'Lena Moll', 'Greta Moll']);
  });

  it('stays as written when two people could be the parent or the owner was never introduced as a child', () => {
    expect(parentBySurname('Erik Lind', 'father', new Map([['son', new Set(['Erik Lind'])]]), [
      { name: 'Tomas Lind', gender: 'male' },
      { name: 'Nils Lind', gender: 'male' },
    ])).toBeUndefined();
    expect(parentBySurname('Erik Lind', 'father', new Map(), [{ name: 'Tomas Lind', gender: 'male' }])).toBeUndefined();
    expect(parentBySurname('Erik Lind', 'father', new Map([['son', new Set(['Erik Lind'])]]), [{ name: 'Tomas Lind', gender: 'male' }])).toBe(
      'Tomas Lind',
    );
  });
});

describe('"her daughter" of a parent introduced through her child', () => {
  it('is the child the parent came with', () => {
    const body =
      'Regulars queued all morning.\n\n' +
      'One of them, Priya Nandakumar, came with her mother, Sita, who has shopped there since 1975. “Where now?” Sita asked. ' +
      'Her daughter said they would keep the old bags “as souvenirs”.';
    expect(speakers(body)).toEqual(['Sita', 'Priya Nandakumar']);
  });

  it('reads the child and the relation from the sentence', () => {
    const byParent = childrenByParent('On Monday Karl Voss arrived with his father, Otto, and sat down.');
    expect(childOf('Otto', 'son', byParent)).toBe('Karl Voss');
    expect(childOf('Otto', 'daughter', byParent)).toBeUndefined();
  });
});
