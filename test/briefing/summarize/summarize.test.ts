import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allStems,
  isNearDuplicate,
  leadSummary,
  scoreSentences,
  summarize,
  SummarizerInputError,
  textRankSummary,
  type SentenceRef,
  type SummaryDocument,
} from '../../../src/briefing/summarize/index.js';

const VOCAB = [
  'police', 'said', 'the', 'fire', 'spread', 'across', 'hills', 'near', 'town', 'residents', 'were', 'evacuated',
  'on', 'monday', 'officials', 'confirmed', 'two', 'deaths', 'and', 'crews', 'battled', 'winds', 'governor', 'declared',
  'emergency', 'after', 'homes', 'burned', 'in', 'county', 'schools', 'closed', 'roads', 'smoke',
];

const sentenceArb = fc
  .array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 18 })
  .map((words) => `${words.join(' ')}.`);

/** Clusters where later documents often copy earlier ones, as wire stories do. */
const clusterArb: fc.Arbitrary<SummaryDocument[]> = fc
  .array(fc.array(sentenceArb, { maxLength: 12 }), { maxLength: 6 })
  .chain((docs) =>
    fc.array(fc.nat({ max: Math.max(docs.length - 1, 0) }), { maxLength: docs.length > 0 ? 3 : 0 }).map((copies) => [
      ...docs,
      ...copies.map((i) => docs[i] ?? []),
    ]),
  )
  .map((docs) => docs.map((sentences) => ({ sentences: sentences.map((text) => ({ text })) })));

type System = (docs: readonly SummaryDocument[], options: { maxWords?: number; maxSentences?: number }) => SentenceRef[];
const SYSTEMS: Array<[string, System]> = [
  ['sitrep', summarize],
  ['textrank', textRankSummary],
  ['lead3', leadSummary],
];

function words(docs: readonly SummaryDocument[], refs: readonly SentenceRef[]): number {
  return refs.reduce((sum, r) => sum + docs[r.doc]!.sentences[r.sentence]!.text.trim().split(/\s+/).length, 0);
}

function text(docs: readonly SummaryDocument[], r: SentenceRef): string {
  return docs[r.doc]!.sentences[r.sentence]!.text;
}

const doc = (...sentences: string[]): SummaryDocument => ({ sentences: sentences.map((t) => ({ text: t })) });

