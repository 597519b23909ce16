import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildNodeEntry, CLI, HOST } from '../scripts/build-node.mjs';

/*
 * The real programs the harness kills: the built command line (out/cli/main.mjs) and the built local
 * host (out/host/serve.mjs), each started as `npm run nadzor` and `npm run serve` start them, minus
 * the launcher's build check (done once here).
 */

const root = resolve(import.meta.dirname, '..');

/** Builds the command line and the host when a source changed; their files. */
export function builtPrograms(): { cli: string; host: string } {
  return {
    cli: buildNodeEntry(CLI.entry, CLI.outDir).file,
    host: buildNodeEntry(HOST.entry, HOST.outDir).file,
  };
}

/** Resolves with how the process ended (its exit code, or the signal that ended it). */
export const ended = (child: ChildProcess): Promise<{ code: number | null; signal: string | null }> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve({ code: child.exitCode, signal: child.signalCode })
    : new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));

/** Kills `child` with SIGKILL (no handler runs, nothing is flushed) and waits until it is gone. */
export async function killHard(child: ChildProcess): Promise<void> {
  child.kill('SIGKILL');
  await ended(child);
}

/** A child's output, gathered as it comes (for the checks and for a failure's report). */
export function collect(child: ChildProcess): { text: () => string } {
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { text: () => text };
}

export function startCli(cli: string, args: string[]): ChildProcess {
  return spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A renderer folder the host accepts (it serves no page in these runs; only the API is called). */
function rendererDir(): string {
  const dir = join(tmpdir(), 'nadzor-reliability-renderer');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Nadzor</title>');
  return dir;
}

const URL_LINE = /Nadzor is running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=([0-9a-f]+)/;

export interface Host {
  child: ChildProcess;
  origin: string;
  token: string;
  output: () => string;
}

/** Starts the built host on `dbPath` at a free port and waits for the address it prints. */
export function startHost(host: string, dbPath: string): Promise<Host> {
  const child = spawn(process.execPath, [host, '--db', dbPath, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NADZOR_RENDERER_DIR: rendererDir() },
  });
  const out = collect(child);
  return new Promise((done, fail) => {
    const onExit = () => fail(new Error(`the host exited before it was ready:\n${out.text()}`));
    child.once('exit', onExit);
    const onData = () => {
      const match = URL_LINE.exec(out.text());
      if (!match) return;
      child.off('exit', onExit);
      child.stdout?.off('data', onData);
      done({ child, origin: match[1]!, token: match[2]!, output: out.text });
    };
    child.stdout?.on('data', onData);
  });
}

/** One API call as the page makes it: the start's token, the session (when signed in) and a language. */
export async function callApi(
  host: Host,
  method: string,
  input: unknown,
  session?: string,
  language = 'en',
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    body: JSON.stringify({ input, meta: { language, ...(session ? { session } : {}) } }),
  });
  return (await response.json()) as {
    ok: boolean;
    value?: unknown;
    error?: { code: string; message: string };
  };
}
