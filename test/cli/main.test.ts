import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/** The `sitrep` process as users and evaluators run it: flags, exit codes, stdout text and the --json shapes. */

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  dirs.push(d);
  return d;
}

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function sitrep(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  // No platform tokens may leak in from the developer's shell: these runs must stay on the console.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD|SLACK|SITREP)_/.test(k)));
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/main.ts', '--data', temp(), ...args], {
      env: { ...clean, ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('sitrep command line', () => {
  it('runs one command on the bundled corpus, prints the cited answer and exits 0', async () => {
    const out = await sitrep(['/brief iraq-mission']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('NATO TRAINING MISSION IN IRAQ');
    expect(out.stdout).toMatch(/Jens Stoltenberg/);
    expect(out.stdout).toMatch(/\[1\] Agence France-Presse/);
  });

  it('--json "/quotes" lists every quote with speaker, offsets and article, and reports skipped files', async () => {
    const content = temp();
    cpSync('content', content, { recursive: true });
    writeFileSync(join(content, 'articles', 'broken.md'), 'no front matter at all\n');
    const out = await sitrep(['--content', content, '--json', '/quotes']);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout) as {
      quotes: { text: string; speaker: string; start: number; end: number; article: { path: string } }[];
      skipped: { path: string; reason: string }[];
    };
    expect(json.skipped).toEqual([expect.objectContaining({ path: 'articles/broken.md' })]);
    expect(json.quotes.length).toBeGreaterThan(10);
    for (const q of json.quotes) {
      expect(q.end - q.start).toBe(q.text.length);
      expect(q.speaker).not.toBe('');
      expect(q.article.path).toMatch(/^articles\/.+\.md$/);
    }
  });

  it('reads a plain folder of articles with no topics.yml, and names a missing folder without a stack trace', async () => {
    const flat = temp();
    writeFileSync(
      join(flat, 'story.md'),
      '---\ntitle: Port strike\noutlet: Wire\npublished: 2021-03-02\n---\n“We will stay out as long as it takes,” said union leader Ana Ruiz.\n\nDock owner Ben Cole has resisted for weeks. He wants the port kept “open for business.”\n',
    );
    const out = await sitrep(['--content', flat, '--json', '/quotes']);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout) as { quotes: { text: string; speaker: string; speakerInferred: boolean; article: { path: string } }[] };
    expect(json.quotes).toEqual([
      expect.objectContaining({
        text: 'We will stay out as long as it takes,',
        speaker: 'Ana Ruiz',
        speakerInferred: false,
        article: expect.objectContaining({ path: 'story.md' }),
      }),
      // No tag: the clause's subject is the speaker, and the record says it was inferred.
      expect.objectContaining({ text: 'open for business.', speaker: 'Ben Cole', speakerInferred: true }),
    ]);
    const missing = await sitrep(['--content', join(flat, 'nope'), '/quotes']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^sitrep: corpus folder .*nope/m);
    expect(missing.stderr).not.toMatch(/\bat \w+ \(/);
  });

  it('answers a bad command with usage and a non-zero status', async () => {
    const out = await sitrep(['/breif iraq-mission']);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/\/brief/);
  });

  it('exits 2 naming the key of a configuration problem', async () => {
    const out = await sitrep(['/help'], { DISCORD_TOKEN: 'secret-token-value' });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('DISCORD_APPLICATION_ID');
    expect(out.stderr).not.toContain('secret-token-value');
  });
});
