/**
 * Quote extraction evaluation: `npx tsx scripts/eval-quotes.ts [--content DIR] [--gold FILE] [--fixtures DIR]
 * [--verbose] [--json]`. One line per labelled article, a line per set (seeds, fixtures) and a total: precision,
 * recall and F1 of exact verbatim quote spans, speaker accuracy and direct/partial accuracy over matched quotes.
 * The matching and speaker rules are documented in src/eval/quotes-eval.ts.
 */
import { parseArgs } from 'node:util';
import { formatReport, runQuoteEval, type QuoteEvalResult } from '../src/eval/quotes-eval.js';

export { runQuoteEval, type QuoteEvalResult };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      gold: { type: 'string' },
      fixtures: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  try {
    const result = await runQuoteEval({
      ...(values.content !== undefined ? { contentDir: values.content } : {}),
      ...(values.gold !== undefined ? { goldPath: values.gold } : {}),
      ...(values.fixtures !== undefined ? { fixturesDir: values.fixtures } : {}),
    });
    process.stdout.write((values.json ? JSON.stringify(result, null, 2) : formatReport(result, values.verbose)) + '\n');
  } catch (error) {
    process.stderr.write(`eval-quotes failed: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