describe.each(SYSTEMS)('%s: properties every system keeps', (_name, system) => {
  it('respects the word and sentence budgets and returns distinct, valid references', () => {
    fc.assert(
      fc.property(clusterArb, fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 8 }), (docs, maxWords, maxSentences) => {
        const refs = system(docs, { maxWords, maxSentences });
        expect(words(docs, refs)).toBeLessThanOrEqual(maxWords);
        expect(refs.length).toBeLessThanOrEqual(maxSentences);
        const keys = refs.map((r) => `${r.doc}:${r.sentence}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const r of refs) expect(docs[r.doc]?.sentences[r.sentence]).toBeDefined();
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(clusterArb, (docs) => {
        expect(system(docs, { maxWords: 60 })).toEqual(system(docs, { maxWords: 60 }));
      }),
      { numRuns: 30 },
    );
  });

  it('returns sentences in document then sentence order when documents are undated', () => {
    fc.assert(
      fc.property(clusterArb, (docs) => {
        const refs = system(docs, { maxWords: 80 });
        for (let i = 1; i < refs.length; i++) {
          const a = refs[i - 1]!;
          const b = refs[i]!;
          expect(a.doc < b.doc || (a.doc === b.doc && a.sentence < b.sentence)).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('handles no documents, empty documents and blank sentences', () => {
    expect(system([], {})).toEqual([]);
    expect(system([doc(), doc()], {})).toEqual([]);
    expect(system([doc('   ', '')], {})).toEqual([]);
  });

  it('summarizes a single one-sentence document with that sentence', () => {
    expect(system([doc('Firefighters contained the blaze on Tuesday.')], {})).toEqual([{ doc: 0, sentence: 0 }]);
  });

  it('orders by date, then source, undated last', () => {
    const docs: SummaryDocument[] = [
      { ...doc('Rescue teams reached the flooded valley late on Sunday night.'), source: 'B' },
      { ...doc('The river rose three metres above its banks on Friday morning.'), date: '2024-05-03T10:00:00Z', source: 'B' },
      { ...doc('Evacuation orders were issued for four villages along the river.'), date: '2024-05-03T10:00:00Z', source: 'A' },
      { ...doc('Heavy rain had fallen for five days across the whole region.'), date: new Date('2024-05-01T00:00:00Z') },
    ];
    const refs = system(docs, { maxWords: 1000 });
    expect(refs.map((r) => r.doc)).toEqual([3, 2, 1, 0]);
  });

  it('rejects unusable input with a typed error', () => {
    expect(() => system([{ sentences: [{ text: 'Fine sentence here.' }], date: 'not a date' }], {})).toThrow(
      SummarizerInputError,
    );
    expect(() => system([{ sentences: [{} as { text: string }] }], {})).toThrow(SummarizerInputError);
    expect(() => system([doc('A sentence.')], { maxWords: -1 })).toThrow(SummarizerInputError);
  });
});

describe('sitrep summarizer', () => {
  it('never returns a near-duplicate pair', () => {
    fc.assert(
      fc.property(clusterArb, (docs) => {
        const refs = summarize(docs, { maxWords: 200 });
        for (let i = 0; i < refs.length; i++) {
          for (let j = i + 1; j < refs.length; j++) {
            expect(isNearDuplicate(allStems(text(docs, refs[i]!)), allStems(text(docs, refs[j]!)))).toBe(false);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('takes a wire story once when outlets copy it with small edits', () => {
    const wire = [
      'Flooding forced thousands of residents from their homes in the river valley on Sunday.',
      'The regional governor declared a state of emergency and asked for army support.',
      'At least four people have died and dozens are missing, officials said.',
      'Forecasters expect more heavy rain across the region through Wednesday.',
    ];
    const docs = [
      doc(...wire),
      doc(...wire.map((s) => s.replace('Sunday', 'Sunday night'))),
      doc(`VALLEY TOWN (Wire) — ${wire[0]}`, ...wire.slice(1)),
    ];
    const refs = summarize(docs, { maxWords: 500 });
    const chosen = refs.map((r) => text(docs, r));
    expect(chosen.length).toBe(wire.length);
    for (const s of wire) {
      const core = s.slice(0, 30);
      expect(chosen.filter((c) => c.includes(core))).toHaveLength(1);
    }
  });

  it('prefers sentences about the shared story over an off-topic page', () => {
    const story = (extra: string): SummaryDocument =>
      doc(
        'A magnitude 6.1 earthquake struck the coastal city before dawn on Tuesday.',
        `Rescue workers pulled survivors from collapsed buildings in the old town ${extra}.`,
        'The earthquake damaged the port and cut power to most of the city.',
      );
    const offTopic = doc(
      'Subscribers can change their delivery preferences in the account settings page.',
      'Our customer service team answers billing questions on weekdays only.',
    );
    const refs = summarize([offTopic, story('overnight'), story('all day')], { maxWords: 40 });
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((r) => r.doc !== 0)).toBe(true);
  });

  it('skips boilerplate and fragments when real sentences exist', () => {
    const docs = [
      doc(
        'BREAKING NEWS',
        'Click here to sign up for our newsletter and get updates.',
        'The city council approved the new transit budget after a long debate on Thursday.',
        'Photo',
      ),
    ];
    const chosen = summarize(docs, { maxWords: 200 }).map((r) => text(docs, r));
    expect(chosen).toEqual(['The city council approved the new transit budget after a long debate on Thursday.']);
  });

  it('scales to hundreds of articles', () => {
    const many = Array.from({ length: 300 }, (_, d) =>
      doc(
        ...Array.from(
          { length: 30 },
          (_, s) => `${VOCAB[(d + s) % VOCAB.length]} ${VOCAB[(d * 7 + s * 3) % VOCAB.length]} report number ${s} from outlet ${d} said the fire spread.`,
        ),
      ),
    );
    const refs = summarize(many, { maxWords: 250 });
    expect(refs.length).toBeGreaterThan(0);
    expect(words(many, refs)).toBeLessThanOrEqual(250);
    expect(scoreSentences(many).length).toBeLessThanOrEqual(800);
  });
});

describe('Lead-3 baseline', () => {
  it('takes the first three sentences of each document, in document order', () => {
    const docs = [doc('a1 x.', 'a2 x.', 'a3 x.', 'a4 x.'), doc('b1 y.', 'b2 y.')];
    expect(leadSummary(docs, { maxWords: 100 })).toEqual([
      { doc: 0, sentence: 0 },
      { doc: 0, sentence: 1 },
      { doc: 0, sentence: 2 },
      { doc: 1, sentence: 0 },
      { doc: 1, sentence: 1 },
    ]);
  });
});

describe('TextRank baseline', () => {
  it('ranks the sentence that shares words with all others first', () => {
    const docs = [
      doc(
        'storm floods coast town.',
        'storm hits coast.',
        'floods reach town.',
        'bakery sells bread rolls.',
      ),
    ];
    expect(textRankSummary(docs, { maxSentences: 1 })).toEqual([{ doc: 0, sentence: 0 }]);
  });
});
