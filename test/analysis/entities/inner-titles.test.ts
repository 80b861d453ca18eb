import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/analysis/entities/index.js';
import { splitSentences } from '../../../src/analysis/sentences.js';
import { makeArticle } from '../helpers.js';

function people(body: string): Array<[string, string, string | undefined]> {
  const article = makeArticle(body);
  return extractMentions(article, splitSentences(article))
    .filter((m) => m.type === 'person')
    .map((m) => [m.text, m.name, m.role]);
}

describe('titles after capitalised portfolio or body words', () => {
  it.each([
    ['Water Resources Minister Ada Okafor opened the dam.', 'Ada Okafor', 'Water Resources Minister'],
    ['City Council Member Rob Hale voted no.', 'Rob Hale', 'City Council Member'],
    ['Appeals Court Judge Lena Fisk ruled on Monday.', 'Lena Fisk', 'Appeals Court Judge'],
  ])('%s', (body, name, role) => {
    expect(people(body)).toContainEqual([name, name, role]);
  });

  it('links a later surname to the full name written after such a title', () => {
    expect(people('Harbour Board Member Petra Lind spoke first. Later Lind said the vote was close.')).toContainEqual(['Lind', 'Petra Lind', undefined]);
  });

  it('does not make a person of an organisation that ends with a title word', () => {
    expect(people('The Parks Department Director said nothing.')).toEqual([]);
  });
});

describe('names with several initials', () => {
  it('reads "R.K. Menon" as a full name and links "Menon" to it', () => {
    expect(people('Transport Minister R.K. Menon spoke. Mr. Menon said fares would fall.')).toEqual([
      ['R.K. Menon', 'R.K. Menon', 'Transport Minister'],
      ['Menon', 'R.K. Menon', undefined],
    ]);
  });
});

describe('datelines glued to the opening words', () => {
  it('splits the place from the name that follows it', () => {
    expect(people('Lisbon Marta Quental opened the session.')).toEqual([['Marta Quental', 'Marta Quental', undefined]]);
  });

  it('keeps an upper-case dateline out of the role', () => {
    expect(people('NAIROBI Health Minister Otieno Kamau spoke.')).toEqual([['Otieno Kamau', 'Otieno Kamau', 'Health Minister']]);
  });
});

describe('titles of works in quotation marks', () => {
  it('are not people', () => {
    expect(people('His last album, “The Silver Harbour,” came out in 2016. Later he toured.')).toEqual([]);
  });

  it('a name written bare next to a quoted title is still a person', () => {
    expect(people('Nadia Corbel sang “Paper Moon.” Corbel wept.')).toEqual([
      ['Nadia Corbel', 'Nadia Corbel', undefined],
      ['Corbel', 'Nadia Corbel', undefined],
    ]);
  });
});

describe('family name first', () => {
  it('links a lone family name to the full name that opens with it', () => {
    expect(people('Premier Wen Baozhi met the envoys. Wen said talks went well.')).toContainEqual(['Wen', 'Wen Baozhi', undefined]);
  });

  it('reads a Korean given name with a lower-case second syllable as part of the name', () => {
    expect(people('The talks were hosted by Park Hye-rin. Park said more.')).toEqual([
      ['Park Hye-rin', 'Park Hye-rin', undefined],
      ['Park', 'Park Hye-rin', undefined],
    ]);
  });

  it('does not read a compound such as Post-war as a given name', () => {
    expect(people('Post-war Britain was poor.')).toEqual([]);
  });

  it('leaves a lone given name shared by two people unresolved', () => {
    const found = people('Tamsin Roe and Tamsin Hale came. Tamsin said hello.');
    expect(found).toContainEqual(['Tamsin', 'Tamsin', undefined]);
  });
});

describe('ranks', () => {
  it.each([
    ['Air Vice-Marshal Ewan Tait inspected the base.', 'Ewan Tait'],
    ['DCI Ruth Maddox leads the inquiry.', 'Ruth Maddox'],
    ['Pfc. Dana Pruett was wounded.', 'Dana Pruett'],
  ])('%s', (body, name) => {
    expect(people(body).map(([, n]) => n)).toEqual([name]);
  });

  it('keeps a name particle that is also an abbreviation', () => {
    expect(people('Di Ana Ruiz spoke.').map(([, n]) => n)).toEqual(['Di Ana Ruiz']);
  });
});

describe('generational suffixes', () => {
  it('end a full name, and the surname before them links to it', () => {
    expect(people('Tomas Hale Jr. runs the farm. Hale said the crop failed.')).toEqual([
      ['Tomas Hale Jr.', 'Tomas Hale Jr.', undefined],
      ['Hale', 'Tomas Hale Jr.', undefined],
    ]);
  });
});
