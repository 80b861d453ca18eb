import { describe, expect, it } from 'vitest';
import { acronymFits, fitsOutOfOrder } from '../../../src/analysis/entities/acronyms.js';
import { spellsOut } from '../../../src/analysis/entities/spelled-out.js';
import { extractMentions } from '../../../src/analysis/entities/index.js';
import { splitSentences } from '../../../src/analysis/sentences.js';
import { makeArticle } from '../helpers.js';

function orgNames(body: string): Array<[string, string]> {
  const article = makeArticle(body);
  return extractMentions(article, splitSentences(article))
    .filter((m) => m.type === 'organization')
    .map((m) => [m.text, m.name]);
}

describe('acronymFits', () => {
  it.each([
    ['NWU', 'Northern Weavers Union'],
    ['FBI', 'Federal Bureau of Investigation'],
    ['MoD', 'Ministry of Defence'],
    ['BoE', 'Bank of England'],
    ['N.F.A.', 'National Fisheries Authority'],
    ['NAVFAC', 'Naval Facilities Command'],
  ])('%s abbreviates %s', (acronym, name) => {
    expect(acronymFits(acronym, name)).toBe(true);
  });

  it.each([
    ['NWU', 'Northern Weavers'],
    ['ABC', 'Northern Weavers Union'],
    ['NW', 'Northern Weavers Union'],
    ['Paris', 'Port Authority of Rouen International Sector'],
  ])('%s does not abbreviate %s', (acronym, name) => {
    expect(acronymFits(acronym, name)).toBe(false);
  });
});

describe('acronyms defined in the text', () => {
  it('gives later uses of the acronym the full name', () => {
    const found = orgNames('The Northern Weavers Union (NWU) rejected the offer. On Friday the NWU said talks were over.');
    expect(found.filter(([text]) => text === 'NWU').map(([, name]) => name)).toEqual(['Northern Weavers Union', 'Northern Weavers Union']);
  });

  it('leaves an acronym that was never defined as written', () => {
    const found = orgNames('The Northern Weavers Union rejected the offer. The TWA said talks were over.');
    expect(found).toContainEqual(['TWA', 'TWA']);
  });

  it('does not link a parenthesised acronym that spells something else', () => {
    const found = orgNames('The Northern Weavers Union (CGT) rejected the offer. The CGT said talks were over.');
    expect(found.filter(([text]) => text === 'CGT').map(([, name]) => name)).toEqual(['CGT', 'CGT']);
  });

  it('names an organisation the extractor missed, with a mixed-case acronym', () => {
    const found = orgNames('Members were angry. The Verband der Fischer (VdF) protested on Monday. The VdF said boats stayed in port.');
    expect(found).toEqual([
      ['Verband der Fischer', 'Verband der Fischer'],
      ['VdF', 'Verband der Fischer'],
      ['VdF', 'Verband der Fischer'],
    ]);
  });

  it('keeps a leading country qualifier the acronym leaves out', () => {
    const found = orgNames('A notice came from the US Marine Safety Board (MSB) today. The MSB said more.');
    expect(found.filter(([text]) => text === 'MSB').map(([, name]) => name)).toEqual(['US Marine Safety Board', 'US Marine Safety Board']);
  });

  it('takes the full name from the capitalised words before the parenthesis when they were no mention', () => {
    const found = orgNames('Members of the Harbour Pilots Guild (HPG) walked out. The HPG said talks were over.');
    expect(found.filter(([text]) => text === 'HPG').map(([, name]) => name)).toEqual(['Harbour Pilots Guild', 'Harbour Pilots Guild']);
  });

  it('links an acronym to the one organisation named earlier whose initials it spells', () => {
    const found = orgNames('The Lagos State Independent Electoral Commission met. Later LASIEC said turnout was low.');
    expect(found).toContainEqual(['LASIEC', 'Lagos State Independent Electoral Commission']);
  });
});

