import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestBackend, setUpAdmin } from '../backend/test-api';
import { openClient } from './client-backend';

/*
 * The desktop app's client with this computer's own database (a real SQLite file): the first start's
 * choice, an installation from before the office server, a saved choice that cannot be read, and
 * what the window may not ask once the choice is made.
 */

const en = { language: 'en' as const };
const dataDirOf = () => mkdtempSync(join(tmpdir(), 'nadzor-client-'));
const localIn = (dataDir: string) => () =>
  openTestBackend({ dbPath: join(dataDir, 'nadzor.sqlite'), transport: 'http' });

describe('the desktop app’s client', () => {
  it('chooses this computer at the first start, then answers from its own database', async () => {
    const dataDir = dataDirOf();
    const client = await openClient({ dataDir, openLocal: localIn(dataDir) });
    expect(await client.dispatch('connection.get', {}, en)).toEqual({ ok: true, value: { mode: null } });
    expect(existsSync(join(dataDir, 'nadzor.sqlite'))).toBe(false);
    expect(await client.dispatch('connection.choose', { mode: 'local' }, en)).toEqual({
      ok: true,
      value: { mode: 'local' },
    });
    expect(await client.dispatch('auth.status', {}, en)).toMatchObject({
      ok: true,
      value: { state: 'setup' },
    });
    expect(JSON.parse(readFileSync(join(dataDir, 'connection.json'), 'utf8'))).toEqual({ mode: 'local' });
    // Chosen: the window can no longer probe an address or choose again.
    expect(await client.dispatch('connection.probe', { address: '192.0.2.1' }, en)).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message:
          'This computer’s database is already chosen. Only an administrator can change it, on this computer (docs/office.md).',
        key: 'connection.error.alreadyChosen',
      },
    });
    await client.close();
  });

  it('keeps an installation that already has its database on it, without asking', async () => {
    const dataDir = dataDirOf();
    await (await localIn(dataDir)()).close();
    const client = await openClient({
      dataDir,
      openLocal: localIn(dataDir),
      hasLocalDatabase: () => existsSync(join(dataDir, 'nadzor.sqlite')),
    });
    expect(await client.dispatch('connection.get', {}, en)).toEqual({ ok: true, value: { mode: 'local' } });
    await client.close();
  });

  it('asks again, saying why, when the saved choice is not JSON', async () => {
    const dataDir = dataDirOf();
    writeFileSync(join(dataDir, 'connection.json'), '{"mode": "off');
    const client = await openClient({ dataDir, openLocal: localIn(dataDir) });
    const got = await client.dispatch('connection.get', {}, en);
    expect(got).toMatchObject({ ok: true, value: { mode: null } });
    const problem = (got as { value: { problem: string } }).value.problem;
    expect(problem).toMatch(
      new RegExp(
        `^The saved choice of database \\(${join(dataDir, 'connection.json').replace(/[.\\/]/g, '\\$&')}\\) could not be read: not JSON \\(.+\\)\\. Choose again where this computer’s data is\\.$`,
      ),
    );
    expect(await client.dispatch('auth.status', {}, en)).toMatchObject({
      ok: false,
      error: { code: 'not_available' },
    });
    await client.close();
  });

  it('a backend on this computer’s file, with no client before it, says it is this computer’s', async () => {
    const backend = await localIn(dataDirOf())();
    const session = await setUpAdmin(backend);
    expect(await backend.dispatch('connection.get', {}, { ...en, session })).toEqual({
      ok: true,
      value: { mode: 'local' },
    });
    expect(
      await backend.dispatch('connection.probe', { address: '192.0.2.1' }, { ...en, session }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_available' },
    });
    await backend.close();
  });

  it('refuses an address that is not one, on its field, before any connection', async () => {
    const dataDir = dataDirOf();
    const client = await openClient({ dataDir, openLocal: localIn(dataDir) });
    expect(await client.dispatch('connection.probe', { address: 'http://nadzor server' }, en)).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Some fields need attention',
        key: 'errors.invalidInput',
        issues: [
          {
            path: 'address',
            key: 'errors.connection.address',
            params: {},
            message: 'an address such as 192.168.1.10:4318 or nadzor-server',
          },
        ],
      },
    });
    await client.close();
  });
});
