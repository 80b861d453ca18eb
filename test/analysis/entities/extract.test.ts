import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/analysis/entities/index.js';
import { splitSentences } from '../../../src/analysis/sentences.js';
import type { EntityMention } from '../../../src/analysis/types.js';
import { makeArticle } from '../helpers.js';

function mentions(body: string): EntityMention[] {
  const article = makeArticle(body);
  const out = extractMentions(article, splitSentences(article));
  for (const m of out) expect(article.body.slice(m.start, m.end)).toBe(m.text);
  return out;
}

function people(body: string): Array<[string, string, string | undefined]> {
  return mentions(body)
    .filter((m) => m.type === 'person')
    .map((m) => [m.text, m.name, m.role]);
}

describe('extractMentions: people and roles', () => {
  it.each([
    ['The talks included US Secretary of Defense Mark Esper.', 'Mark Esper', 'US Secretary of Defense'],
    ['Officials met Secretary General Jens Stoltenberg on Monday.', 'Jens Stoltenberg', 'Secretary General'],
    ['The unit is led by Canadian Maj.-Gen. Jennie Carnigan.', 'Jennie Carnigan', 'Canadian Maj.-Gen.'],
    ['The strike killed Iranian Gen. Qassem Soleimani at the airport.', 'Qassem Soleimani', 'Iranian Gen.'],
    ['The threat came from U.S. President Donald Trump on Sunday.', 'Donald Trump', 'U.S. President'],
    ['A warning came from Foreign Minister Javad Zarif.', 'Javad Zarif', 'Foreign Minister'],
    ['Talks with Secretary of State Mike Pompeo ended.', 'Mike Pompeo', 'Secretary of State'],
    ['“It is over,” Jens Stoltenberg, the NATO secretary-general, told reporters.', 'Jens Stoltenberg', 'NATO secretary-general'],
    ['The alliance chief, NATO chief Jens Stoltenberg said little.', 'Jens Stoltenberg', 'NATO chief'],
    ['Statements by defence secretary Ben Wallace followed.', 'Ben Wallace', 'defence secretary'],
    ['Later the NATO secretary-general, Jens Stoltenberg, spoke.', 'Jens Stoltenberg', 'NATO secretary-general'],
  ])('%s', (body, name, role) => {
    const found = people(body);
    expect(found).toContainEqual([name, name, role]);
  });

  it('reads an apposition after a dash, and an occupation noun as its head', () => {
    expect(people('Ada Voss -- the Idaho rancher turned activist -- spoke first.')).toEqual([['Ada Voss', 'Ada Voss', 'Idaho rancher']]);
    expect(people('Ada Voss — the Idaho rancher — spoke.')).toEqual([['Ada Voss', 'Ada Voss', 'Idaho rancher']]);
    // A dash without a determiner opens an aside, not a role.
    expect(people('Ada Voss — rancher or not — spoke.')[0]?.[2]).toBeUndefined();
  });

  it('keeps the state after a legislator\'s name out of the name', () => {
    const found = mentions('Sen. Dale Rook of Nevada said no.');
    expect(found.map((m) => [m.text, m.type])).toEqual([
      ['Dale Rook', 'person'],
      ['Nevada', 'place'],
    ]);
  });

  it('does not take a clause about someone else for an apposition role', () => {
    expect(people('For Jordan Davis, President Obama bypassed the evidence, critics said.')[0]).toEqual(['Jordan Davis', 'Jordan Davis', undefined]);
  });

  it('does not put titles or honorifics in the name', () => {
    const found = people('Mr. John Smith met Dr. Ana Ruiz. Gen. Mark Milley agreed.');
    expect(found.map((p) => p.slice(0, 2))).toEqual([
      ['John Smith', 'John Smith'],
      ['Ana Ruiz', 'Ana Ruiz'],
      ['Mark Milley', 'Mark Milley'],
    ]);
    expect(found[1]?.[2]).toBe('Dr.');
    expect(found[0]?.[2]).toBeUndefined();
  });

  it('gives a later surname-only mention the full name seen earlier', () => {
    const found = people('Anna Kowalczyk arrived late. Kowalczyk said the deal was off. Kowalczyk’s aides agreed.');
    expect(found).toEqual([
      ['Anna Kowalczyk', 'Anna Kowalczyk', undefined],
      ['Kowalczyk', 'Anna Kowalczyk', undefined],
      ['Kowalczyk', 'Anna Kowalczyk', undefined],
    ]);
  });

  it('resolves a surname to the nearest preceding person with that surname', () => {
    const found = people('Melania Trump spoke first. Then Donald Trump arrived. Trump said he was happy.');
    expect(found[2]).toEqual(['Trump', 'Donald Trump', undefined]);
  });

  it('unifies spelling variants of a full name within an article', () => {
    const found = people('Qassem Soleimani, who led the force, died. A photo showed Qasem Soleimani, 62, earlier.');
    expect(found.map((p) => p[1])).toEqual(['Qassem Soleimani', 'Qassem Soleimani']);
  });

  it('keeps a name-shaped phrase as a person only with evidence or confirmation in the article', () => {
    expect(people('Long Story Short is a column. The Brainy Bunch won. Coors Field was full.')).toEqual([]);
    expect(people('Adel Abdul-Mahdi, 77, resigned.').map((p) => p[0])).toEqual(['Adel Abdul-Mahdi']);
    expect(people('Protesters booed Kareem Zubaidi. Zubaidi left.').map((p) => p[1])).toEqual(['Kareem Zubaidi', 'Kareem Zubaidi']);
    expect(people('The report was written by Kareem Zubaidi.')).toEqual([]);
  });

  it('treats a lone unknown capitalised word as a person only with evidence', () => {
    expect(people('Marlowe said the talks failed.')).toEqual([['Marlowe', 'Marlowe', undefined]]);
    expect(people('President Marlowe spoke.')).toEqual([['Marlowe', 'Marlowe', 'President']]);
    expect(people('Members of Zorbland met.')).toEqual([]);
    expect(people('Officials said Marlowe was a hero. Marlowe said little.').map((p) => p[0])).toEqual(['Marlowe', 'Marlowe']);
  });

  it('links a later definite description to the person it was written with', () => {
    const found = mentions(
      'Secretary General Jens Stoltenberg will brief. “The secretary general decided to convene the meeting,” an official said.',
    ).filter((m) => m.type === 'person');
    expect(found.map((m) => [m.text, m.name])).toEqual([
      ['Jens Stoltenberg', 'Jens Stoltenberg'],
      ['The secretary general', 'Jens Stoltenberg'],
    ]);
  });

  it('links a written-out rank to an abbreviated title, but not in unrelated noun phrases', () => {
    const found = mentions('Iranian Gen. Qassem Soleimani was killed. The general had led the force. The general public was shocked.');
    expect(found.filter((m) => m.type === 'person').map((m) => [m.text, m.name])).toEqual([
      ['Qassem Soleimani', 'Qassem Soleimani'],
      ['The general', 'Qassem Soleimani'],
    ]);
  });

  it('does not link a description shared by two people', () => {
    const found = mentions('President Ana Ruiz met President John Smith. The president left.').filter((m) => m.type === 'person');
    expect(found.map((m) => m.text)).toEqual(['Ana Ruiz', 'John Smith']);
  });
});

