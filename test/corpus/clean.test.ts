import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanBody } from '../../src/corpus/clean.js';
import { splitFrontMatter } from '../../src/corpus/frontmatter.js';
import { expectCleanInvariants, keptTexts, removedTexts } from './clean-invariants.js';

const meta = { title: 'NATO reviews Iraq mission', outlet: 'Example News' };

describe('cleanBody: prose', () => {
  it('a speaker label in capitals before a quotation ("CHECKETT: “...”") is no dateline, so nothing above it is a lead', () => {
    const body = [
      'Romney needed 22 people to approve a tweet, according to his director Caitlin Checkett, who said:',
      '',
      'CHECKETT: “It had to be sent around to everyone for approval.”',
      '',
    ].join('\n');
    const r = cleanBody(body, meta);
    expectCleanInvariants(body, r);
    expect(r.paragraphs.map((p) => p.lead ?? false)).toEqual([false, false]);
  });

  it('keeps a standfirst that carries a quote and marks it as lead above the dateline', () => {
    const body = [
      'NATO reviews Iraq mission',
      'Example News',
      "'The council will address the situation,' an official says",
      '',
      'BRUSSELS, Belgium – NATO’s ruling committee will meet on Monday.',
      '',
      '“We still think the mission should continue. But we have to respect what the government will decide.”',
      '',
    ].join('\n');
    const r = cleanBody(body, meta);
    expectCleanInvariants(body, r);
    expect(r.paragraphs.map((p) => [p.text, p.lead ?? false])).toEqual([
      ["'The council will address the situation,' an official says", true],
      ['BRUSSELS, Belgium – NATO’s ruling committee will meet on Monday.', false],
      ['“We still think the mission should continue. But we have to respect what the government will decide.”', false],
    ]);
    expect(r.removed.map((x) => x.reason)).toEqual(['repeated headline', 'outlet or agency name']);
  });

  it('keeps one-line quoted paragraphs, even very short ones', () => {
    const body = 'WASHINGTON (AP) — Officials spoke on Monday.\n\n“No.”\n\n“It was a mistake.”\n\n"Period."\n';
    const r = cleanBody(body, meta);
    expect(keptTexts(r)).toEqual(['WASHINGTON (AP) — Officials spoke on Monday.', '“No.”', '“It was a mistake.”', '"Period."']);
  });

  it('keeps one-word sentences and lead-ins to quotes, drops bare labels', () => {
    const body = 'Did the letter mean withdrawal?\n\nNo.\n\nMore:\n\nHis reply:\n\n“It was a mistake.”\n\n“No.”\n\n“No.”\n';
    const r = cleanBody(body, meta);
    expect(keptTexts(r)).toEqual(['Did the letter mean withdrawal?', 'No.', 'His reply:', '“It was a mistake.”', '“No.”', '“No.”']);
    expect(removedTexts(r)).toEqual(['More:']);
  });

  it('rejoins hard-wrapped prose but keeps separate lines separate', () => {
    const body =
      'Maria Lopez learned from the news, not the army, that the training her son\nhelps deliver had been stopped, she said.\n' +
      'Share\n0\n\nThe ministry said 35 soldiers would be moved to Jordan and\nKuwait on Tuesday.\n';
    const r = cleanBody(body, meta);
    expectCleanInvariants(body, r);
    expect(keptTexts(r)).toEqual([
      'Maria Lopez learned from the news, not the army, that the training her son\nhelps deliver had been stopped, she said.',
      'The ministry said 35 soldiers would be moved to Jordan and\nKuwait on Tuesday.',
    ]);
  });

  it('drops a repeated paragraph but keeps the first copy', () => {
    const body = 'Allies met in Brussels on Monday to discuss the mission.\n\nThey called for calm.\n\nAllies met in Brussels on Monday to discuss the mission.\n';
    const r = cleanBody(body, meta);
    expect(keptTexts(r)).toEqual(['Allies met in Brussels on Monday to discuss the mission.', 'They called for calm.']);
    expect(r.removed.map((x) => x.reason)).toEqual(['repeated paragraph']);
  });

  it('drops both copies of a caption printed twice with a credit glued on', () => {
    const cap = "A photo released by the Prime Minister's office shows the wreckage of a vehicle after the strike.";
    const body = `Troops were on alert on Monday, officials said.\n\n${cap}\n${cap.replace("'", '’')}NYT\n\nThe strike was condemned, officials said.\n`;
    const r = cleanBody(body, meta);
    expectCleanInvariants(body, r);
    expect(keptTexts(r)).toEqual(['Troops were on alert on Monday, officials said.', 'The strike was condemned, officials said.']);
    expect(r.removed.every((x) => x.reason.startsWith('photo caption'))).toBe(true);
  });

  it('does not treat a later paragraph that extends an earlier one as a caption', () => {
    const a = 'The alliance met on Monday in Brussels to discuss the mission in Iraq.';
    const body = `${a}\n\n${a} It ended late.\n`;
    expect(keptTexts(cleanBody(body, meta))).toHaveLength(2);
  });

  it('keeps a bullet-list summary made of sentences, without the bullets', () => {
    const body = 'Key points:\n- NATO ambassadors met in Brussels on Monday.\n- Training remains suspended.\n\nMore text follows here, officials said.\n';
    const r = cleanBody(body, meta);
    expectCleanInvariants(body, r);
    expect(keptTexts(r)).toEqual(['NATO ambassadors met in Brussels on Monday.', 'Training remains suspended.', 'More text follows here, officials said.']);
  });
});

