import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliEvalError, evalThroughCli } from '../../src/eval/cli-eval.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function labelledSet(article: string, gold: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-eval-test-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'harbour-closure.md'), article);
  writeFileSync(join(dir, 'harbour-closure.json'), JSON.stringify(gold));
  return dir;
}

const ARTICLE = `---
title: "Harbour closed after storm"
outlet: "Coastal Herald"
published: 2026-03-02
---
The harbour at Port Ellery was closed on Monday after a storm damaged the outer breakwater.

"We will not reopen until the engineers tell us it is safe," harbour master Ruth Calloway said.

Fishermen were angry. "Every day tied up costs us money," said Tomas Reyes, who runs two trawlers from the port.
`;

const goldFor = (secondSpeaker: string): unknown => [
  {
    id: 'harbour-closure',
    url: 'https://example.org/harbour',
    outlet: 'Coastal Herald',
    published: '2026-03-02',
    title: 'Harbour closed after storm',
    quotes: [
      { text: 'We will not reopen until the engineers tell us it is safe,', speaker: 'Ruth Calloway', kind: 'direct' },
      { text: 'Every day tied up costs us money,', speaker: secondSpeaker, kind: 'direct' },
    ],
  },
];

const BIN = resolve('bin/sitrep.mjs');

describe('evalThroughCli', () => {
  it('scores the quotes that `sitrep --json "/quotes"` prints, per set, against the labels', async () => {
    const right = labelledSet(ARTICLE, goldFor('Tomas Reyes'));
    const wrong = labelledSet(ARTICLE, goldFor('Ruth Calloway'));
    const [a, b] = await evalThroughCli(BIN, [
      { name: 'right', kind: 'fixtures', dir: right },
      { name: 'wrong', kind: 'fixtures', dir: wrong },
    ]);
    expect(a).toMatchObject({ name: 'right', gold: 2, predicted: 2, matched: 2, speakerCorrect: 2 });
    expect(b).toMatchObject({ name: 'wrong', gold: 2, matched: 2, speakerCorrect: 1 });
    expect(b?.articles[0]?.mismatches).toEqual([
      expect.objectContaining({ problem: 'speaker', gold: 'Ruth Calloway', predicted: 'Tomas Reyes' }),
    ]);
  }, 60_000);

  it('reports a bin that fails instead of scoring nothing', async () => {
    const set = labelledSet(ARTICLE, goldFor('Tomas Reyes'));
    const notABin = join(set, 'missing.mjs');
    await expect(evalThroughCli(notABin, [{ name: 'x', kind: 'fixtures', dir: set }])).rejects.toThrow(CliEvalError);
  }, 60_000);

  it('stages a set whose gold names an article that is missing as a clear error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-eval-test-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'orphan.json'), JSON.stringify(goldFor('Tomas Reyes')));
    await expect(evalThroughCli(BIN, [{ name: 'x', kind: 'fixtures', dir }])).rejects.toThrow(/orphan\.md/);
  });
});