describe('extractMentions: organisations and places', () => {
  it('types organisations by known names, acronyms and keywords, and places by gazetteer and suffixes', () => {
    const found = mentions(
      'BRUSSELS – The North Atlantic Council met. NATO and the Revolutionary Guards’ Quds Force were named. ' +
        'Britain, France and Germany spoke at 3:00 pm (1400 GMT) in the Middle East, near Downing Street.',
    );
    const byText = new Map(found.map((m) => [m.text, m]));
    expect(byText.get('BRUSSELS')).toMatchObject({ type: 'place', name: 'Brussels' });
    expect(byText.get('North Atlantic Council')?.type).toBe('organization');
    expect(byText.get('NATO')?.type).toBe('organization');
    expect(byText.get('Revolutionary Guards')?.type).toBe('organization');
    expect(byText.get('Quds Force')?.type).toBe('organization');
    for (const p of ['Britain', 'France', 'Germany', 'Middle East']) expect(byText.get(p)?.type).toBe('place');
    expect(byText.has('GMT')).toBe(false);
    expect(byText.get('Downing Street')).toBeDefined();
  });

  it('does not take sentence openers, weekdays or months as entities', () => {
    const found = mentions('The talks resumed on Monday. In January the allies met. Members agreed.');
    expect(found).toEqual([]);
  });

  it('keeps "US-led" and demonyms alone out of mentions, but sees the place in a title', () => {
    const found = mentions('The US-led coalition and Iranian officials met U.S. President Donald Trump.');
    expect(found.map((m) => [m.text, m.type])).toEqual([
      ['U.S.', 'place'],
      ['Donald Trump', 'person'],
    ]);
  });

  it('records the sentence index of each mention', () => {
    const article = makeArticle('Nothing here.\n\nAnna Kowalczyk left. Kowalczyk said so.');
    const sentences = splitSentences(article);
    const found = extractMentions(article, sentences);
    expect(found.map((m) => m.sentence)).toEqual([1, 2]);
  });
});

describe('extractMentions: things that only look like names', () => {
  it('does not take mountains, codes or families for people', () => {
    const found = mentions('Climbers reached Mount Everest. Everest was calm. The Student Code was broken, and the Harding Family said so.');
    expect(found.filter((m) => m.type === 'person')).toEqual([]);
    expect(found.find((m) => m.text === 'Mount Everest')?.type).toBe('place');
  });

  it('drops an ordinary word that is capitalised only because it opens the sentence', () => {
    expect(people('Passing Janet Jackson, he waved. Follow Jimmy Fallon on Twitter.').map((p) => p[0])).toEqual(['Janet Jackson', 'Jimmy Fallon']);
    expect(people('Others said no. Meanwhile Oscar de la Renta said yes.').map((p) => p[0])).toEqual(['Oscar de la Renta']);
  });

  it('drops an opening participle glued to a name, so later surnames keep the real name', () => {
    const found = people('Rejecting Marlow’s account, the judge ruled. Ada Marlow said nothing. Marlow left.');
    expect(found.map((p) => p[1])).toEqual(['Ada Marlow', 'Ada Marlow', 'Ada Marlow']);
  });

  it('ignores the byline of a related-link teaser ("Headline | Name Read more")', () => {
    const found = people('The debate rages on.\n\nWhy the river died | Colm Feeney Read more\n\nTom Ash said so.');
    expect(found.map((p) => p[0])).toEqual(['Tom Ash']);
  });

  it('does not take common acronyms or named events for organisations or places', () => {
    expect(mentions('The Justice Department said so.').map((m) => [m.text, m.type])).toEqual([['Justice Department', 'organization']]);
    const found = mentions('NEW YORK – DNA tests and TV reports on PTSD after the Gulf War were shown to the FBI.');
    expect(found.map((m) => [m.text, m.type, m.name])).toEqual([
      ['NEW YORK', 'place', 'New York'],
      ['FBI', 'organization', 'FBI'],
    ]);
  });
});
