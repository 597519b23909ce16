import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { officeCertificate } from '../host/office/certificate';
import { comparableName } from '../shared/domain/person-match';
import { benchPgServer, ensurePgBenchDb, onDatabase } from './generate-pg';
import { summarize } from './measure';
import { ROOT } from './paths';
import { parseSize, sizeLabel } from './sizes';

/*
 * Office servers under load: N office servers (each its own process, as `nadzor serve --office` runs
 * it, over TLS) on one PostgreSQL database, M clients spread over them in turn, each client in a loop
 * of reading a case, editing it (its damage, with the version it read), and reading the first page
 * of the case list, for a fixed time:
 *   npm run bench -- scale [--servers 1,2,3] [--clients 20] [--seconds 20] [--size 100k]
 * The database is a fresh copy of the cached benchmark database of that size (bench/generate-pg.ts,
 * on NADZOR_BENCH_PG or NADZOR_TEST_PG), so the edits never change the cache. Every client signs in
 * as its own supervisor, through the server it then uses; sessions live in the database, so any
 * server could answer it. Prints edits per second (committed edits over the measured time, after a
 * warm-up), the reads' median and p95, and conflicts (two clients on one case: refused, as designed).
 */

export interface ScaleResult {
  servers: number;
  clients: number;
  seconds: number;
  edits: number;
  editsPerSecond: number;
  conflicts: number;
  errors: number;
  /** What the errors were, by the API's error code (or the transport's message). */
  errorCodes: Record<string, number>;
  readMedianMs: number;
  readP95Ms: number;
  editMedianMs: number;
  editP95Ms: number;
  /** CPU time per committed edit (its client loop's read, edit and list included), in ms, by process. */
  cpuMsPerEdit: { clients: number; servers: number; postgres: number };
}

/** Linux's clock ticks per second, in which /proc/<pid>/stat counts CPU time. */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, 0 once it is gone. */
function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** The PostgreSQL backends serving `database` (their titles name it), by pid. */
function backendsOf(database: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (title.startsWith('postgres: ') && title.includes(` ${database} `)) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

interface Answer {
  ok: boolean;
  value?: Record<string, unknown>;
  error?: { code: string; message: string };
}

function caller(port: number, ca: string) {
  const agent = new Agent({ keepAlive: true, ca, maxSockets: 64 });
  const call = (method: string, input: unknown, session?: string) =>
    new Promise<Answer>((resolve, reject) => {
      const body = JSON.stringify({ input, meta: { language: 'en', ...(session ? { session } : {}) } });
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: `/api/${method}`,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer);
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { call, close: () => agent.destroy() };
}

function startServer(
  url: string,
  state: string,
  renderer: string,
): Promise<{ child: ChildProcess; port: number }> {
  // NADZOR_BENCH_SERVER_FLAGS: node flags for the servers alone (--cpu-prof --cpu-prof-dir=...).
  const flags = (process.env.NADZOR_BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(
    process.execPath,
    [
      ...flags,
      '--import',
      'tsx',
      join(ROOT, 'bench', 'office-server-child.ts'),
      '--pg',
      url,
      '--state',
      state,
      '--renderer',
      renderer,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const port = /https:\/\/127\.0\.0\.1:(\d+)\//.exec(out)?.[1];
      if (port) resolve({ child, port: Number(port) });
    });
    child.on('exit', (code) => reject(new Error(`office server exited (${code}) before listening: ${out}`)));
  });
}

async function admin(server: string, sql: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Gives the copy's defendants the name keys the app writes with every defendant (the generator's bare
 * inserts leave them empty, bench/raw-insert.ts): an edit that keeps a case's defendants compares its
 * rows with them (sameParties in db/case-rows.ts), and the measurement is of an office's data, where
 * every edit would otherwise rewrite the defendants. Triggers are off for it: no copy depends on the key.
 */
async function withNameKeys(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SET session_replication_role = replica');
    const { rows } = await client.query<{ id: number; full_name: string }>(
      'SELECT id, full_name FROM defendants WHERE name_key IS NULL AND full_name IS NOT NULL',
    );
    for (let i = 0; i < rows.length; i += 50_000) {
      const batch = rows.slice(i, i + 50_000);
      await client.query(
        `UPDATE defendants d SET name_key = k.key FROM unnest($1::integer[], $2::text[]) AS k(id, key)
         WHERE d.id = k.id`,
        [batch.map((r) => r.id), batch.map((r) => comparableName(r.full_name))],
      );
    }
  } finally {
    await client.end();
  }
}

