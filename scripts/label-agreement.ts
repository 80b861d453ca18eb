/**
 * How far two independent labellings of the same documents agree, scored exactly like the extractor is scored:
 * labelling B plays the extractor against labelling A (same span match, same speaker rule; a B speaker is a person
 * unless it is "unknown", so the middle-name relaxation applies as it does to the extractor's people). The figure
 * is the ceiling the gold itself puts on "speaker accuracy": disagreement between careful humans.
 *
 *   npx tsx scripts/label-agreement.ts A/labels.json B/labels.json [--verbose]
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatScores, scoreArticle, sumCounts, withRates, type GoldQuote, type ScoredQuote } from '../src/eval/quotes-eval.js';

interface LabelledDoc {
  id: string;
  quotes: GoldQuote[];
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { verbose: { type: 'boolean', default: false } } });
const [pathA, pathB] = positionals;
if (!pathA || !pathB) {
  process.stderr.write('usage: tsx scripts/label-agreement.ts A/labels.json B/labels.json [--verbose]\n');
  process.exit(2);
}
const read = async (p: string): Promise<LabelledDoc[]> => JSON.parse(await readFile(p, 'utf8')) as LabelledDoc[];
const [a, b] = await Promise.all([read(pathA), read(pathB)]);
const byId = new Map(b.map((d) => [d.id, d]));
const asPredicted = (q: GoldQuote): ScoredQuote => ({
  text: q.text,
  kind: q.kind,
  speaker: { kind: q.speaker.trim().toLowerCase() === 'unknown' ? 'unknown' : 'person', name: q.speaker },
});
const results = [];
for (const doc of a) {
  const other = byId.get(doc.id);
  if (!other) {
    process.stderr.write(`${doc.id}: not in ${pathB}, left out\n`);
    continue;
  }
  const r = scoreArticle(doc.id, other.quotes.map(asPredicted), doc.quotes);
  results.push(r);
  if (values.verbose) {
    process.stdout.write(`${formatScores(`  ${doc.id}`, r)}\n`);
    for (const m of r.mismatches) process.stdout.write(`      ${m.problem}: "${m.text.slice(0, 70)}" A=${m.gold ?? '-'} B=${m.predicted ?? '-'}\n`);
  }
}
process.stdout.write(`${formatScores('agreement (B scored against A)', withRates(sumCounts(results)))}\n`);
