import { describe, expect, it } from 'vitest';
import {
  lcsIndices,
  lcsLength,
  porterStem,
  rougeL,
  rougeLsum,
  rougeLsumTokens,
  rougeN,
  scoreRouge,
  tokenize,
} from '../../src/eval/rouge.js';

// Expectations marked "rouge-score" are the numbers asserted by google-research/rouge's own
// rouge_scorer_test.py, themselves taken from runs of ROUGE-1.5.5; the texts are its random test strings
// (testdata/target.txt, prediction.txt and pyrouge_files/*_multi.0.txt).
const TARGET_0 =
  "ZfbCUIUuePaiLVUlCaUXxkpu XPeWing tUHfPMuZ',-Xd Y BrUgVJing M-HV.-DgdDaY.rFDJCRing Ht-LM EKBDXkME,yz'RBr q'wtion wIojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxer tKM L";
const TARGET_1 =
  "KsJdPByEtAor fE-Qg Dpdbring cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMtion psing sbKao Q m qiing LMmer HqqLFXe,XPY,J XsurkMer ,ed nB'wH'bWVHjWFEing tQ.saefZwJtKrTlixYpMMsJing UCAPwNHeYVjDing c T BUySKtion gMPfJpwGw p'NvxAoping eu pBwMBKV'I DNxqelhu,PHPxDEq,mtion SN";
const TARGET_2 =
  "NhETebUbBk'er WOvoHMTjSRizKgH'vHiing Xu,hWxfs VkNE QhgKiLHE -HidivzoM.dO anhtion jbLQiSGDTCsuhREebUaKM dv J dVN tmbOT";
const TARGET_3 =
  "vMR HDm,xOAetion D,tion HJtodT.mHl UIv-p VjWH'BdyWjnfGU-OjT aEMdFICyLWfQMtion wEMfdOKing AwkeKbO 'DxqNOHBH qKtVvm OYJl mM";
const PREDICTION_0 = "rFDJCRtion Ht-LM EKtDXkME,yz'RBr q'wer wrojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxi";
const PREDICTION_1 =
  "n cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMer pstion sbKao Q m qier LMmed HqqLFXe,XPY,J XsurkMeo ,ed nB'wH'bWVHjWFEer tQ.saefZwJtKrTlixYpMMNJtion UCAPwNHeYVjD";
const PREDICTION_2 = "xfs VkJE QhgKiLHE -HidivzoM.dO anhing jbLQiSGDTCsuhREebUaKM dv J";
const PREDICTION_3 = "VjWH'BdyWjnfGU-OjTNaEMdFICyLWfQMing wEMfdOKijg AwkeKbO 'DxqNO";

const NO_STEM = { stem: false };

function expectScore(
  actual: { precision: number; recall: number; f1: number },
  precision: number,
  recall: number,
  f1: number,
  digits = 5,
): void {
  expect(actual.precision).toBeCloseTo(precision, digits);
  expect(actual.recall).toBeCloseTo(recall, digits);
  expect(actual.f1).toBeCloseTo(f1, digits);
}

describe('tokenize', () => {
  it('lowercases, splits on every non-alphanumeric run and drops empties', () => {
    expect(tokenize("Hello, WORLD! It's 3.5% -- ok?", NO_STEM)).toEqual(['hello', 'world', 'it', 's', '3', '5', 'ok']);
    expect(tokenize('  ...  ', NO_STEM)).toEqual([]);
  });

  it('treats non-ASCII letters as separators, as rouge-score does', () => {
    expect(tokenize('café – naïve “quoted”', NO_STEM)).toEqual(['caf', 'na', 've', 'quoted']);
  });

  it('stems only tokens longer than three characters', () => {
    expect(tokenize('running runs ran was uses days', { stem: true })).toEqual(['run', 'run', 'ran', 'was', 'use', 'day']);
    expect(tokenize('the cats sat', { stem: true })).toEqual(['the', 'cat', 'sat']);
  });

  it('applies NLTK Porter irregular forms', () => {
    expect(porterStem('dying')).toBe('die');
    expect(porterStem('news')).toBe('news');
    expect(porterStem('skies')).toBe('sky');
    expect(porterStem('generalization')).toBe('gener');
  });
});