describe('acronyms that keep an older name\'s letters', () => {
  it('fits when it starts with the first initial and holds every initial, in any order', () => {
    expect(fitsOutOfOrder('WFSA', 'World Sardine Fund')).toBe(true);
    expect(fitsOutOfOrder('UNDRA', 'U.N. Relief Agency')).toBe(true);
    expect(fitsOutOfOrder('SWFA', 'World Sardine Fund')).toBe(false);
    expect(fitsOutOfOrder('WSX', 'World Sardine Fund')).toBe(false);
    expect(fitsOutOfOrder('WFSABCD', 'World Sardine Fund')).toBe(false);
  });

  it('maps later uses to the name written right before the parenthesis', () => {
    const found = orgNames('Aid came from the World Sardine Fund (WFSA) on Monday. The WFSA said more boats would follow.');
    expect(found.filter(([text]) => text === 'WFSA').map(([, name]) => name)).toEqual(['World Sardine Fund', 'World Sardine Fund']);
  });
});

describe('abbreviated words in organisation names', () => {
  it('a spelled-out name matches word for word, each abbreviation as the words it stands for', () => {
    expect(spellsOut('U.N. Relief Agency', 'United Nations Relief Agency')).toBe(true);
    expect(spellsOut('US Marine Safety Board', 'United States Marine Safety Board')).toBe(true);
    expect(spellsOut('U.N. Relief Agency', 'United Nations Refugee Agency')).toBe(false);
    expect(spellsOut('Marine Safety Board', 'United States Marine Safety Board')).toBe(false);
  });

  it('the abbreviated form and an acronym defined with it take the full name the article spells out', () => {
    const found = orgNames(
      'Donors cut funding for the United Nations Relief Agency on Monday. Officials said the U.N. Relief Agency (UNDRA) had overspent. UNDRA said it would appeal.',
    );
    expect(found.filter(([text]) => text !== 'United Nations Relief Agency').map(([, name]) => name)).toEqual([
      'United Nations Relief Agency',
      'United Nations Relief Agency',
      'United Nations Relief Agency',
    ]);
  });
});

describe('organisation names', () => {
  it('joins capitalised words around an ampersand into one name', () => {
    expect(orgNames('Shares of Canal & River Holdings fell.')).toEqual([['Canal & River Holdings', 'Canal & River Holdings']]);
  });

  it('drops a sentence-opening noun and its "of" before an organisation', () => {
    expect(orgNames('Shares of Kestrel Mining Corp. fell sharply.')).toEqual([['Kestrel Mining Corp.', 'Kestrel Mining Corp.']]);
    expect(orgNames('Members of the Harbour Pilots Guild voted.')).toEqual([['Harbour Pilots Guild', 'Harbour Pilots Guild']]);
  });

  it('keeps names that open with an institution word and "of"', () => {
    expect(orgNames('Ministry of Fisheries officials left.')).toEqual([['Ministry of Fisheries', 'Ministry of Fisheries']]);
    expect(orgNames('Council of the Baltic States met.')).toEqual([['Council of the Baltic States', 'Council of the Baltic States']]);
  });
});

describe('businesses named for what they are', () => {
  it('a venue or business word ends an organisation name', () => {
    expect(orgNames('The Copper Kettle Lounge said it would close.')).toEqual([['Copper Kettle Lounge', 'Copper Kettle Lounge']]);
  });

  it('a given name before such a word is still a person', () => {
    const article = makeArticle('Nina Bar said the vote was close.');
    const people = extractMentions(article, splitSentences(article)).filter((m) => m.type === 'person').map((m) => m.name);
    expect(people).toEqual(['Nina Bar']);
  });
});

describe('company short forms', () => {
  it('a company written without its legal suffix is the company, not a person', () => {
    expect(orgNames('Harlow Valve Corp. cut jobs. Harlow Valve said sales fell.')).toEqual([
      ['Harlow Valve Corp.', 'Harlow Valve Corp.'],
      ['Harlow Valve', 'Harlow Valve Corp.'],
    ]);
  });
});
