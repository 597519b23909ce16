import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
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

/**
 * A fresh, empty PostgreSQL database for the test file (or describe block) that calls this, on the
 * run's server (cluster-setup.ts): created before its tests, dropped after them. Returns a function
 * giving its connection URL. Without a server the tests fail and say why; they are never skipped.
 */
export function usePgDatabase(): () => string {
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
