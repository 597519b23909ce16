import { afterAll, describe, expect, it } from 'vitest';
import { caller, openTestBackend, setUpAdmin } from '../test-api';
import type { Backend } from '../types';
import { usePgDatabase } from '../../db/postgres/testing/test-database';
import { tempDbPath } from '../../db/test-support';

/*
 * app.info names the database the app works on, for Settings › About: the SQLite file's path, or the
 * PostgreSQL server's host, port, database and user, never its password or any other parameter.
 */

describe('app.info', () => {
  const database = usePgDatabase();
  const opened: Backend[] = [];
  afterAll(async () => {
    for (const backend of opened) await backend.close();
  });
  const info = async (backend: Backend) => {
    opened.push(backend);
    return caller(backend, await setUpAdmin(backend)).ok('app.info', {});
  };

  it('shows the SQLite file’s path', async () => {
    const path = tempDbPath();
    expect(await info(await openTestBackend({ dbPath: path, transport: 'electron' }))).toMatchObject({
      databasePath: path,
      transport: 'electron',
    });
  });

  it('shows the PostgreSQL server, port, database and user, without the password or other parameters', async () => {
    const given = new URL(database());
    const { hostname, port, pathname } = given;
    given.password = 's3cret-pw';
    given.searchParams.set('application_name', 'nadzor-office');
    given.searchParams.set('password', 's3cret-too');
    const shown = (await info(await openTestBackend({ pg: given.toString(), transport: 'http' })))
      .databasePath;
    expect(shown).toBe(`postgresql://postgres@${hostname}:${port}${pathname}`);
    expect(shown).not.toContain('s3cret');
  });
});
