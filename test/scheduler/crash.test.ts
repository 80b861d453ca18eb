import { describe, expect, it } from 'vitest';
import { runSoak } from '../fakes/platform/soak.js';

describe('crash soak (scheduler in a child process, killed with SIGKILL at random points)', () => {
  it('delivers every due (channel, topic, slot) exactly once across kills and restarts', async () => {
    // A fresh seed each run widens coverage over time; it is in the failure message to replay with `npm run soak -- --seed`.
    const seed = Number(process.env.SOAK_SEED ?? Date.now() % 1_000_000);
    const result = await runSoak({ trials: 3, seed });
    const summary = { seed, duplicates: result.duplicates, missed: result.missed, unexpected: result.unexpected, errors: result.errors };
    expect(summary).toEqual({ seed, duplicates: 0, missed: 0, unexpected: 0, errors: [] });
    expect(result.trials).toBe(3);
    expect(result.expected).toBeGreaterThan(0);
  }, 120_000);
});
