import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildNodeEntry, HOST } from '../scripts/build-node.mjs';
import type { SignIn } from '../shared/domain/accounts';
import type { BackupOverview } from '../shared/domain/backups';
import { ROOT } from './paths';

/*
 * The web host (host/serve.ts) as a user runs it, for the screen benchmarks: built to plain JavaScript
 * first (so the process measured holds the app, not a TypeScript compiler), serving the built renderer.
 */

const URL_LINE = /Nadzor is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/;
const START_TIMEOUT_MS = 60_000;

/** The administrator the screen benchmarks sign in as (a bench database has no account of its own). */
const BENCH_ADMIN = { fullName: 'Бенчмарк Администратор', login: 'bench', password: 'bench-password-1' };

export interface WebHost {
  /** `http://127.0.0.1:<port>/?token=<hex>` */
  url: string;
  /** The administrator's session token, for the page's sessionStorage. */
  session: string;
  /** The host process's own peak resident memory so far, in MiB (Linux VmHWM). */
  peakRssMb(): number;
  /**
   * The day's first start backs the database up (backend/index.ts): the wall time until that backup was
   * written and checked (or refused), and the longest any call waited for its answer meanwhile.
   */
  startBackup: { doneMs: number; longestWaitMs: number };
  stop(): Promise<void>;
}

/** Builds the renderer when its sources are newer, and the host (`npm run serve`'s build) when its are. */
function buildHost(): string {
  execFileSync(process.execPath, ['scripts/ensure-built.mjs'], { cwd: ROOT, stdio: 'inherit' });
  return buildNodeEntry(HOST.entry, HOST.outDir).file;
}

function waitForUrl(child: ChildProcess): Promise<string> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the host printed no URL within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = URL_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the host exited (${signal ?? code}) before it was ready:\n${output}`));
    });
  });
}

/** Calls the host's API as the page does. */
async function call<T>(url: string, method: string, input: unknown, session?: string): Promise<T> {
  const base = new URL(url);
  const response = await fetch(new URL(`/api/${method}`, base), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${base.searchParams.get('token') ?? ''}`,
    },
    body: JSON.stringify({ input, meta: { language: 'ru', ...(session ? { session } : {}) } }),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method} failed: ${result.error?.message ?? response.status}`);
  return result.value as T;
}

const BACKUP_TIMEOUT_MS = 10 * 60_000;
const POLL_MS = 100;

/**
 * Until the host's start backup is written and checked (or refused): the backups' overview answers
 * once no backup is under way. Meanwhile a cheap call (`auth.status`) every 100 ms says how long the
 * host kept a caller waiting, so that the screens are measured after it and its cost is shown apart.
 */
async function startBackupDone(url: string, session: string): Promise<WebHost['startBackup']> {
  const started = performance.now();
  let doneMs: number | null = null;
  const done = call<BackupOverview>(url, 'backups.overview', {}, session).then(() => {
    doneMs = performance.now() - started;
  });
  let longestWaitMs = 0;
  while (doneMs === null && performance.now() - started < BACKUP_TIMEOUT_MS) {
    const asked = performance.now();
    // A host that kept a kept-alive connection waiting past its timeout resets it: ask again.
    await call(url, 'auth.status', {}).catch(() => call(url, 'auth.status', {}));
    longestWaitMs = Math.max(longestWaitMs, performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  await done;
  return { doneMs: doneMs ?? performance.now() - started, longestWaitMs };
}

function vmHwmMb(pid: number): number {
  const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!hwm) throw new Error(`no VmHWM for process ${pid}`);
  return Number(hwm[1]) / 1024;
}

/**
 * Starts the built host on `dbPath` (which it may write: pass a copy) and signs in as the benchmark's
 * administrator, creating them first on a database without accounts, as the first start does.
 */
export async function startWebHost(dbPath: string): Promise<WebHost> {
  const child = spawn(process.execPath, [buildHost(), '--db', dbPath, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { NADZOR_RENDERER_DIR: join(ROOT, 'out', 'renderer'), ...process.env },
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    const url = await waitForUrl(child);
    const { state } = await call<{ state: string }>(url, 'auth.status', {});
    const { login, password } = BENCH_ADMIN;
    const signedIn =
      state === 'setup'
        ? await call<SignIn>(url, 'auth.setupAdmin', BENCH_ADMIN)
        : await call<SignIn>(url, 'auth.login', { login, password });
    const startBackup = await startBackupDone(url, signedIn.session);
    const pid = child.pid!;
    return { url, session: signedIn.session, peakRssMb: () => vmHwmMb(pid), startBackup, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
