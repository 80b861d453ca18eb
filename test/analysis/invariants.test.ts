import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/analysis/dates.js';
import { extractMentions } from '../../src/analysis/entities/index.js';
import { extractNumbers } from '../../src/analysis/numbers.js';
import { splitSentences } from '../../src/analysis/sentences.js';
import { makeArticle } from './helpers.js';

// Pieces of news prose that stress the rules: titles, abbreviations, quotes, numbers, dates, possessives, dashes.
const PIECES = [
  'Gen.', 'Maj.-Gen.', 'U.S.', 'President', 'Jens', 'Stoltenberg', 'Stoltenberg’s', 'Qassem', 'Soleimani,', 'the',
  'NATO', 'secretary-general,', 'said', 'told', '“We', 'agree.', 'We', 'share', 'concerns,”', 'he', '5,200',
  'soldiers', '500-strong', 'mission', '$1.5', 'billion', '2.5', 'percent', 'Friday', 'Monday,', 'January', '6,',
  'Jan.', '3:00', 'pm', '(1400', 'GMT)', 'in', '2018', 'No.', '10', '...', '—', 'yesterday', 'will', 'meet', 'two',
  'allies', 'Baghdad', 'Iran’s', 'Mr.', 'J.', 'R.', "'", '"', '?', 'BRUSSELS', '–', 'al-Assad', 'de', 'la', 'Renta',
];

describe('analysis invariants on arbitrary prose', () => {
  it('every sentence, mention, date and number is a verbatim slice inside its sentence', () => {
    const paragraph = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.constantFrom('2020-01-06', '2021-12-31'), (paras, published) => {
        const article = makeArticle(paras.join('\n\n'), { published });
        const sentences = splitSentences(article);
        const within = (x: { start: number; end: number; text: string; sentence: number }): void => {
          expect(article.body.slice(x.start, x.end)).toBe(x.text);
          const s = sentences[x.sentence];
          expect(s).toBeDefined();
          expect(x.start).toBeGreaterThanOrEqual(s!.start);
          expect(x.end).toBeLessThanOrEqual(s!.end);
        };
        const mentions = extractMentions(article, sentences);
        for (const m of mentions) {
          within(m);
          expect(m.name.length).toBeGreaterThan(0);
        }
        const dates = extractDates(article, sentences);
        for (const d of dates) {
          within(d);
          expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (d.time) expect(d.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        }
        for (const n of extractNumbers(article, sentences, dates)) {
          within(n);
          expect(Number.isFinite(n.value)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
