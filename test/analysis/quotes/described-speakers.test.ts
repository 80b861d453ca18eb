import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import { appositiveName } from '../../../src/analysis/quotes/appositions.js';
import { extractMentions } from '../../../src/analysis/entities/index.js';
import { splitSentences } from '../../../src/analysis/sentences.js';
import { makeArticle } from '../helpers.js';

function speakers(body: string): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] }).map((q) => q.speaker.name);
}

/** With the entity extractor's mentions, which carry the roles written in apposition ("Ann Roe, the trade minister"). */
function speakersWithEntities(body: string): string[] {
  const article = makeArticle(body);
  const sentences = splitSentences(article);
  const mentions = extractMentions(article, sentences);
  return extractQuotes({ article, sentences, mentions, dates: [] }).map((q) => q.speaker.name);
}

describe('a description in apposition to a name is that person', () => {
  it('"On Monday Ann Roe, Norvania’s acting trade minister, said ..." then "He/She described ..." is Roe', () => {
    const body = [
      'On Monday Ann Roe, Norvania’s acting trade minister, said the tariffs would be lifted within a month.',
      'She described the deal as “the best outcome we could hope for”.',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Ann Roe']);
  });

  it('the description keeps its own referent when no name stands before the comma', () => {
    const body = 'Late on Monday, Norvania’s acting trade minister, said the tariffs would go. She called it “a relief”.';
    expect(speakers(body)).not.toContain('Ann Roe');
  });

  it('finds the name at the end of a capitalised run and refuses lists', () => {
    const known = (n: string): boolean => n === 'Ivo Kurt' || n === 'Ann Roe';
    const a = 'On Friday Ivo Kurt, the port director, said';
    expect(appositiveName(a, a.indexOf('the port'), a.indexOf(', said'), known)).toBe('Ivo Kurt');
    const b = 'Ann Roe and Ivo Kurt, the two directors, said';
    expect(appositiveName(b, b.indexOf('the two'), b.indexOf(', said'), known)).toBeUndefined();
    // not an apposition: the description is not closed by a comma
    const c = 'After meeting Ivo Kurt, the port director said';
    expect(appositiveName(c, c.indexOf('the port'), c.indexOf(' said'), known)).toBeUndefined();
  });
});

describe('"the X" after the paragraph introduced "a ... X"', () => {
  it('is the thing introduced, with its modifiers', () => {
    const body =
      'Such suits are rare. In a 2004 case, for instance, a regional labour tribunal sided with a night porter. The tribunal ruled that the dismissal was “plainly retaliatory in every respect”.';
    expect(speakers(body)).toEqual(['a regional labour tribunal']);
  });

  it('not across paragraphs, and not from inside someone’s quoted words', () => {
    const across = 'Last year a regional labour tribunal sided with a porter.\n\nThe tribunal ruled that the dismissal was “plainly retaliatory in every respect”.';
    expect(speakers(across)).toEqual(['the tribunal']);
    const quoted = 'Ann Roe said “a tribunal would laugh at this.” The tribunal ruled that the case was “weak on every count”.';
    expect(speakers(quoted)).toContain('the tribunal');
  });
});

describe('a role description is the one person the article gives that role', () => {
  it('"Norvania’s trade minister said" in the lead, "Trade Minister Ann Roe" later', () => {
    const body = [
      'Norvania’s trade minister said on Monday that the tariffs would go “by spring at the latest”.',
      'Trade Minister Ann Roe has led the talks since March. Exporters welcomed the move.',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Ann Roe']);
  });

  it('"the trade minister" before the name; the role given in apposition counts too', () => {
    const body = [
      '“We are close to a deal,” the trade minister said on Monday.',
      'Ann Roe, the trade minister, flew to Geneva on Sunday.',
    ].join('\n\n');
    expect(speakersWithEntities(body)).toEqual(['Ann Roe']);
  });

  it('not another country’s minister, and not when two people hold the role', () => {
    const other = [
      'Norvania’s trade minister said the tariffs would go “by spring at the latest”.',
      'Eldorian Trade Minister Ivo Kurt was not convinced.',
    ].join('\n\n');
    expect(speakers(other)).not.toContain('Ivo Kurt');
    const two = [
      '“We are close to a deal,” the trade minister said.',
      'Trade Minister Ann Roe met former Trade Minister Ivo Kurt on Sunday.',
    ].join('\n\n');
    expect(speakers(two)).toEqual(['the trade minister']);
  });
});

describe('"the son of ..." in the lead is the son the article names', () => {
  it('links to the one son named later, introduced at a sentence start ("His son Tomas Reyes")', () => {
    const body = [
      'The daughter of a well-known mayor attacked her father online on Friday, calling his budget “a disgrace to the city”.',
      'Mayor Ivo Reyes has led the city since 2010. His daughter Lena Reyes works as a nurse in the capital.',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Lena Reyes']);
  });

  it('not when the description names another owner, or two daughters are named', () => {
    const other = [
      'The daughter of Mayor Dan Kell attacked the budget, calling it “a disgrace to the city”.',
      'Her daughter Lena Reyes works as a nurse.',
    ].join('\n\n');
    expect(speakers(other)).not.toContain('Lena Reyes');
    const two = [
      'The daughter of a well-known mayor called the budget “a disgrace to the city”.',
      'His daughter Lena Reyes is a nurse. His daughter Mia Reyes is a pilot.',
    ].join('\n\n');
    expect(speakers(two)).toEqual(['the daughter of a well-known mayor']);
  });
});

describe('status epithets refer back to the person in focus', () => {
  it('a tagged "the businesswoman said" is the person named before', () => {
    const body = 'Mara Lind bought the island in 2009. “It was a bargain,” the businesswoman said.';
    expect(speakers(body)).toEqual(['Mara Lind']);
  });
});

describe('names written with "the" are teams, bands and ships, not people', () => {
  it('"the Sandford Kites" is a body; "the team’s statement" is its statement', () => {
    const body = [
      'The owner of the Sandford Kites, Dale Voss, moved the anthem indoors.',
      'The Kites said it was “the best option for everyone.” Striker Ana Ruiz was not told, she said.',
      '“Our fans come first,” the team’s statement continued.',
    ].join('\n\n');
    const quotes = extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] });
    expect(quotes.map((q) => [q.speaker.name, q.speaker.kind])).toEqual([
      ['Sandford Kites', 'organization'],
      ['Sandford Kites', 'organization'],
    ]);
  });

  it('a name used as a modifier after "the" stays a person', () => {
    const body = 'Under the Ann Roe plan, fares fall. “It is fair,” Roe said. Critics of the Ann Roe administration disagreed.';
    const quotes = extractQuotes({ article: makeArticle(body), sentences: [], mentions: [], dates: [] });
    expect(quotes.map((q) => [q.speaker.name, q.speaker.kind])).toEqual([['Ann Roe', 'person']]);
  });
});

