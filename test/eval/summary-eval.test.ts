import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvalDataError, formatSummaryEval, runSummaryEval, SYSTEMS } from '../../src/eval/summary-eval.js';

let dir: string;

function cluster(topic: string, place: string): string {
  const docA = [
    `Officials in ${place} confirmed on Monday that the ${topic} had forced hundreds of families from their homes.`,
    `Emergency crews worked through the night as the ${topic} spread toward the center of ${place}.`,
    `The mayor of ${place} said shelters had opened in three schools and a sports hall.`,
    `Photo`,
    `Residents described hearing sirens long before dawn across the whole district.`,
  ].join(' \n \n ');
  const docB = [
    `The ${topic} in ${place} has displaced hundreds of families, officials confirmed on Monday.`,
    `Emergency crews worked through the night as the ${topic} spread toward the center of ${place}.`,
    `Insurance companies expect claims to run into the millions once the damage is assessed.`,
  ].join(' ');
  const summary =
    `A ${topic} forced hundreds of families from their homes in ${place}, officials said Monday. ` +
    `Crews worked through the night as it spread, and shelters opened in schools.`;
  return JSON.stringify({ id: place, documents: [docA, docB], summary });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-summary-eval-'));
  const lines = [
    cluster('wildfire', 'Riverton'),
    cluster('flood', 'Lakeside'),
    cluster('chemical fire', 'Portmouth'),
    cluster('landslide', 'Hillcrest'),
  ];
  await writeFile(join(dir, 'ok.jsonl'), lines.join('\n') + '\n');
  await writeFile(join(dir, 'bad-json.jsonl'), `${lines[0]}\n{not json\n`);
  await writeFile(join(dir, 'bad-shape.jsonl'), `${JSON.stringify({ documents: 'x', summary: 's' })}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runSummaryEval', () => {
  it('scores every system on tune, held-out and whole splits in one run', async () => {
    const result = await runSummaryEval({ dataPath: join(dir, 'ok.jsonl'), maxWords: 60 });
    expect(result.clusters).toBe(4);
    expect(result.budgetWords).toBe(60);
    expect(result.splits.map((s) => [s.from, s.to])).toEqual([
      [0, 2],
      [2, 4],
      [0, 4],
    ]);
    for (const split of result.splits) {
      for (const system of SYSTEMS) {
        const s = split.systems[system];
        for (const value of [s.rouge1, s.rouge2, s.rougeL, s.rougeLsum]) {
          expect(value).toBeGreaterThan(0);
          expect(value).toBeLessThanOrEqual(100);
        }
        expect(s.words).toBeLessThanOrEqual(60);
      }
      expect(split.rouge2Ratio).toBeCloseTo(split.systems.sitrep.rouge2 / split.systems.textrank.rouge2, 10);
    }
  });

  it('honours limit', async () => {
    const result = await runSummaryEval({ dataPath: join(dir, 'ok.jsonl'), limit: 1 });
    expect(result.clusters).toBe(1);
  });

  it('reports the line of malformed data with a typed error', async () => {
    await expect(runSummaryEval({ dataPath: join(dir, 'bad-json.jsonl') })).rejects.toThrow(/line 2/);
    await expect(runSummaryEval({ dataPath: join(dir, 'bad-shape.jsonl') })).rejects.toBeInstanceOf(EvalDataError);
  });

  it('fails clearly when the data file is missing', async () => {
    await expect(runSummaryEval({ dataPath: join(dir, 'missing.jsonl') })).rejects.toThrow(/ENOENT/);
  });
});

describe('formatSummaryEval', () => {
  it('prints a row per system per split and the ROUGE-2 ratio', async () => {
    const result = await runSummaryEval({ dataPath: join(dir, 'ok.jsonl'), maxWords: 60 });
    const text = formatSummaryEval(result);
    for (const label of ['Lead-3', 'TextRank', 'sitrep']) {
      expect(text.split('\n').filter((l) => new RegExp(`^${label}\\s+\\d`).test(l))).toHaveLength(3);
    }
    expect(text).toContain(`sitrep / TextRank on ROUGE-2: ${result.splits[2]!.rouge2Ratio.toFixed(3)}`);
    expect(text).toContain('held-out (second half)');
  });
});
