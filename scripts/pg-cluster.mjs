// A throwaway PostgreSQL cluster for tests and CI: `node scripts/pg-cluster.mjs start [dir]` makes a
// temporary data directory, starts a server on a free port of 127.0.0.1 and prints its connection URL
// (also written to <dir>/url); `node scripts/pg-cluster.mjs stop <dir>` stops it and removes the
// directory. PostgreSQL refuses to run as root, so as root initdb and pg_ctl run as the `postgres` user.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const PG_BIN = process.env.NADZOR_PG_BIN ?? '/usr/lib/postgresql/15/bin';

const asRoot = process.getuid?.() === 0;

/**
 * What the run says when the PostgreSQL part of `npm test` is skipped, or null when it runs: it runs
 * on the server `NADZOR_TEST_PG` names (CI always names one), else on a throwaway cluster of the
 * installed PostgreSQL; with neither, it is skipped and the run says so. PostgreSQL installed but
 * failing to start is no reason to skip: those tests then fail and say why.
 */
export function postgresSkipped(env = process.env, bin = PG_BIN) {
  if (env.NADZOR_TEST_PG || existsSync(join(bin, 'initdb'))) return null;
  return `PostgreSQL part skipped: NADZOR_TEST_PG names no server and PostgreSQL is not installed (${bin} is missing)`;
}

/** Runs a PostgreSQL program, as the `postgres` user when we are root. */
function pgRun(program, args) {
  const binary = join(PG_BIN, program);
  if (!existsSync(binary)) {
    throw new Error(
      `PostgreSQL is not installed: ${binary} is missing (Debian: apt-get install postgresql; or set NADZOR_PG_BIN)`,
    );
  }
  const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  return execFileSync(command, argv, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Copies a freshly initdb'd data directory to `data`. The first call of a machine runs initdb into a
 * template kept in the temporary directory; later ones copy it, which on a busy machine takes a second
 * where initdb takes ten. Concurrent first calls each make one, and the first renamed into place wins.
 */
function copyInitialisedData(data, owner) {
  const template = join(tmpdir(), `nadzor-pg-template-${PG_BIN.replace(/\W+/g, '_')}`);
  if (!existsSync(join(template, 'PG_VERSION'))) {
    const making = mkdtempSync(`${template}-`);
    if (owner) chownSync(making, owner.uid, owner.gid);
    try {
      pgRun('initdb', [
        '-D',
        join(making, 'data'),
        '-U',
        'postgres',
        '--auth=trust',
        '-E',
        'UTF8',
        '--locale=C.UTF-8',
        '-N',
      ]);
      renameSync(join(making, 'data'), template);
    } catch (error) {
      if (!existsSync(join(template, 'PG_VERSION'))) throw error;
    } finally {
      rmSync(making, { recursive: true, force: true });
    }
  }
  // -a keeps the owner (the postgres user) and the 0700 mode PostgreSQL insists on.
  execFileSync('cp', ['-a', template, data]);
}

/** Starts a cluster in `dir` (a new temporary directory by default); resolves to { dir, url }. */
export async function startCluster(dir = mkdtempSync(join(tmpdir(), 'nadzor-pg-'))) {
  mkdirSync(dir, { recursive: true });
  const data = join(dir, 'data');
  const sockets = join(dir, 'sockets');
  mkdirSync(sockets, { recursive: true });
  const uid = asRoot ? Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()) : 0;
  const gid = asRoot ? Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()) : 0;
  if (asRoot) {
    for (const path of [dir, sockets]) chownSync(path, uid, gid);
    chmodSync(dir, 0o755);
  }
  try {
    copyInitialisedData(data, asRoot ? { uid, gid } : null);
    const port = await freePort();
    // Durability is pointless for a throwaway cluster: no fsync makes CREATE DATABASE and commits fast.
    const options = `-p ${port} -k ${sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    // Kept so that startServer can start the same server again on the same port after stopServer.
    writeFileSync(join(dir, 'options'), options);
    startServer(dir);
    const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    writeFileSync(join(dir, 'url'), url + '\n');
    return { dir, url };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL test cluster did not start: ${error.stderr || error.message}`);
  }
}

/**
 * Stops the server of the cluster in `dir` as an administrator would (`pg_ctl stop -m fast`: open
 * transactions are rolled back and every connection is cut), keeping its data for startServer.
 */
export function stopServer(dir) {
  pgRun('pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
}

/** Starts the server of the cluster in `dir` (again) on the port it was made with; returns once it accepts connections. */
export function startServer(dir) {
  const options = readFileSync(join(dir, 'options'), 'utf8');
  pgRun('pg_ctl', ['-D', join(dir, 'data'), '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
}

/** Stops the cluster in `dir` at once and removes the directory. */
export function stopCluster(dir) {
  const data = join(dir, 'data');
  if (existsSync(join(data, 'postmaster.pid')))
    pgRun('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
  rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [command, dir] = process.argv.slice(2);
  if (command === 'start') {
    const cluster = await startCluster(dir);
    console.log(cluster.url);
  } else if (command === 'stop' && dir) {
    stopCluster(dir);
  } else if (command === 'url' && dir) {
    process.stdout.write(readFileSync(join(dir, 'url'), 'utf8'));
  } else {
    console.error('usage: node scripts/pg-cluster.mjs start [dir] | stop <dir> | url <dir>');
    process.exit(2);
  }
}