describe('cleanBody: furniture', () => {
  const cases: Array<[string, string]> = [
    ['Add a comment', 'comment widget'],
    ['Sort by', 'comment widget'],
    ['There are no comments yet. Add your comment to start the conversation.', 'comment widget'],
    ['162', 'share counter or lone number'],
    ['1.2K', 'share counter or lone number'],
    ['logo-thestar', 'logo or image alt text'],
    ['Get more politics in your inbox', 'newsletter or subscription promo'],
    ['Sign Up Now', 'newsletter or subscription promo'],
    ['Make sense of what’s happening around the world with our email newsletter.', 'newsletter or subscription promo'],
    ['Source link', 'source link'],
    ['Advertisement', 'advertisement marker'],
    ['We use cookies to give you the best experience. By continuing you accept our cookie policy.', 'cookie banner'],
    ['(Photo: Getty Images)', 'image credit'],
    ['Follow us on Twitter', 'social follow prompt'],
    ['© 2020 Example Media Ltd', 'copyright notice'],
    ['Click here to subscribe', 'newsletter or subscription promo'],
    ['Reporting by Jane Doe; Editing by John Roe', 'wire credit trailer'],
    ['Read more: Who is Qassem Soleimani?', 'related links'],
    ['Related: NATO suspends training', 'related links'],
    ['BLOG: Why the Talks Crossed a ‘Red Line’', 'related links'],
    ['Analysis: What the vote means for the mission', 'related links'],
    ['___', 'separator or stray punctuation'],
    ['Associated Press writer Jon Gambrell contributed to this report.', 'contributor note'],
    ['By JANE DOE and JOHN ROE, Associated Press', 'byline'],
    ['Mon 6 Jan 2020 10.31 GMT', 'date line'],
    ['Updated: Jan. 6, 2020 at 4:12 p.m. ET', 'timestamp line'],
    ['https://example.com/story', 'bare link'],
    ['Print this page', 'share widget'],
    ['Topics: world-politics, iraq, iran', 'short non-sentence line'],
  ];
  it.each(cases)('removes %j (%s)', (line, reason) => {
    const body = `LONDON (Reuters) - Officials met on Monday to discuss the crisis.\n\n${line}\n\n“We are ready,” he said.\n`;
    const r = cleanBody(body, meta);
    expectCleanInvariants(body, r);
    expect(r.removed.map((x) => [x.text, x.reason])).toEqual([[line, reason]]);
    expect(keptTexts(r)).toEqual(['LONDON (Reuters) - Officials met on Monday to discuss the crisis.', '“We are ready,” he said.']);
  });

  it('ends a related-links zone at the next quotation', () => {
    const body = 'Officials met on Monday, the ministry said.\n\nRead More\n\n“No.”\n\nHe left the room.\n';
    expect(keptTexts(cleanBody(body, meta))).toEqual(['Officials met on Monday, the ministry said.', '“No.”', 'He left the room.']);
  });

  it('keeps a headline repeated in the body when it quotes someone, as a lead paragraph', () => {
    const title = "Harbour closed 'until further notice', port chief says";
    const body = `${title}\n\nThe harbour shut on Monday after a crane collapsed.\n\n"We have no date yet," the port chief said.\n`;
    const r = cleanBody(body, { title, outlet: 'Example News' });
    expectCleanInvariants(body, r);
    expect(r.paragraphs.map((p) => [p.text, p.lead ?? false])).toEqual([
      [title, true],
      ['The harbour shut on Monday after a crane collapsed.', false],
      ['"We have no date yet," the port chief said.', false],
    ]);
    // Without a quotation the restated headline is still furniture.
    const plain = cleanBody('Harbour closed after crane collapse\n\nThe harbour shut on Monday.\n', { title: 'Harbour closed after crane collapse', outlet: 'X' });
    expect(removedTexts(plain)).toEqual(['Harbour closed after crane collapse']);
  });

  it('keeps a quoted paragraph that ends with a bracketed gallery link, but drops a caption with a bracketed credit', () => {
    const quoted = 'At 40 metres, "it is the tallest tree we have measured," Dr Ana Ruiz told the Courier. [In Photos: Giants of the Forest]';
    const caption = 'A ranger measures the trunk of the tree. [Photo: Lee Park]';
    const body = `The survey ended on Monday, the park said.\n\n${quoted}\n\n${caption}\n\nThe park will reopen in May.\n`;
    const r = cleanBody(body, meta);
    expect(keptTexts(r)).toContain(quoted);
    expect(removedTexts(r)).toContain(caption);
  });

  it('keeps the quotation of a video promo without its label, and drops a promo with no quotation', () => {
    const body =
      "The strike began on Monday, the union said.\n\nWATCH | 'We will hold the line,' says the union's president:\n\n" +
      'VIDEO: How the port works\n\nTalks resume on Friday.\n';
    const r = cleanBody(body, meta);
    expectCleanInvariants(body, r);
    expect(keptTexts(r)).toEqual([
      'The strike began on Monday, the union said.',
      "'We will hold the line,' says the union's president:",
      'Talks resume on Friday.',
    ]);
    expect(r.removed.map((x) => [x.text, x.reason])).toEqual([
      ['WATCH | ', 'media promo label'],
      ['VIDEO: How the port works', 'media promo'],
    ]);
  });

  it('drops gallery captions that end with the agency in brackets, even when cut short', () => {
    const cut = 'Ana Ruiz, left, greets supporters at a rally in Tucson, Ariz., on Friday. Ruiz formally... (Associated Press)';
    const whole = 'A volunteer hands out flyers outside the hall on Friday. (Reuters)';
    const body = `TUCSON, Ariz. (AP) — Ana Ruiz launched her campaign on Friday.\n\n${cut}\n\n${whole}\n\n"We start today," Ruiz said.\n`;
    const r = cleanBody(body, meta);
    expect(removedTexts(r)).toEqual([cut, whole]);
  });

  it('keeps a single-quoted crosshead whose words carry apostrophes', () => {
    const body = "The council voted on Monday, the clerk said.\n\n‘We Can’t Wait For Ever’\n\n'Nobody's Listening'\n\nThe mayor spoke next.\n";
    expect(keptTexts(cleanBody(body, meta))).toEqual([
      'The council voted on Monday, the clerk said.',
      '‘We Can’t Wait For Ever’',
      "'Nobody's Listening'",
      'The mayor spoke next.',
    ]);
  });

  it('keeps quoted headlines with bylines or no final stop inside a related-links list', () => {
    const body =
      'The bill passed on Friday, aides said.\n\nMust-reads:\n\n“Senate leaders trade blame over budget” — Ann Lee, Daily Herald\n\n' +
      '‘We just stood there’: A family watches the flood take their farm\n\nMore from Example Politics:\n\n' +
      "Governor announces: 'I'm running again'\n\nFive ways the vote could change your taxes\n\n" +
      '“It is done,” the speaker said after the vote.\n';
    const r = cleanBody(body, meta);
    expectCleanInvariants(body, r);
    expect(keptTexts(r)).toEqual(['The bill passed on Friday, aides said.', '“It is done,” the speaker said after the vote.']);
  });

  it('removes a related-links list up to where prose resumes', () => {
    const body =
      'Officials met on Monday, the ministry said.\n\nRelated Coverage\nIran vows revenge after strike\nFactbox: Who was the general?\n\n' +
      'Diplomats said ambassadors could meet early next week.\n';
    const r = cleanBody(body, meta);
    expect(keptTexts(r)).toEqual(['Officials met on Monday, the ministry said.', 'Diplomats said ambassadors could meet early next week.']);
    expect(r.removed.every((x) => x.reason === 'related links')).toBe(true);
  });
});

