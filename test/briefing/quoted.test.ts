import { describe, expect, it } from 'vitest';
import { isBareQuotation, quoteShape } from '../../src/briefing/quoted.js';
import { pickSummary } from '../../src/briefing/summary.js';
import { buildArticle } from '../fixtures/briefing/build.js';

const official = { name: 'a NATO official', kind: 'description' } as const;

const built = buildArticle({
  id: 'q-shapes',
  title: 'Allies meet on the mission',
  outlet: 'Test Wire',
  published: '2020-01-06',
  paragraphs: [
    'Allied ambassadors will meet in Brussels on Monday to discuss the training mission.',
    '“The council will address the situation in the region,” a NATO official said.',
    '“The secretary general decided to convene the meeting of ambassadors following consultations with allies.”',
    '“We agree on the goal. We share the concerns of our allies about the mission. We will decide together,” the official added.',
    'The minister called the talks “very useful” for the mission.',
    '“Training is paused until further notice',
  ],
  quotes: [
    { text: 'The council will address the situation in the region,', speaker: official },
    { text: 'The secretary general decided to convene the meeting of ambassadors following consultations with allies.', speaker: official, verb: null },
    { text: 'We agree on the goal. We share the concerns of our allies about the mission. We will decide together,', speaker: official, verb: 'added' },
  ],
});
const { analysis } = built;
const sentence = (start: string) => analysis.sentences.find((s) => s.text.startsWith(start))!;

describe('quoteShape', () => {
  it('tells narrative, attributed quotation and bare quotation apart', () => {
    expect(quoteShape(sentence('Allied'), analysis).share).toBe(0);
    expect(isBareQuotation(sentence('Allied'), analysis)).toBe(false);
    const attributed = quoteShape(sentence('“The council'), analysis);
    expect(attributed.share).toBeGreaterThan(0.5);
    expect(attributed.attributed).toBe(true);
    expect(isBareQuotation(sentence('“The secretary'), analysis)).toBe(true);
  });

  it('counts the unmarked middle of a multi-sentence quote as quotation without attribution', () => {
    const middle = sentence('We share');
    expect(middle.text).not.toMatch(/[“”"]/);
    expect(quoteShape(middle, analysis).share).toBe(1);
    expect(isBareQuotation(middle, analysis)).toBe(true);
    expect(isBareQuotation(sentence('We will decide'), analysis)).toBe(false);
  });

  it('leaves a narrative sentence with a short quoted phrase alone, and reads unmatched marks to the edge', () => {
    expect(quoteShape(sentence('The minister'), analysis).share).toBeLessThan(0.5);
    expect(isBareQuotation(sentence('“Training is paused'), analysis)).toBe(true);
  });
});

describe('pickSummary', () => {
  it('never offers a bare quotation, however central its words', () => {
    // Every article repeats the bare quotation's words, so a centrality-only summarizer would pick it first.
    const items = ['a', 'b', 'c'].map((id, i) => {
      const b = buildArticle({
        id: `cluster-${id}`,
        title: 'Ambassadors meet',
        outlet: `Outlet ${id}`,
        published: `2020-01-0${i + 4}`,
        paragraphs: [
          `Ambassadors from the allies met in Brussels on day ${i + 1} of the crisis to discuss the training mission in Iraq.`,
          '“The secretary general decided to convene the ambassadors to discuss the training mission in Iraq with allies.”',
          `Officials in Baghdad said the parliament vote on foreign troops would be debated again next week, outlet ${id} reported.`,
        ],
        quotes: [{ text: 'The secretary general decided to convene the ambassadors to discuss the training mission in Iraq with allies.', speaker: official, verb: null }],
      });
      return b;
    });
    const picks = pickSummary(items, { maxSentences: 5, maxWords: 200 });
    expect(picks.length).toBeGreaterThan(0);
    for (const p of picks) expect(p.sentence.text).not.toContain('secretary general decided');
  });
});