describe('ROUGE-N', () => {
  it('rouge-score testRouge1: "testing one two" vs "testing"', () => {
    expectScore(rougeN('testing one two', 'testing', 1, NO_STEM), 1, 1 / 3, 1 / 2);
  });

  it('rouge-score testRouge2: "testing one two" vs "testing one"', () => {
    expectScore(rougeN('testing one two', 'testing one', 2, NO_STEM), 1, 1 / 2, 2 / 3);
  });

  it('scores an empty candidate as zero', () => {
    expectScore(rougeN('testing one two', '', 1), 0, 0, 0);
    expectScore(rougeN('testing one two', '', 2), 0, 0, 0);
  });

  it('clips repeated n-grams to the reference count (hand-computed)', () => {
    // ref unigrams: the x2, cat, sat, on, mat (6); cand: the x4, cat (5); hits = min(2,4)+1 = 3.
    expectScore(rougeN('the cat sat on the mat', 'the the the the cat', 1, NO_STEM), 3 / 5, 3 / 6, 6 / 11);
    // bigrams: ref {the cat, cat sat, sat on, on the, the mat}; cand {the the x3, the cat}: 1 hit.
    expectScore(rougeN('the cat sat on the mat', 'the the the the cat', 2, NO_STEM), 1 / 4, 1 / 5, 2 / 9);
  });

  it('rouge-score testRouge1AgainstRouge155 (with and without stemming)', () => {
    expectScore(rougeN(TARGET_0, PREDICTION_0, 1, NO_STEM), 0.6875, 0.40741, 0.51163);
    expectScore(rougeN(TARGET_1, PREDICTION_1, 1, NO_STEM), 0.65385, 0.40476, 0.5);
    expectScore(rougeN(TARGET_0, PREDICTION_0, 1, { stem: true }), 0.6875, 0.40741, 0.51163);
    expectScore(rougeN(TARGET_1, PREDICTION_1, 1, { stem: true }), 0.69231, 0.42857, 0.52941);
  });

  it('rouge-score testRouge2AgainstRouge155 (with and without stemming)', () => {
    for (const stem of [false, true]) {
      expectScore(rougeN(TARGET_0, PREDICTION_0, 2, { stem }), 0.53333, 0.30769, 0.39024);
      expectScore(rougeN(TARGET_1, PREDICTION_1, 2, { stem }), 0.48, 0.29268, 0.36364);
    }
  });

  it('rejects a non-positive n', () => {
    expect(() => rougeN('a b', 'a b', 0)).toThrow(RangeError);
  });
});

describe('ROUGE-L', () => {
  it('rouge-score consecutive and non-consecutive cases', () => {
    expectScore(rougeL('testing one two', 'testing one', NO_STEM), 1, 2 / 3, 4 / 5);
    expectScore(rougeL('testing one two', 'testing two', NO_STEM), 1, 2 / 3, 4 / 5);
  });

  it('rouge-score testRougeLAgainstRouge155', () => {
    expectScore(rougeL(TARGET_0, PREDICTION_0, NO_STEM), 0.6875, 0.40741, 0.51163);
    expectScore(rougeL(TARGET_1, PREDICTION_1, NO_STEM), 0.65385, 0.40476, 0.5);
  });

  it('rouge-score LCS table example and one LCS read-out', () => {
    const ref = ['1', '2', '3', '4', '5'];
    expect(lcsLength(ref, ['2', '5', '3', '4'])).toBe(3);
    expect(lcsIndices(ref, ['2', '5', '3', '4'])).toEqual([1, 2, 3]);
    expect(lcsIndices(ref, ['8', '9'])).toEqual([]);
  });

  it('is zero when either side is empty', () => {
    expectScore(rougeL('', 'a b'), 0, 0, 0);
    expectScore(rougeL('a b', '/'), 0, 0, 0);
  });
});

describe('ROUGE-Lsum', () => {
  it('rouge-score testSummaryLevelLcs: union LCS from Lin (2004) section 3.2', () => {
    const score = rougeLsumTokens(
      [['1', '2', '3', '4', '5']],
      [
        ['1', '2', '6', '7', '8'],
        ['1', '3', '8', '9', '5'],
      ],
    );
    expect(score.recall).toBe(0.8);
    expect(score.precision).toBe(0.4);
    expect(score.f1).toBeCloseTo(0.5333, 3);
    expect(rougeLsumTokens([['reference']], [[]]).recall).toBe(0);
  });

  it('rouge-score testRougeLsum: sentences are newline-separated lines', () => {
    expectScore(rougeLsum('w1 w2 w3 w4 w5', 'w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5', NO_STEM), 0.4, 0.8, 0.5333, 3);
    expectScore(rougeLsum('w1 w2 w3 w4 w5', ''), 0, 0, 0);
    expectScore(rougeLsum('', 'w1'), 0, 0, 0);
    expectScore(rougeLsum('w1 w2 w3 w4 w5', '/'), 0, 0, 0);
  });

  it('rouge-score testRougeLSumAgainstRouge155WithStemming', () => {
    const target = [TARGET_0, TARGET_1, TARGET_2, TARGET_3].join('\n') + '\n';
    const prediction = [PREDICTION_0, PREDICTION_1, PREDICTION_2, PREDICTION_3].join('\n') + '\n';
    expectScore(rougeLsum(target, prediction, { stem: true }), 0.66667, 0.36538, 0.47205);
  });

  it('does not count a token more often than the candidate holds it (hand-computed)', () => {
    // Both reference sentences' LCS with the one candidate sentence is "a b", but the candidate has only one
    // "a" and one "b", so hits = 2, not 4: recall 2/4, precision 2/2.
    expectScore(rougeLsum('a b\na b', 'a b', NO_STEM), 1, 0.5, 2 / 3);
  });
});

describe('scoreRouge', () => {
  it('agrees with the single-metric functions', () => {
    const ref = 'Police said the suspect fled.\nHe was arrested on Monday.';
    const cand = 'The suspect fled, police said.\nHe was later arrested.';
    const all = scoreRouge(ref, cand);
    expect(all.rouge1).toEqual(rougeN(ref, cand, 1));
    expect(all.rouge2).toEqual(rougeN(ref, cand, 2));
    expect(all.rougeL).toEqual(rougeL(ref, cand));
    expect(all.rougeLsum).toEqual(rougeLsum(ref, cand));
  });

  it('gives 1 for identical texts', () => {
    const text = 'Officials confirmed the bridge will reopen next week.';
    const all = scoreRouge(text, text);
    for (const score of Object.values(all)) expect(score.f1).toBeCloseTo(1, 10);
  });
});