describe('cleanBody on real and imitated pages', () => {
  it('keeps every quoted paragraph and accounts for every character, on the seeds and all fixture pages', async () => {
    const files = [
      ...(await listMd(join(process.cwd(), 'content', 'articles'))),
      ...(await listMd(join(process.cwd(), 'test', 'fixtures', 'pages'))),
    ];
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const split = splitFrontMatter(await readFile(file, 'utf8'));
      expect(split, file).toBeDefined();
      const fm = /title: "?(.*?)"?\n[\s\S]*?outlet: "?(.*?)"?\n/.exec(split!.yaml)!;
      const r = cleanBody(split!.body, { title: fm[1]!, outlet: fm[2]! });
      expectCleanInvariants(split!.body, r);
      const kept = keptTexts(r).join('\n');
      // A line that opens with a quotation mark is somebody speaking: it must survive cleaning.
      for (const line of split!.body.split('\n').map((l) => l.trim())) {
        if (/^[“"]/.test(line)) expect(kept, `${file}: ${line}`).toContain(line);
      }
      expect(r.removed.length, file).toBeGreaterThan(0);
    }
  });
});

/** Per fixture page: furniture that must go, prose (quoted and not) that must stay. Lines are matched whole. */
const PAGES: Record<string, { gone: string[]; kept: string[] }> = {
  'reuters-wire.md': {
    gone: ['3 Min Read', 'Related Coverage', 'Factbox: Who was Qassem Soleimani?', 'Our Standards: The Thomson Reuters Trust Principles.', 'Robin Emmott'],
    kept: ['The alliance has several hundred personnel in Iraq, training local forces at the request of the government in Baghdad.'],
  },
  'ap-story.md': {
    gone: ['Advertisement', '___', 'By ROBERT BURNS and LOLITA C. BALDOR', 'January 6, 2020'],
    kept: ['“It was a mistake.”', 'Esper said a draft letter that suggested otherwise had been sent in error.'],
  },
  'uk-broadsheet.md': {
    gone: ['Accept all cookies', 'Share on Twitter', 'Photograph: Stefan Rousseau/PA', 'Related: Iran crisis: what we know so far', 'Reuse this content', 'Foreign policy'],
    kept: ['PM says ‘we will not lament’ Soleimani’s death but urges all sides to step back'],
  },
  'regional-daily.md': {
    gone: ['By Sam Ortiz', 'Story continues below advertisement', 'Follow us on Twitter @DailyCourier and like us on Facebook.', 'The Daily Courier'],
    kept: ['Families of soldiers deployed with the training mission say they were told little about the suspension.', 'A spokesperson for the reserve unit said no local soldiers had been hurt.'],
  },
  'digital-native.md': {
    gone: ['Listen to this article', '5 min read', 'Loading...', 'Skip Ad', 'Comments (12)', 'Markets slide as Middle East tensions rise'],
    kept: ['Some legal experts say the vote is largely symbolic.'],
  },
  'broadcaster.md': {
    gone: ['Play Video', 'Posted 3 hours ago', 'Watch: Stoltenberg on the future of the mission', 'Copy link', 'Key points:'],
    kept: ['Training of Iraqi forces remains suspended.', 'NBS has contacted the Iraqi embassy for comment.'],
  },
  'dw-style.md': {
    gone: ['dpa/picture-alliance/M. Kappeler', 'German soldiers have been training Iraqi forces near Baghdad since 2018.', 'mm/rt (AFP, Reuters, dpa)', 'Keywords Iraq, Iran, Bundeswehr, NATO'],
    kept: ["'We are not ending the mission,' a defense ministry spokesman told reporters.", 'The move affects about 35 soldiers stationed at bases in Baghdad and Taji.'],
  },
};

describe('cleanBody on each fixture page', () => {
  it.each(Object.entries(PAGES))('%s: removes its furniture and keeps its prose', async (file, expected) => {
    const split = splitFrontMatter(await readFile(join(process.cwd(), 'test', 'fixtures', 'pages', file), 'utf8'))!;
    const title = /title: "?(.*?)"?\n/.exec(split.yaml)![1]!;
    const outlet = /outlet: "?(.*?)"?\n/.exec(split.yaml)![1]!;
    const byline = /byline: "?(.*?)"?\n/.exec(split.yaml)?.[1];
    const r = cleanBody(split.body, { title, outlet, ...(byline ? { byline } : {}) });
    for (const line of expected.gone) {
      expect(removedTexts(r), line).toContain(line);
      expect(keptTexts(r), line).not.toContain(line);
    }
    for (const line of expected.kept) expect(keptTexts(r), line).toContain(line);
    expect(keptTexts(r).join(' ')).not.toMatch(/Advertisement|cookies|Sign up|Share on|Copyright|©/);
  });
});

describe('cleanBody: robustness', () => {
  const lines = fc.constantFrom(
    '', '', 'Share', '0', '“We are ready,” he said.', 'BRUSSELS – Allies met.', 'Add a comment', 'By Jane Doe',
    '- Training remains suspended.', '# Heading', 'A photo shows the wreckage of a car after the strike.', 'NYT',
    'the sentence goes on and', 'Reporting by X; Editing by Y', '   ', '> quoted block', '1. first', '*', 'Related:',
  );
  it('never throws and keeps its invariants on arbitrary line mixes', () => {
    fc.assert(
      fc.property(fc.array(lines, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (ls, eol) => {
        const body = ls.join(eol);
        expectCleanInvariants(body, cleanBody(body, meta));
      }),
      { numRuns: 300 },
    );
  });
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (body) => {
        expectCleanInvariants(body, cleanBody(body, meta));
      }),
      { numRuns: 300 },
    );
  });
});

async function listMd(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith('.md')).map((f) => join(dir, f));
}
