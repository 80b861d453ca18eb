import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/analysis/quotes/index.js';
import type { EntityMention } from '../../../src/analysis/types.js';
import { makeArticle, quoteSpeakers } from '../helpers.js';

function speakers(body: string, mentions: EntityMention[] = []): string[] {
  return extractQuotes({ article: makeArticle(body), sentences: [], mentions, dates: [] }).map((q) => q.speaker.name);
}

function org(body: string, text: string): EntityMention {
  const start = body.indexOf(text);
  return { text, start, end: start + text.length, type: 'organization', sentence: 0, name: text };
}

describe('descriptions that refer back', () => {
  it('"another diplomat, from X" brings its own qualifier; a later "third diplomat" inherits nothing', () => {
    const body =
      '“It is over,” a Nordic diplomat said.\n\nAnother diplomat, from a Gulf state, disagreed. “Not yet,” the diplomat said.\n\n“Maybe,” said a third diplomat.';
    expect(speakers(body)).toEqual(['a Nordic diplomat', 'another diplomat', 'a third diplomat']);
  });

  it('"the five countries" is the group listed earlier', () => {
    const body = 'Peru, Fiji, Norway, Ghana and Japan called for “a pause”.\n\n“Act now,” the five countries said.';
    expect(speakers(body)).toEqual(['Peru, Fiji, Norway, Ghana and Japan', 'Peru, Fiji, Norway, Ghana and Japan']);
  });

  it('"the statement said" is the statement’s author', () => {
    expect(speakers('The Harbour Trust said it would appeal.\n\n“We are disappointed,” the statement said.')).toEqual([
      'Harbour Trust',
    ]);
  });

  it('"the organisation" is the organisation named earlier; a short form or acronym maps to its full name', () => {
    const body =
      'Greenway Alliance published a report on Monday. Greenway urged ministers to act. “Time is short,” the organisation said.\n\nThe North Port Employers Council said talks were stalled. NPEC called the offer “final”.';
    const mentions = [org(body, 'Greenway Alliance'), org(body, 'North Port Employers Council')];
    expect(speakers(body, mentions)).toEqual(['Greenway Alliance', 'North Port Employers Council']);
  });
});

describe('organisations introduced with a common noun', () => {
  it('"the airline" is the organisation introduced as one, though it was never quoted', () => {
    const body = 'Budget airline Skylark grounded its fleet on Friday. Reuters reported the news first. The airline said the move was “precautionary.”';
    expect(speakers(body, [org(body, 'Skylark'), org(body, 'Reuters')])).toEqual(['Skylark']);
  });

  it('an appositive noun and a noun inside the name introduce it too', () => {
    const a = 'Marlin Foods Inc., the frozen-fish maker, cut jobs. The maker said sales were “disappointing.”';
    expect(speakers(a, [org(a, 'Marlin Foods Inc.')])).toEqual(['Marlin Foods Inc.']);
    const b = 'Members of the Harbour Pilots Union walked out. A spokesman for Baltic Ports declined to comment. The union said the strike was “indefinite.”';
    expect(speakers(b, [org(b, 'Harbour Pilots Union'), org(b, 'Baltic Ports')])).toEqual(['Harbour Pilots Union']);
  });
});

describe('bare plural sources after a qualified mention', () => {
  it('"Police said" is the "British police" named before; "officials" the latest qualified officials acting in a sentence', () => {
    const body = [
      'British police have named the attacker.',
      'Police said he lived in “east London.”',
      'Harbour Ministry officials in Dover declined to comment. The team included dock staff and Coast Guard officials.',
      'Officials said the search was “only the start.”',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['British police', 'Harbour Ministry officials']);
  });

  it('stays as written when no qualified form was written', () => {
    expect(speakers('Some officials were silent.\n\nOfficials said it was “grim.”')).toEqual(['officials']);
  });
});

describe('an organisation named before its appositive', () => {
  it('"The X der Y, the largest Z union, said" is the organisation X der Y', () => {
    expect(speakers('The Verband der Fischer, the largest fishing union, said the quota was “unfair.”')).toEqual(['Verband der Fischer']);
    expect(speakers('On Saturday, the largest fishing union said the quota was “unfair.”')).toEqual(['the largest fishing union']);
  });
});

describe('a role noun owning an office', () => {
  it('"the senator\'s office" is the office of the senator just named', () => {
    const body = 'GOP Sen. Dale Rook of Nevada called them patriots. But on Thursday, the senator’s office said he “completely disagrees” with the remarks.';
    expect(quoteSpeakers(body, { withMentions: true })).toEqual(["Dale Rook's office"]);
    // Nobody named with the role: as written.
    expect(quoteSpeakers('Critics were loud. The senator’s office said it was “reviewing” the remarks.', { withMentions: true })).toEqual([
      'the senator’s office',
    ]);
  });
});

describe('sources that name themselves', () => {
  it('"a group that calls itself X" is X', () => {
    expect(speakers('A group that calls itself Red Lantern said the attack was “a warning.”')).toEqual(['Red Lantern']);
    expect(speakers('A group of neighbours said the attack was “a warning.”')).toEqual(['a group of neighbours']);
  });
});

describe('statements and their authors', () => {
  it('"a statement from X said" and "“...,” read a statement from X" are X’s words', () => {
    expect(speakers('A statement from the Harbour Board said berths were “at capacity”.')).toEqual(['Harbour Board']);
    expect(speakers('“We are heartbroken,” read a statement from the family of Ola Brekke.')).toEqual(['the family of Ola Brekke']);
  });

  it('a participle after a quote is not a tag, and a that-clause is not a speaker', () => {
    expect(
      speakers('Sheriff Vera Holm told reporters there was “no sign” that Brandt knew the victim, adding that the motive was unclear.'),
    ).toEqual(['Vera Holm']);
  });
});

describe('anonymous sources referred back to', () => {
  it('"the insider" is the earlier "source close to X"; a new indefinite source stays new', () => {
    const body =
      'A source close to the board said the sale was “imminent”. The insider added that staff had been “kept in the dark”.\n\nA person familiar with the talks said it was “far from done”.';
    expect(speakers(body)).toEqual([
      'a source close to the board',
      'a source close to the board',
      'a person familiar with the talks',
    ]);
  });
});
