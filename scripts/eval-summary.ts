/**
 * Summarizer evaluation on the Multi-News sample: `npx tsx scripts/eval-summary.ts [--limit N] [--json]`.
 * Prints the ROUGE table for Lead-3, TextRank and sitrep and the sitrep/TextRank ROUGE-2 ratio.
 */
import { parseArgs } from 'node:util';
import { formatSummaryEval, runSummaryEval } from '../src/eval/summary-eval.js';

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    data: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const limit = values.limit === undefined ? undefined : Number(values.limit);
if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
  process.stderr.write(`--limit must be a positive integer, got ${values.limit}\n`);
  process.exit(2);
}

try {
  const result = await runSummaryEval({
    ...(limit !== undefined ? { limit } : {}),
    ...(values.data !== undefined ? { dataPath: values.data } : {}),
  });
  process.stdout.write((values.json ? JSON.stringify(result, null, 2) : formatSummaryEval(result)) + '\n');
} catch (error) {
  process.stderr.write(`eval-summary failed: ${(error as Error).message}\n`);
  process.exit(1);
}