const ok = (answer: Answer, what: string) => {
  if (!answer.ok) throw new Error(`${what}: ${JSON.stringify(answer.error)}`);
  return answer.value!;
};

/** One measurement: `servers` servers, `clients` clients, on a fresh copy of the cached database. */
export async function measureOffice(options: {
  server: string;
  template: string;
  cases: number;
  servers: number;
  clients: number;
  seconds: number;
  warmupSeconds?: number;
  log?: (line: string) => void;
}): Promise<ScaleResult> {
  const log = options.log ?? (() => undefined);
  const name = `nadzor_bench_load_${process.pid}`;
  await admin(options.server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(options.server, `CREATE DATABASE ${name} TEMPLATE ${options.template}`);
  const url = onDatabase(options.server, name);
  await withNameKeys(url);
  const state = mkdtempSync(join(tmpdir(), 'nadzor-bench-office-'));
  const renderer = mkdtempSync(join(tmpdir(), 'nadzor-bench-renderer-'));
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Nadzor</title>');
  const certificate = await officeCertificate({ stateDir: state, listenHost: '127.0.0.1' });
  const started: { child: ChildProcess; port: number }[] = [];
  const callers: ReturnType<typeof caller>[] = [];
  try {
    // One after another: the first migrates the copy (its sessions table) while the others wait.
    for (let i = 0; i < options.servers; i += 1) started.push(await startServer(url, state, renderer));
    for (const s of started) callers.push(caller(s.port, certificate.cert));
    const first = callers[0]!;
    const adminSession = ok(
      await first.call('auth.setupAdmin', {
        fullName: 'Bench Admin',
        login: 'admin',
        password: 'bench-password-1',
      }),
      'setupAdmin',
    ).session as string;
    const sessions: { call: ReturnType<typeof caller>['call']; session: string }[] = [];
    for (let c = 0; c < options.clients; c += 1) {
      const through = callers[c % callers.length]!;
      const login = `sup${c}`;
      ok(
        await first.call(
          'users.create',
          { fullName: `Supervisor ${c}`, login, password: 'temporary-pass-1', role: 'supervisor' },
          adminSession,
        ),
        'users.create',
      );
      const session = ok(await through.call('auth.login', { login, password: 'temporary-pass-1' }), 'login')
        .session as string;
      ok(
        await through.call(
          'auth.changePassword',
          { current: 'temporary-pass-1', next: 'bench-password-1' },
          session,
        ),
        'changePassword',
      );
      sessions.push({ call: through.call, session });
    }
    log(`  ${options.servers} server(s), ${options.clients} clients signed in; running ${options.seconds} s`);

    const warmupEnds = Date.now() + (options.warmupSeconds ?? 3) * 1000;
    const ends = warmupEnds + options.seconds * 1000;
    const reads: number[] = [];
    const edits: number[] = [];
    let committed = 0;
    let conflicts = 0;
    let errors = 0;
    const errorCodes: Record<string, number> = {};
    const failed = (answer: Answer) => {
      errors += 1;
      const code = answer.error?.code ?? 'unknown';
      errorCodes[code] = (errorCodes[code] ?? 0) + 1;
    };
    // CPU used in the measured time, sampled at its start and end: the clients (this process), the
    // servers and the database's backends share the machine's cores.
    const cpu = () => ({
      clients: process.cpuUsage(),
      servers: started.reduce((sum, s) => sum + cpuSecondsOf(s.child.pid!), 0),
      postgres: backendsOf(name).reduce((sum, pid) => sum + cpuSecondsOf(pid), 0),
    });
    let cpuAtStart = cpu();
    let cpuAtEnd = cpuAtStart;
    setTimeout(() => (cpuAtStart = cpu()), warmupEnds - Date.now());
    setTimeout(() => (cpuAtEnd = cpu()), ends - Date.now());
    let seed = 1;
    const nextCase = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return 1 + (seed % options.cases);
    };
    const timed = async (samples: number[], fn: () => Promise<Answer>) => {
      const t = performance.now();
      const answer = await fn();
      const ms = performance.now() - t;
      if (Date.now() > warmupEnds && Date.now() <= ends) samples.push(ms);
      return answer;
    };
    await Promise.all(
      sessions.map(async ({ call, session }) => {
        while (Date.now() < ends) {
          const id = nextCase();
          const got = await timed(reads, () => call('cases.get', { id }, session));
          if (!got.ok) {
            failed(got);
            continue;
          }
          const version = got.value!.version as number;
          const edited = await timed(edits, () =>
            call(
              'cases.edit',
              { id, version, changes: { damageKzt: 1000 * (1 + (seed % 5000)) }, reason: 'bench' },
              session,
            ),
          );
          const counted = Date.now() > warmupEnds && Date.now() <= ends;
          if (edited.ok && counted) committed += 1;
          else if (!edited.ok && edited.error?.code === 'stale_version') conflicts += 1;
          else if (!edited.ok) failed(edited);
          const listed = await timed(reads, () =>
            call('cases.list', { page: 1, pageSize: 50, sort: 'registeredOn', order: 'desc' }, session),
          );
          if (!listed.ok) failed(listed);
        }
      }),
    );
    const r = summarize(reads);
    const e = summarize(edits);
    const perEdit = (seconds: number) => (committed ? (seconds * 1000) / committed : 0);
    const micros = (u: NodeJS.CpuUsage) => u.user + u.system;
    return {
      servers: options.servers,
      clients: options.clients,
      seconds: options.seconds,
      edits: committed,
      editsPerSecond: committed / options.seconds,
      conflicts,
      errors,
      errorCodes,
      readMedianMs: r.medianMs,
      readP95Ms: r.p95Ms,
      editMedianMs: e.medianMs,
      editP95Ms: e.p95Ms,
      cpuMsPerEdit: {
        clients: perEdit((micros(cpuAtEnd.clients) - micros(cpuAtStart.clients)) / 1e6),
        servers: perEdit(cpuAtEnd.servers - cpuAtStart.servers),
        postgres: perEdit(cpuAtEnd.postgres - cpuAtStart.postgres),
      },
    };
  } finally {
    for (const c of callers) c.close();
    for (const s of started) s.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await admin(options.server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      servers: { type: 'string', default: '1,2,3' },
      clients: { type: 'string', default: '20' },
      seconds: { type: 'string', default: '20' },
      size: { type: 'string', default: '100k' },
    },
  });
  const server = benchPgServer();
  if (!server) throw new Error('name a PostgreSQL server in NADZOR_BENCH_PG (or NADZOR_TEST_PG)');
  const size = parseSize(values.size);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const template = new URL(await ensurePgBenchDb(server, size, log)).pathname.slice(1);
  console.log(
    `| Servers | Clients | Edits/s | Edit median | Edit p95 | Read median | Read p95 | Conflicts | Errors |`,
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const n of values.servers.split(',').map(Number)) {
    const r = await measureOffice({
      server,
      template,
      cases: size,
      servers: n,
      clients: Number(values.clients),
      seconds: Number(values.seconds),
      log,
    });
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    console.log(
      `| ${r.servers} | ${r.clients} | ${r.editsPerSecond.toFixed(0)} | ${ms(r.editMedianMs)} | ${ms(r.editP95Ms)} | ${ms(r.readMedianMs)} | ${ms(r.readP95Ms)} | ${r.conflicts} | ${r.errors} |`,
    );
    log(`  ${sizeLabel(size)}: ${JSON.stringify(r)}`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main();
