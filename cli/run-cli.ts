import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;

/**
 * Runs `nadzor <args>` as a user would (`npm run nadzor` without npm: the launcher that runs the built
 * command line, rebuilding it when a source changed), in a child process without NADZOR_DB (unless
 * given). A timeout makes a process kept alive (an undisposed chart's timer) fail instead of hang.
 */
export function runCli(args: string[], env: Record<string, string> = {}, input?: string) {
  const { NADZOR_DB: _ignored, ...rest } = process.env;
  const r = spawnSync(process.execPath, ['scripts/nadzor.mjs', ...args], {
    cwd: root,
    env: { ...rest, ...env },
    encoding: 'utf8',
    timeout: 60_000,
    ...(input === undefined ? {} : { input }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
