import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { getCurrentSuite, getCurrentTest } from 'vitest/suite';
import './cluster-setup';

async function onServer(server: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** What this run says of having no PostgreSQL at all (no server named, none installed), or '' (cluster-setup.ts). */
const skipReason = (): string => inject('pgSkipped');

/**
 * In a run without PostgreSQL (skipReason), skips the describe block that calls this, hooks and all
 * (its hooks would open the database), and returns true. Called at a file's top level, where the
 * file's other tests may be SQLite's, it skips nothing by itself: each test that then asks for the
 * database is skipped when it does (skipOrThrow).
 */
export function skippedWithoutPostgres(): boolean {
  if (!skipReason()) return false;
  const collector = getCurrentSuite();
  // The suite being collected: a skipped suite's hooks and tests are never run.
  if (collector.name !== '' && collector.suite) collector.suite.mode = 'skip';
  return true;
}

/** Skips the running test, in a run without PostgreSQL; anywhere else, says the database is missing. */
function skipOrThrow(what: string): never {
  getCurrentTest()?.context.skip(skipReason());
  throw new Error(`${what}: ${skipReason()}`);
}

/**
 * A fresh, empty PostgreSQL database for the test file (or describe block) that calls this, on the
 * run's server (cluster-setup.ts): created before its tests, dropped after them. Returns a function
 * giving its connection URL. With PostgreSQL installed but no server started, the tests fail and say
 * why; with none installed and none named, they are skipped (skippedWithoutPostgres).
 */
export function usePgDatabase(): () => string {
  if (skippedWithoutPostgres()) return () => skipOrThrow('usePgDatabase');
  let url = '';
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const server = inject('pgServerUrl');
    if (!server) {
      throw new Error(
        `PostgreSQL tests need a server and none could be started: ${inject('pgServerProblem')}. ` +
          'Install PostgreSQL 15 (apt-get install postgresql) or set NADZOR_TEST_PG to a server URL.',
      );
    }
    const name = `nadzor_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await onServer(server, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
    drop = () => onServer(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const address = new URL(server);
    address.pathname = `/${name}`;
    url = address.toString();
  });
  afterAll(async () => {
    await drop?.();
  });
  return () => {
    if (!url) throw new Error('usePgDatabase: the database is made in beforeAll; read the URL inside a test');
    return url;
  };
}
