import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers.js';

const speakers = (body: string): string[] => quoteSpeakers(body, { withMentions: true }).map((n) => n.replace(/^the /i, ''));

describe('a document phrase that names its issuer after the noun speaks for the issuer', () => {
  it('"A statement released by X, said": the participle and its author sit between the noun and the verb', () => {
    for (const [lead, issuer] of [
      ['A statement released by the Harbour Authority, said', 'Harbour Authority'],
      ['A statement issued by the Ministry of Ports said', 'Ministry of Ports'],
      ['A letter signed by the Dunmore Tenants Union said', 'Dunmore Tenants Union'],
      ['The statement, issued by the Coastal Trust, said', 'Coastal Trust'],
      ['A notice from the Kelso County Council said', 'Kelso County Council'],
    ] as const) {
      expect(speakers(`${lead} there was “no risk to the public.”`), lead).toEqual([issuer]);
    }
  });
});

describe('a year or a page count before the document noun', () => {
  it('"according to a 2013 memo by X", "a 40-page report from X"', () => {
    for (const [source, issuer] of [
      ['a 2013 memo by the Senate Budget Committee', 'Senate Budget Committee'],
      ['a 40-page report from the National Audit Office', 'National Audit Office'],
      ['a 2021 study by the Keele Institute', 'Keele Institute'],
    ] as const) {
      expect(speakers(`“Costs have tripled since 2009,” according to ${source}.`), source).toEqual([issuer]);
    }
  });

  it('then "the report states" is that author', () => {
    const body =
      'A 2015 report by the National Audit Office struck a similar tone.\n\n' +
      'The report states that the system lacked “clear performance targets” for the program.';
    expect(speakers(body)).toEqual(['National Audit Office']);
  });
});

describe('"the document(s)" refers back to the latest text introduced with its author, whatever its kind', () => {
  it('a body written before the noun without "the": "The Ministry of Ports documents"', () => {
    const body =
      'The Ministry of Ports documents were marked for official use only.\n\n' +
      'The flaws “made it hard to plan,” the documents stated.';
    expect(speakers(body)).toEqual(['Ministry of Ports']);
  });

  it('"the document said" after "a memo by X"', () => {
    for (const intro of [
      'according to a 2019 memo by the Senate Budget Committee',
      'according to a letter from the Harbour Authority',
      'according to a report by the Coastal Trust',
    ]) {
      const body = `“Nothing was spent wisely,” ${intro}.\n\n“The claims are disputed by other engineers,” the document said.`;
      const out = speakers(body);
      expect(out[1], intro).toBe(out[0]);
      expect(out[1], intro).not.toBe('document');
    }
  });

  it('a body\'s subcommittee after its possessive stays the subcommittee', () => {
    const body = '“Millions were lost,” according to a 2012 memo by the House Committee on Fisheries and Ports\' oversight subcommittee.';
    expect(speakers(body)[0]).toMatch(/oversight subcommittee$/);
  });

  it('with no author introduced, the document is kept as written', () => {
    expect(speakers('The warrant was unsealed on Monday.\n\n“The suspect fled,” the document said.')).toEqual(['document']);
  });
});

describe('plural documents with their issuer', () => {
  it('"Documents released by X say"', () => {
    expect(speakers('Documents released by the Harbour Authority say the pier was “unsafe for years.”')).toEqual(['Harbour Authority']);
  });
});

describe('an account\'s posts are its owner\'s', () => {
  it('"The X Twitter account ... the tweet read", "X\'s Instagram account ... the post said"', () => {
    for (const [intro, later, owner] of [
      ['The Harbour Trust Twitter account quickly answered the mayor.', 'the tweet read', 'Harbour Trust'],
      ["The Dunmore Rovers' Instagram account posted a photo of the pitch.", 'the post said', 'Dunmore Rovers'],
      ['The Kelso County Council Facebook account replied within minutes.', 'the post said', 'Kelso County Council'],
    ] as const) {
      expect(speakers(`${intro}\n\n“See you at the hearing,” ${later}.`), intro).toEqual([owner]);
    }
  });
});

describe('a text whose writer or owner the article names in other words', () => {
  it('"A history of X written by agency officials" ... "according to the document"', () => {
    for (const [intro, writer] of [
      ['A history of the dam project written by Harbour Authority engineers in 1990 was released this week.', 'Harbour Authority engineers'],
      ['An account of the raid compiled by Kelso Trust volunteers was made public.', 'Kelso Trust volunteers'],
      ['A chronicle of the strike penned by the Dunmore Tenants Union surfaced on Monday.', 'Dunmore Tenants Union'],
    ] as const) {
      const body = `${intro}\n\n“The site was chosen for its isolation,” according to the document.`;
      expect(speakers(body), intro).toEqual([writer]);
    }
  });

  it('"documents linked to a page on the website of X" ... "the document says"', () => {
    for (const owner of ['Harbour Authority', 'Kelso County Council']) {
      const body =
        `The rule is cited in one of several documents linked from a page on the website of the ${owner}.\n\n` +
        '“No visitor may bring such medicine into the port,” the document says.';
      expect(speakers(body), owner).toEqual([owner]);
    }
  });
});

describe('more ways a document names its issuer', () => {
  it('a participle clause set off by commas: "The lawsuit, filed Monday by X, says"', () => {
    for (const [lead, issuer] of [
      ['The lawsuit, filed Monday by the Dunmore Tenants Union, says', 'Dunmore Tenants Union'],
      ['The complaint, lodged last week by the Harbour Authority, alleges', 'Harbour Authority'],
      ['The letter, signed by the Kelso County Council, states', 'Kelso County Council'],
    ] as const) {
      expect(speakers(`${lead} the landlord was “negligent.”`), lead).toEqual([issuer]);
    }
  });

  it('the issuer named before the noun, with a clause after it: "The Harbour Board report, released Tuesday, said"', () => {
    expect(speakers('The Harbour Safety Board report, released Tuesday, said the crew was “poorly trained.”')).toEqual(['Harbour Safety Board']);
  });

  it('the addressee after the issuer is not part of it: "A letter from X to parents"', () => {
    for (const to of ['to parents', 'to the mayor', 'to staff on Friday']) {
      expect(speakers(`A letter from the Westbrook School District ${to} said the closure was “temporary.”`), to).toEqual(['Westbrook School District']);
    }
  });

  it('"the findings" are a report\'s', () => {
    const body = 'The Harbour Safety Board released its findings on Tuesday.\n\n“The crew was poorly trained,” the findings said.';
    expect(speakers(body)).toEqual(['Harbour Safety Board']);
  });
});
