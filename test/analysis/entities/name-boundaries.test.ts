import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/analysis/entities/index.js';
import { splitSentences } from '../../../src/analysis/sentences.js';
import { makeArticle } from '../helpers.js';

function mentions(body: string): Array<[string, string]> {
  const article = makeArticle(body);
  return extractMentions(article, splitSentences(article)).map((m) => [m.text, m.type]);
}

describe('a person "of" an organisation', () => {
  it('is a person and the body they belong to, not one organisation', () => {
    expect(mentions('Mika Sato of Osaka University said the result held.')).toEqual([
      ['Mika Sato', 'person'],
      ['Osaka University', 'organization'],
    ]);
    expect(mentions('Dana Pruitt of the Harbour Trust called it a loss.')).toEqual([
      ['Dana Pruitt', 'person'],
      ['Harbour Trust', 'organization'],
    ]);
    expect(mentions('Professor Lena Varga of Keele Institute said so.')).toContainEqual(['Lena Varga', 'person']);
  });

  it('leaves organisation names with "of" whole', () => {
    expect(mentions('Bank of Ireland said it would pay.')).toEqual([['Bank of Ireland', 'organization']]);
    expect(mentions('Shares of Kanto Steel Corp. fell.')).toEqual([['Kanto Steel Corp.', 'organization']]);
  });
});

describe('qualified institution names', () => {
  it('keep a demonym or generic opener before an institution word and its "of"', () => {
    expect(mentions('The Canadian Academy of Pediatrics said the rule was clear.')).toEqual([['Canadian Academy of Pediatrics', 'organization']]);
    expect(mentions('Doctors at the National Institute of Ageing agreed.')).toContainEqual(['National Institute of Ageing', 'organization']);
    expect(mentions('The Royal Society for the Care of Owls objected.')).toEqual([['Royal Society for the Care of Owls', 'organization']]);
  });

  it('read a place-named newspaper as an organisation', () => {
    expect(mentions('The story ran in the Dunmore Examiner on Monday.')).toEqual([['Dunmore Examiner', 'organization']]);
    expect(mentions('It first appeared in the Salt Lake Courier.')).toEqual([['Salt Lake Courier', 'organization']]);
  });
});

describe('an unknown two-word name as the object of a verb that takes a person', () => {
  it('is a person without being confirmed elsewhere', () => {
    expect(mentions('It rained.\n\nReporters watched Tavi Orn race to build a wall.')).toEqual([['Tavi Orn', 'person']]);
    expect(mentions('It rained.\n\nThe mayor thanked Rua Kell for the work.')).toEqual([['Rua Kell', 'person']]);
  });
});
