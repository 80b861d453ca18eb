import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

const IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g;

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? '');
}

describe('architecture boundaries', () => {
  const core = tsFiles('src');

  it('the core never imports a chat platform SDK', () => {
    const offenders = core.flatMap((f) =>
      importsOf(f)
        .filter((s) => s === 'discord.js' || s.startsWith('@discordjs/') || s.startsWith('@slack/'))
        .map((s) => `${f} -> ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the core never imports from adapters/ (only the composition root, src/main.ts, wires them in)', () => {
    const offenders = core.filter((f) => f !== join('src', 'main.ts')).flatMap((f) => importsOf(f).filter((s) => s.includes('adapters/')).map((s) => `${f} -> ${s}`));
    expect(offenders).toEqual([]);
  });
});
