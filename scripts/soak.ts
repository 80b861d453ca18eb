/**
 * Crash soak for scheduled digests: `npm run soak -- --trials N [--seed S] [--verbose]`.
 * Each trial runs the scheduler in a child process, kills it with SIGKILL at random points, restarts it until every
 * due digest is settled, and checks each (channel, topic, slot) reached the fake platform exactly once.
 * Ends with the line `trials: N, duplicates: D, missed: M`; exits non-zero if anything was wrong.
 */
import { parseArgs } from 'node:util';
import { runSoak } from '../test/fakes/platform/soak.js';

const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: '100' },
    seed: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const trials = Number(values.trials);
if (!Number.isInteger(trials) || trials < 1) {
  process.stderr.write(`--trials must be a positive integer, got ${values.trials}\n`);
  process.exit(2);
}
const seed = values.seed === undefined ? Date.now() % 1_000_000 : Number(values.seed);
const out = (line: string) => process.stdout.write(`${line}\n`);

const result = await runSoak({ trials, seed, ...(values.verbose ? { log: out } : {}) });
out(`seed: ${seed}, child runs: ${result.childRuns}, kills: ${result.kills}, abandoned checkpoints: ${result.abandoned}, digests required: ${result.expected}, ms per trial: ${Math.round(result.totalMs / Math.max(1, result.trials))}`);
if (result.unexpected > 0) out(`unexpected posts: ${result.unexpected}`);
for (const e of result.errors) out(`error: ${e}`);
out(`trials: ${result.trials}, duplicates: ${result.duplicates}, missed: ${result.missed}`);
process.exit(result.duplicates || result.missed || result.unexpected || result.errors.length ? 1 : 0);
