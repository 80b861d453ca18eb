import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '../../src/analysis/sentences.js';
import { makeArticle } from './helpers.js';

function split(body: string): string[] {
  return splitSentences(makeArticle(body)).map((s) => s.text);
}

describe('splitSentences', () => {
  it('gives ids, indexes, paragraphs and offsets into the body', () => {
    const article = makeArticle('  First one. Second one.\n\nThird one here.\n', { id: 'x/y' });
    const sentences = splitSentences(article);
    expect(sentences.map((s) => s.id)).toEqual(['x/y#s0', 'x/y#s1', 'x/y#s2']);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    for (const s of sentences) expect(article.body.slice(s.start, s.end)).toBe(s.text);
    expect(sentences[2]?.text).toBe('Third one here.');
  });

  it('never joins paragraphs', () => {
    expect(split('A line without a stop\n\nAnother paragraph.')).toEqual(['A line without a stop', 'Another paragraph.']);
  });

  it.each([
    ['Canadian Maj.-Gen. Jennie Carnigan leads it. The army agreed.', ['Canadian Maj.-Gen. Jennie Carnigan leads it.', 'The army agreed.']],
    ['Iranian Gen. Qassem Soleimani died. U.S. President Donald Trump said so.', ['Iranian Gen. Qassem Soleimani died.', 'U.S. President Donald Trump said so.']],
    ['Dr. Smith met Mr. Jones and Mrs. Brown at St. Mary’s. They talked.', ['Dr. Smith met Mr. Jones and Mrs. Brown at St. Mary’s.', 'They talked.']],
    ['Ambassadors meet at 3:00 pm (1400 GMT) on Jan. 6 at No. 10 Downing Street. Prices rose 2.5 percent.', ['Ambassadors meet at 3:00 pm (1400 GMT) on Jan. 6 at No. 10 Downing Street.', 'Prices rose 2.5 percent.']],
    ['J. R. R. Tolkien wrote it. Then he left.', ['J. R. R. Tolkien wrote it.', 'Then he left.']],
    ['The U.S. Army moved. It was in the U.S. The troops left.', ['The U.S. Army moved.', 'It was in the U.S.', 'The troops left.']],
    ['He paused... Then he left. We waited… Nothing came.', ['He paused...', 'Then he left.', 'We waited…', 'Nothing came.']],
    ['“We will... we must,” he said.', ['“We will... we must,” he said.']],
    ['Is it over? No! It is not.', ['Is it over?', 'No!', 'It is not.']],
    ['“Why?” he asked. She shrugged.', ['“Why?” he asked.', 'She shrugged.']],
    ['He said “the deal is dead.” Others disagreed.', ['He said “the deal is dead.”', 'Others disagreed.']],
    ['The firm, Acme Inc. said it would. Apple Inc. The firm declined.', ['The firm, Acme Inc. said it would.', 'Apple Inc.', 'The firm declined.']],
    ['Lt. Gen. Smith and Sen. Jones spoke at 9 a.m. Monday. The talks ended.', ['Lt. Gen. Smith and Sen. Jones spoke at 9 a.m. Monday.', 'The talks ended.']],
    ['It grew in 2018. 2019 was worse.', ['It grew in 2018.', '2019 was worse.']],
    ['STORRS, Conn. — The school closed. It was in Auburndale, Mass. The rest followed.', ['STORRS, Conn. — The school closed.', 'It was in Auburndale, Mass.', 'The rest followed.']],
    ['The page was preserved.Then the archive kept it. See example.com and U.S.Army units.', ['The page was preserved.', 'Then the archive kept it.', 'See example.com and U.S.Army units.']],
    ['The U.S.-led coalition stayed. (It had no choice.) Talks resumed.', ['The U.S.-led coalition stayed.', '(It had no choice.)', 'Talks resumed.']],
    ['“Prices fell,” said Ann Roe, analyst at Roe Research Inc. “Prices were low.”', ['“Prices fell,” said Ann Roe, analyst at Roe Research Inc.', '“Prices were low.”']],
    ['He met J. “Buddy” Roe.', ['He met J. “Buddy” Roe.']],
  ])('%s', (body, expected) => {
    expect(split(body)).toEqual(expected);
  });

  it('keeps a multi-sentence quotation and its attribution in one unit', () => {
    expect(split('“We agree. We share concerns,” he said. Then he left.')).toEqual([
      '“We agree. We share concerns,” he said.',
      'Then he left.',
    ]);
    expect(split('"We agree. We share concerns," he said. Then he left.')).toEqual([
      '"We agree. We share concerns," he said.',
      'Then he left.',
    ]);
  });

  it('keeps a quotation with no attribution whole when it closes in the paragraph', () => {
    expect(split('“We still think so. But we have to respect it.”')).toEqual(['“We still think so. But we have to respect it.”']);
  });

  it('splits an unclosed quotation (continued in the next paragraph) normally', () => {
    expect(split('“We still think so. But we have to respect it.\n\n“More here,” he said.')).toEqual([
      '“We still think so.',
      'But we have to respect it.',
      '“More here,” he said.',
    ]);
  });

  it('splits Markdown list items and headings inside a paragraph, but not hard-wrapped prose', () => {
    expect(split('Key points:\n- Troops stay\n- Training paused\n1. First step')).toEqual([
      'Key points:',
      '- Troops stay',
      '- Training paused',
      '1. First step',
    ]);
    expect(split('The alliance said the\nNATO mission would\ncontinue. It did.')).toEqual([
      'The alliance said the\nNATO mission would\ncontinue.',
      'It did.',
    ]);
  });

  it('does not mistake apostrophes for single quotation marks', () => {
    expect(split('The allies’ view was clear. It’s over. Rock ’n’ roll. Done.')).toEqual([
      'The allies’ view was clear.',
      'It’s over.',
      'Rock ’n’ roll.',
      'Done.',
    ]);
  });

  it('keeps a single-quoted multi-sentence quotation whole', () => {
    expect(split("'The council will meet. It will decide,' a NATO official says. Later more.")).toEqual([
      "'The council will meet. It will decide,' a NATO official says.",
      'Later more.',
    ]);
  });

  it('covers every non-space character of every paragraph exactly once (property)', () => {
    const word = fc.constantFrom('Gen.', 'U.S.', 'the', 'He', 'said.', '“We', 'agree.”', '2.5', 'No.', '10', '...', 'Why?', 'J.', 'x');
    const para = fc.array(word, { minLength: 1, maxLength: 20 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 4 }), (paras) => {
        const article = makeArticle(paras.join('\n\n'));
        const sentences = splitSentences(article);
        for (const s of sentences) {
          expect(article.body.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
        }
        const joined = sentences.map((s) => s.text).join('').replace(/\s/g, '');
        expect(joined).toBe(article.paragraphs.map((p) => p.text).join('').replace(/\s/g, ''));
        for (let i = 1; i < sentences.length; i++) {
          expect(sentences[i]!.start).toBeGreaterThanOrEqual(sentences[i - 1]!.end);
        }
      }),
      { numRuns: 200 },
    );
  });
});
