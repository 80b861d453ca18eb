import { describe, expect, it } from 'vitest';
import { DocumentAuthors } from '../../../src/analysis/quotes/document-authors.js';
import type { SpeakerPhrase } from '../../../src/analysis/quotes/phrase.js';
import { quoteSpeakers } from '../helpers.js';

const bare = (text: string, head: string, start: number): SpeakerPhrase => ({
  kind: 'organization',
  start,
  end: start + text.length,
  text,
  name: text.toLowerCase(),
  head,
  determiner: 'the',
});

describe('DocumentAuthors', () => {
  it('finds the author of a text introduced earlier, across words of the same kind', () => {
    const body = 'Two weeks ago the Harbor Tenants Union filed a complaint in county court. Later, the suit says more.';
    const ledger = new DocumentAuthors(body);
    expect(ledger.authorOf(bare('the suit', 'suit', body.indexOf('the suit')), 0)?.name).toBe('Harbor Tenants Union');
  });

  it('"In an email, X wrote", "a page set up by X" and "X said in a statement" introduce authors', () => {
    const body = 'In an email, the agency wrote back. A page set up by her cousins is online. Acme Foods said in a statement it was sorry.';
    const ledger = new DocumentAuthors(body);
    const end = body.length;
    expect(ledger.authorOf(bare('the email', 'email', end), 0)?.name).toBe('the agency');
    expect(ledger.authorOf(bare('the page', 'page', end), 0)?.name).toBe('her cousins');
    expect(ledger.authorOf(bare('the statement', 'statement', end), 0)?.name).toBe('Acme Foods');
  });

  it('a "she" author is the full name before it in the same sentence, when the first name fits', () => {
    const body = 'The case of Anna Holt, who goes by Sarah Holt on stage, moved after she filed a lawsuit in May.';
    expect(new DocumentAuthors(body).authorOf(bare('the lawsuit', 'lawsuit', body.length), 0)?.name).toBe('Sarah Holt');
  });

  it('a report named for its authors introduces them, within one noun phrase only', () => {
    const body = 'Voters are wary, according to an internal Harlow Institute and Verity Trust report. Later the report says more.';
    const ledger = new DocumentAuthors(body);
    expect(ledger.authorOf(bare('the report', 'report', body.indexOf('the report')), 0)?.name).toBe('Harlow Institute and Verity Trust');
    const across = 'The kit comes in Blue and Red.\n\nThe lawsuit says it fails.';
    expect(new DocumentAuthors(across).authorOf(bare('the lawsuit', 'lawsuit', across.length), 0)).toBeUndefined();
  });

  it('no introduction before the phrase, no author', () => {
    const body = 'The lawsuit says a lot. Later, Ruth Ames filed a lawsuit too.';
    expect(new DocumentAuthors(body).authorOf(bare('The lawsuit', 'lawsuit', 0), 0)).toBeUndefined();
  });
});

describe('a bare document quoted later speaks for its author', () => {
  it('“...,” the lawsuit alleges. credits who filed it', () => {
    const body = 'Marta Quill filed a lawsuit on Monday.\n\nThe landlord ignored "every single warning," the lawsuit alleges.';
    expect(quoteSpeakers(body)).toEqual(['Marta Quill']);
  });

  it('without an introduction the document stays as written', () => {
    expect(quoteSpeakers('The landlord ignored "every single warning," the lawsuit alleges.')).toEqual(['the lawsuit']);
  });
});