describe('"the union" after a named organisation introduced with that noun', () => {
  it('is the named one, not the description used before it', () => {
    const body = [
      'Norvania’s biggest union says dockers are exhausted.',
      'The Dockers Guild (DG), the largest union at the port, warned of walkouts.',
      'The union said in a statement that overtime had become “unsustainable for our members.”',
    ].join('\n\n');
    expect(speakersWithEntities(body)).toEqual(['Dockers Guild']);
  });
});

describe('a self-named group keeps its noun', () => {
  it('"the group" is the group that called itself X, not an organisation named since', () => {
    const body = [
      'On Saturday, a group that called itself Red Lantern and said it was a small volunteer team issued a statement.',
      'The leak named the owner of the Sandford Kites, Dale Voss. The Kites said they had called the police.',
      'The group said the leak was “only the beginning of our work”.',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Red Lantern']);
  });
});

describe('one name in two spellings', () => {
  it('a later spelling with other hyphens or spaces is the referent already known', () => {
    const body = [
      'On Saturday, a group that called itself night watch and said it was a small volunteer team issued a statement.',
      'Night-Watch said there was “no hacking of any kind involved”.',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['night watch']);
  });
});

describe('"they" for a family', () => {
  it('is the family named just before, not an earlier body', () => {
    const body = [
      'Ivo Roe, 31, was killed in the crash, Harbour City police said.',
      'Roe’s family said he was “a gentle and generous man.”',
      '“We ask for privacy at this time,” they said in a statement.',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Roe’s family', 'Roe’s family']);
  });
});
