import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;

/**
 * Runs `nadzor <args>` as a user would, in a child process without NADZOR_DB (unless given).
 * A timeout makes a process kept alive (an undisposed chart's timer) fail instead of hang.
 */
export function runCli(args: string[], env: Record<string, string> = {}, input?: string) {
  const { NADZOR_DB: _ignored, ...rest } = process.env;
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {
    cwd: root,
    env: { ...rest, ...env },
    encoding: 'utf8',
    timeout: 60_000,
    ...(input === undefined ? {} : { input }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
