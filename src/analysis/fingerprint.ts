import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * A short hash of the analysis source code. Cached analyses are keyed by it as well as by ANALYSIS_VERSION, so a
 * change to any extraction rule invalidates old results even when nobody remembered to bump the version number:
 * serving a stale quote attribution after an upgrade would break the trust the cache exists to serve quickly.
 */
export function analysisFingerprint(): string {
  if (cached !== undefined) return cached;
  const hash = createHash('sha256');
  const root = dirname(fileURLToPath(import.meta.url));
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|js|json)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(root);
  cached = hash.digest('hex').slice(0, 10);
  return cached;
}
