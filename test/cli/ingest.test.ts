import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestJson } from '../../src/cli/ingest.js';
import { type NewsServer, PATHS, startNewsServer } from '../fakes/news-server.js';

/** `sitrep ingest` as a user runs it, against the fake news site on 127.0.0.1 (hence the private-address allowance). */

const run = promisify(execFile);
const dirs: string[] = [];
let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(async () => {
  await server.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function corpus(): string {
  const d = mkdtempSync(join(tmpdir(), 'sitrep-cli-ingest-'));
  dirs.push(d);
  mkdirSync(join(d, 'articles'));
  return d;
}

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

const ALLOW = { SITREP_INGEST_ALLOW_PRIVATE: '1' };

async function sitrep(args: string[], env: Record<string, string> = ALLOW): Promise<Outcome> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD|SLACK|SITREP)_/.test(k)));
  const data = mkdtempSync(join(tmpdir(), 'sitrep-cli-data-'));
  dirs.push(data);
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/main.ts', '--data', data, ...args], { env: { ...clean, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const url = (path: string) => `${server.base}${path}`;

describe('sitrep ingest', () => {
  it('prints one line per item, keeps going past failures, and exits 1 when any item failed', async () => {
    const content = corpus();
    const out = await sitrep(['--content', content, 'ingest', url(PATHS.article), url(PATHS.missing), 'ftp://files.example.com/x']);
    expect(out.code, out.stderr).toBe(1);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^written +\S+articles\/ingested\/2020-01-06-allies-back-pause-in-iraq-training-[0-9a-f]{8}\.md — “Allies back pause in Iraq training” \(Example Herald\)$/);
    expect(lines[1]).toMatch(new RegExp(`^failed +${url(PATHS.missing).replace(/[.?]/g, '\\$&')} — .*HTTP 404`));
    expect(lines[2]).toMatch(/^failed +ftp:\/\/files\.example\.com\/x — only http\(s\) URLs/);
    expect(out.stderr).toContain('1 written, 0 already in the corpus, 2 failed');
    const file = lines[0]?.split(/\s+/)[1] ?? '';
    expect(readFileSync(file, 'utf8')).toMatch(/^---\ntitle: Allies back pause in Iraq training\n/);
  });

  it('--json reports a feed item by item; a second run writes nothing new and exits 0 (SITREP_CONTENT_DIR as the folder)', async () => {
    const content = corpus();
    const first = await sitrep(['--json', 'ingest', '--feed', url(PATHS.feed)], { ...ALLOW, SITREP_CONTENT_DIR: content });
    expect(first.code, first.stderr).toBe(1); // the feed's third item links to a page that is gone
    const json = JSON.parse(first.stdout) as IngestJson;
    expect(json).toMatchObject({ written: 2, skipped: 0, failed: 1 });
    expect(json.results.map((r) => [r.status, r.feed])).toEqual([
      ['written', url(PATHS.feed)],
      ['written', url(PATHS.feed)],
      ['failed', url(PATHS.feed)],
    ]);
    for (const r of json.results.filter((x) => x.status === 'written')) expect(existsSync(r.file ?? '')).toBe(true);
    expect(json.results[2]).toMatchObject({ code: 'http-status', url: url(PATHS.missing) });

    const again = await sitrep(['--content', content, 'ingest', url(PATHS.article)]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^skipped +http:\S+ — already in the corpus as articles\/ingested\/\S+\.md\n$/);
  });

  it('refuses local addresses without SITREP_INGEST_ALLOW_PRIVATE=1, and never contacts them', async () => {
    const before = server.requests.length;
    const out = await sitrep(['--content', corpus(), 'ingest', url(PATHS.article)], {});
    expect(out.code, out.stderr).toBe(1);
    expect(out.stdout).toMatch(/^failed .* private or local address; set SITREP_INGEST_ALLOW_PRIVATE=1/);
    expect(server.requests.length).toBe(before);
  });

  it('exits 2 with usage for a missing url or a bad SITREP_INGEST_ALLOW_PRIVATE', async () => {
    const none = await sitrep(['ingest']);
    expect(none.code, none.stderr).toBe(2);
    expect(none.stderr).toContain('sitrep ingest needs at least one URL');
    expect(none.stderr).toContain('Usage:');
    const bad = await sitrep(['ingest', url(PATHS.article)], { SITREP_INGEST_ALLOW_PRIVATE: 'sure' });
    expect(bad.code, bad.stderr).toBe(2);
    expect(bad.stderr).toContain('SITREP_INGEST_ALLOW_PRIVATE');
  });

  it('runs /ingest as a one-shot chat command too', async () => {
    const content = corpus();
    const out = await sitrep(['--content', content, `/ingest ${url(PATHS.article)}`]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/Added 1 article/i);
    expect(out.stdout).toMatch(/articles\/ingested\/\S+\.md\) \[1\]/);
    expect(out.stdout).toMatch(/Allies back pause in Iraq training/);
  });
});
