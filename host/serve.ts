import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openBackend, DatabaseDiskError, DatabaseOpenError, startupRestoreFor } from '../backend';
import { openClient } from '../office-client/client-backend';
import { createHostServer } from './http-server';
import { listenOnLoopback } from './listen';

const usage = 'usage: npm run serve -- (--db <file> | --client <data folder>) [--port <n>]';

function fail(message: string, code: number): never {
  console.error(`nadzor serve: ${message}`);
  process.exit(code);
}

/** For a damaged file: the latest good backup, and the command that puts it back. */
function restoreHint(error: DatabaseOpenError, dbPath: string): string {
  if (error.code !== 'db_damaged') return '';
  const good = startupRestoreFor(dbPath);
  if (!good) return '';
  return (
    `\nthe latest good backup is ${good.path} (${good.backup.at}, ${good.holds.cases} cases); ` +
    `put it back with: npm run nadzor -- restore ${good.path} --db ${dbPath}`
  );
}

async function main(): Promise<void> {
  let values: { db?: string | undefined; client?: string | undefined; port?: string | undefined };
  try {
    ({ values } = parseArgs({
      options: { db: { type: 'string' }, client: { type: 'string' }, port: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`, 2);
  }
  // `--client`: the desktop app's first start and its choice (this computer, or the office server), as
  // Electron runs it, with `dir` as the app's data folder; a browser then shows what the window shows.
  const clientDir = values.client;
  const dbPath = values.db ?? process.env.NADZOR_DB;
  if (clientDir && values.db) fail(`--db and --client go apart\n${usage}`, 2);
  if (!dbPath && !clientDir) fail(`no database: pass --db <file> or set NADZOR_DB\n${usage}`, 2);
  const port = Number(values.port ?? 4317);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be a number from 0 to 65535\n${usage}`, 2);

  // Tests running side by side may each serve their own copy of the built renderer. This file runs
  // built, as out/host/serve.mjs (scripts/serve.mjs), next to out/renderer.
  const rendererDir = resolve(process.env.NADZOR_RENDERER_DIR ?? resolve(import.meta.dirname, '../renderer'));
  if (!existsSync(resolve(rendererDir, 'index.html')))
    fail('the renderer is not built: run `npm run build` first', 1);

  const openLocal = (path: string) =>
    openBackend({ dbPath: resolve(path), transport: 'http', autoBackups: true }).catch((error: unknown) => {
      if (error instanceof DatabaseOpenError) fail(`${error.message}${restoreHint(error, resolve(path))}`, 1);
      if (error instanceof DatabaseDiskError) fail(error.message, 1);
      throw error;
    });
  const backend = clientDir
    ? await openClient({
        dataDir: resolve(clientDir),
        openLocal: () => openLocal(resolve(clientDir, 'nadzor.sqlite')),
      })
    : await openLocal(dbPath!);
  const token = randomBytes(24).toString('hex');
  const server = createHostServer({ backend, rendererDir, token });

  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') fail(`port ${port} is in use; choose another with --port`, 1);
    fail(error.message, 1);
  });
  listenOnLoopback(server, { port, token, backend });
}

void main();
