import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { latestSlot } from '../../../src/scheduler/slots.js';
import { openFileStore } from '../../../src/store/file.js';
import { deliveryKey, type Subscription } from '../../../src/store/types.js';
import type { ArticleSpec } from './library.js';
import { startFakePlatform, type FakePlatform } from './server.js';
import { rng } from '../rng.js';

/**
 * Crash soak: run the scheduler as a child process against the fake platform, SIGKILL it at random moments (at a
 * random time, right after the platform recorded a post but before the child heard back, or while it asks wasSent),
 * restart it until every due slot is settled, then check each (channel, topic, slot) was posted exactly once.
 *
 * Time is simulated: each child run gets a "now" (a checkpoint); checkpoints move forward through DST change days.
 * Between checkpoints several slots may pass, so catch-up (one digest for the latest slot) is exercised too.
 */

export interface SoakOptions {
  trials: number;
  seed?: number;
  /** Kills per checkpoint are drawn from 0..maxKills. */
  maxKills?: number;
  log?: (line: string) => void;
}

export interface SoakResult {
  trials: number;
  duplicates: number;
  missed: number;
  /** Posts for slots that should not have been posted at all. */
  unexpected: number;
  errors: string[];
  kills: number;
  /** Checkpoints left after a kill without finishing (downtime across slots). */
  abandoned: number;
  childRuns: number;
  expected: number;
  totalMs: number;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const ZONES = ['Europe/Brussels', 'America/New_York', 'UTC', 'Asia/Tokyo', 'Australia/Sydney'];
const TIMES = ['00:30', '02:30', '03:00', '08:00', '12:15', '18:00', '23:45'];
// Windows around DST changes in Europe and the US, plus ordinary days.
const STARTS = ['2024-03-08T18:00:00Z', '2024-03-29T18:00:00Z', '2024-10-25T18:00:00Z', '2024-11-01T18:00:00Z', '2024-04-05T18:00:00Z', '2024-06-11T18:00:00Z'];


/** How to start a child: a bundled build when esbuild is at hand (node startup only), else through tsx. */
async function childCommand(workDir: string): Promise<string[]> {
  const entry = join(HERE, 'child.ts');
  try {
    const esbuild = await import('esbuild');
    const outfile = join(workDir, 'child.mjs');
    await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'warning',
      minify: true,
      // Bundled CommonJS dependencies call require() for node built-ins.
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    return [process.execPath, outfile];
  } catch {
    return [process.execPath, '--import', 'tsx', entry];
  }
}

interface Trial {
  subs: Subscription[];
  checkpoints: Date[];
  library: ArticleSpec[];
}

function makeTrial(r: () => number): Trial {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const t0 = new Date(pick(STARTS));
  const topics = ['t1', 't2', 't3'];
  const subs: Subscription[] = [];
  const channels = int(8, 16);
  for (let c = 0; c < channels; c++) {
    for (const topic of topics) {
      if (r() < 0.4) continue;
      const times = [...new Set([pick(TIMES), ...(r() < 0.3 ? [pick(TIMES)] : [])])].sort();
      subs.push({ channel: `fake:g:c${c}`, topic, times, days: r() < 0.3 ? 'weekdays' : 'daily', timezone: pick(ZONES), quiet: r() < 0.3, createdAt: t0.toISOString() });
    }
  }
  const checkpoints: Date[] = [];
  let t = t0.getTime();
  for (let i = int(1, 3); i > 0; i--) {
    t += int(4, 50) * 3600_000 + int(0, 59) * 60_000;
    checkpoints.push(new Date(t));
  }
  const library: ArticleSpec[] = [];
  for (const topic of topics) {
    // Not every checkpoint brings news on every topic, so quiet subscriptions sometimes have nothing to post.
    const times = [t0.getTime() - 86_400_000, ...checkpoints.filter(() => r() < 0.6).map((c) => c.getTime() - int(1, 3) * 3600_000)];
    times.forEach((ms, i) =>
      library.push({ id: `${topic}-${i}`, published: new Date(ms).toISOString(), title: `${topic} update ${i}`, paragraphs: [`Officials described development ${i} on ${topic} in detail today. Reaction followed.`] }),
    );
  }
  return { subs, checkpoints, library };
}

/**
 * What the platform must end up with. At a checkpoint the scheduler finished, the latest slot up to it is required
 * (unless a quiet subscription had nothing new). At an abandoned checkpoint (killed, then restarted only at the next
 * one: downtime across slots) the latest slot may or may not have been posted before the kill, and is then either
 * confirmed or superseded: optional, but never twice. Quiet subscriptions in a trial with abandoned checkpoints are
 * all optional, since what their ledger held at each point depends on where the kill fell.
 */
function expectations(trial: Trial, abandoned: readonly boolean[]): { required: Set<string>; optional: Set<string> } {
  const required = new Set<string>();
  const optional = new Set<string>();
  const anyAbandoned = abandoned.some(Boolean);
  for (const s of trial.subs) {
    const articles = trial.library.filter((a) => a.id.startsWith(`${s.topic}-`));
    const delivered = new Set<string>();
    let handled: number | undefined;
    trial.checkpoints.forEach((c, j) => {
      const slot = latestSlot(s, new Date(s.createdAt), c);
      if (!slot) return;
      const key = deliveryKey(s.channel, s.topic, slot);
      if (abandoned[j] || (s.quiet && anyAbandoned)) return void optional.add(key);
      if (handled === slot.getTime()) return;
      handled = slot.getTime();
      const available = articles.filter((a) => new Date(a.published) <= c);
      if (s.quiet && available.every((a) => delivered.has(a.id))) return;
      required.add(key);
      for (const a of available) delivered.add(a.id);
    });
  }
  for (const k of required) optional.delete(k);
  return { required, optional };
}

/**
 * Where to kill: at a random time after spawn (often during start-up or store open), at a random time after the child's
 * first platform request (during deliveries), right after the platform recorded the k-th post but before the child
 * hears back, or when the child asks wasSent.
 */
type KillMode = 'none' | 'startup' | 'delivery' | 'post' | 'was-sent';
const KILL_MODES: readonly KillMode[] = ['startup', 'delivery', 'delivery', 'delivery', 'post', 'post', 'was-sent'];

interface Estimates {
  /** Spawn to exit of a full run. */
  runMs: number;
  /** First platform request to exit of a full run. */
  deliveryMs: number;
}

async function runChild(cmd: string[], args: string[], platform: FakePlatform, mode: KillMode, r: () => number, est: Estimates): Promise<{ code: number | null; killed: boolean; ms: number; deliveryMs: number; stderr: string }> {
  const started = Date.now();
  let firstRequest: number | undefined;
  const child: ChildProcess = spawn(cmd[0]!, [...cmd.slice(1), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  let killed = false;
  const kill = () => {
    if (!killed && child.exitCode === null) {
      killed = true;
      child.kill('SIGKILL');
    }
  };
  const timers: NodeJS.Timeout[] = [];
  const postTarget = 1 + Math.floor(r() * 12);
  // Mostly inside the typical delivery span, so most 'delivery' kills land mid-run.
  const deliveryDelay = Math.floor(r() * 0.8 * est.deliveryMs);
  let posts = 0;
  platform.options.onRequest = () => {
    if (firstRequest !== undefined) return;
    firstRequest = Date.now();
    if (mode === 'delivery') timers.push(setTimeout(kill, deliveryDelay));
  };
  platform.options.onPost = mode === 'post' ? () => (++posts === postTarget ? (kill(), 'drop') : 'reply') : undefined;
  platform.options.onWasSent = mode === 'was-sent' ? () => (kill(), 'drop') : undefined;
  if (mode === 'startup') timers.push(setTimeout(kill, Math.floor(r() * est.runMs)));
  const code = await new Promise<number | null>((res) => child.on('exit', (c) => res(c)));
  for (const t of timers) clearTimeout(t);
  platform.options.onRequest = undefined;
  platform.options.onPost = undefined;
  platform.options.onWasSent = undefined;
  const ended = Date.now();
  return { code, killed, ms: ended - started, deliveryMs: firstRequest === undefined ? 0 : ended - firstRequest, stderr };
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const seed = options.seed ?? Date.now() % 1_000_000;
  const log = options.log ?? (() => undefined);
  const work = await mkdtemp(join(tmpdir(), 'sitrep-soak-'));
  const result: SoakResult = { trials: 0, duplicates: 0, missed: 0, unexpected: 0, errors: [], kills: 0, abandoned: 0, childRuns: 0, expected: 0, totalMs: 0 };
  const started = Date.now();
  try {
    const cmd = await childCommand(work);
    const est: Estimates = { runMs: 400, deliveryMs: 100 };
    for (let n = 0; n < options.trials; n++) {
      const r = rng(seed * 1000 + n);
      const trial = makeTrial(r);
      const dir = join(work, `trial-${n}`);
      const libraryFile = join(dir, 'library.json');
      const storeDir = join(dir, 'store');
      const seedStore = await openFileStore({ dataDir: storeDir });
      for (const s of trial.subs) await seedStore.putSubscription(s);
      await seedStore.close();
      await writeFile(libraryFile, JSON.stringify(trial.library));
      const platform = await startFakePlatform({ rejectRate: 0.03, loseReplyRate: 0.03, random: r });
      try {
        const abandoned = trial.checkpoints.map(() => false);
        for (const [j, checkpoint] of trial.checkpoints.entries()) {
          let kills = Math.floor(r() * ((options.maxKills ?? 3) + 1));
          const abandon = j < trial.checkpoints.length - 1 && r() < 0.4;
          for (let run = 0; ; run++) {
            if (run > 40) throw new Error(`trial ${n}: no progress after 40 runs`);
            const mode: KillMode = kills > 0 ? KILL_MODES[Math.floor(r() * KILL_MODES.length)]! : 'none';
            const args = ['--store', storeDir, '--platform', platform.url, '--now', checkpoint.toISOString(), '--library', libraryFile];
            const out = await runChild(cmd, args, platform, mode, r, est);
            result.childRuns++;
            if (process.env.SOAK_TRACE) log(`  run ${run} mode ${mode} killed ${out.killed} code ${out.code} ${out.ms}ms (deliveries ${out.deliveryMs}ms)`);
            if (out.killed) {
              result.kills++;
              kills--;
              if (abandon) {
                abandoned[j] = true;
                break;
              }
              continue;
            }
            if (out.code === 0) {
              est.runMs = Math.max(50, Math.round(0.7 * est.runMs + 0.3 * out.ms));
              if (out.deliveryMs > 0) est.deliveryMs = Math.max(5, Math.round(0.7 * est.deliveryMs + 0.3 * out.deliveryMs));
              break;
            }
            if (out.code === 3) continue; // a post failed after retries: the next run retries it
            throw new Error(`trial ${n}: child exited ${out.code}: ${out.stderr.trim().split('\n').slice(0, 5).join(' | ')}`);
          }
        }
        const { required, optional } = expectations(trial, abandoned);
        const counts = new Map<string, number>();
        for (const p of platform.posts) counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
        let dup = 0;
        let missed = 0;
        let unexpected = 0;
        for (const [key, c] of counts) {
          if (c > 1) dup += c - 1;
          if (!required.has(key) && !optional.has(key)) unexpected++;
        }
        for (const key of required) if (!counts.has(key)) missed++;
        result.duplicates += dup;
        result.missed += missed;
        result.unexpected += unexpected;
        result.expected += required.size;
        result.abandoned += abandoned.filter(Boolean).length;
        log(`trial ${n}: subs ${trial.subs.length}, checkpoints ${trial.checkpoints.length} (abandoned ${abandoned.filter(Boolean).length}), required ${required.size}, optional ${optional.size}, posts ${platform.posts.length}, duplicates ${dup}, missed ${missed}, unexpected ${unexpected}`);
      } catch (e) {
        result.errors.push(e instanceof Error ? e.message : String(e));
        log(`trial ${n}: ERROR ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        await platform.close();
        await rm(dir, { recursive: true, force: true });
      }
      result.trials++;
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  result.totalMs = Date.now() - started;
  return result;
}

