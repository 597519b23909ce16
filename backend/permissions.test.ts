import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDbPath } from '../db/test-support';
import { contract, methodNames, type MethodName } from '../shared/api/contract';
import { accessOf, methodAccess, roleMay } from '../shared/api/permissions';
import { roles } from '../shared/domain/accounts';
import { createHostServer } from '../host/http-server';
import type { caller } from './test-api';
import { openTestApi, openTestBackend, setUpAdmin, signedInAs } from './test-api';

type ErrorCode = string | undefined;
const codeOf = (result: { ok: boolean; error?: { code: string } }): ErrorCode =>
  result.ok ? undefined : result.error?.code;

const dataWrites = methodNames.filter((m) => contract[m].mutates && contract[m].scope === 'data');
const needsSession = methodNames.filter((m) => methodAccess[m] !== 'anyone');

/**
 * A fingerprint of everything stored: every row of every table (sorted, so a table without rowid is
 * read the same way), hashed per table. Two equal fingerprints mean nothing was written.
 */
function fingerprint(db: Database.Database): Record<string, string> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
  }[];
  return Object.fromEntries(
    tables.map(({ name }) => {
      const rows = db
        .prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort();
      return [name, createHash('sha256').update(rows.join('\n')).digest('hex')];
    }),
  );
}

const auditCount = (db: Database.Database) =>
  (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

describe('the permission table', () => {
  it('has an entry for every method of the contract, and nothing else', () => {
    expect(Object.keys(methodAccess).sort()).toEqual([...methodNames].sort());
    for (const m of methodNames) expect(accessOf(m), m).toBe(methodAccess[m]);
  });

  it('denies by default: a name not in the table has no access and no role may call it', () => {
    for (const name of [
      'cases.drop',
      'users.delete',
      'toString',
      'constructor',
      '__proto__',
      'hasOwnProperty',
      '',
    ]) {
      expect(accessOf(name), name).toBeUndefined();
      for (const r of roles) expect(roleMay(r, name as MethodName), `${r} ${name}`).toBe(false);
    }
  });

  it('opens to anyone only what it takes to sign in, and to every signed-in user only their own', () => {
    const open = methodNames.filter((m) => methodAccess[m] === 'anyone').sort();
    expect(open).toEqual(['auth.login', 'auth.setupAdmin', 'auth.status']);
    for (const m of methodNames.filter((m) => methodAccess[m] === 'signedIn'))
      expect(contract[m].scope, m).toBe('own');
    // No data is ever changed by a method every role has.
    for (const m of dataWrites)
      for (const access of ['anyone', 'signedIn']) expect(methodAccess[m]).not.toBe(access);
  });

  it('lets the auditor and the reporter change no data at all', () => {
    for (const m of dataWrites)
      for (const r of ['auditor', 'reporter'] as const) expect(roleMay(r, m), m).toBe(false);
  });
});

describe('the dispatcher', () => {
  it('refuses a method name missing from the table before anything else', async () => {
    const { backend, session } = await openTestApi();
    for (const name of ['cases.drop', 'toString', '__proto__', 'constructor']) {
      const result = await backend.dispatch(name, {}, { language: 'en', session });
      expect(codeOf(result), name).toBe('unknown_method');
    }
    await backend.close();
  });

  it('refuses a method of the contract whose permission entry is missing (deny by default)', async () => {
    const { backend, session, call } = await openTestApi();
    const table = methodAccess as Partial<Record<MethodName, string>>;
    const saved = table['cases.list'];
    delete table['cases.list'];
    try {
      expect(accessOf('cases.list')).toBeUndefined();
      for (const r of roles) expect(roleMay(r, 'cases.list'), r).toBe(false);
      expect(codeOf(await backend.dispatch('cases.list', {}, { language: 'en', session }))).toBe(
        'unknown_method',
      );
    } finally {
      table['cases.list'] = saved;
    }
    expect((await call('cases.list', {})).ok).toBe(true);
    await backend.close();
  });
});

describe('roles that change nothing', () => {
  let api: Awaited<ReturnType<typeof openTestApi>>;
  let db: Database.Database;
  const as = {} as Record<'auditor' | 'reporter', ReturnType<typeof caller>>;

  beforeAll(async () => {
    api = await openTestApi('2026-01-15T09:00:00Z'); // after the demo data end: none may be in the future
    await api.ok('demo.fill', {});
    as.auditor = await signedInAs(api.backend, api.session, 'auditor', 'aliya');
    as.reporter = await signedInAs(api.backend, api.session, 'reporter', 'bolat');
    db = new Database(api.path, { readonly: true });
  }, 120_000);
  afterAll(async () => {
    db.close();
    await api.backend.close();
  });

  it('are refused every data-changing method of the contract, and nothing is written', async () => {
    expect(dataWrites.length).toBeGreaterThan(30);
    // The corrections of the register too: removing an event or a period recorded by mistake.
    expect(dataWrites).toEqual(expect.arrayContaining(['monitoring.removeEvent', 'monitoring.removePeriod']));
    const before = fingerprint(db);
    const trail = auditCount(db);
    expect(trail).toBeGreaterThan(200);
    for (const who of ['auditor', 'reporter'] as const) {
      for (const method of dataWrites) {
        // The permission check comes before validation: an empty payload is refused as forbidden.
        for (const payload of [{}, { id: 1 }]) {
          const result = await as[who].call(method, payload);
          expect(codeOf(result), `${who} ${method}`).toBe('forbidden');
        }
        expect(auditCount(db), `${who} ${method}`).toBe(trail);
        expect(fingerprint(db), `${who} ${method}`).toEqual(before);
      }
    }
  });

  it('are not refused what their role is for', async () => {
    for (const who of ['auditor', 'reporter'] as const) {
      for (const method of methodNames.filter((m) => roleMay(who, m) && methodAccess[m] !== 'anyone')) {
        const result = await as[who].call(method, { __probe: true });
        // The strict schemas refuse the unknown field: the call got past the permission check.
        expect(codeOf(result), `${who} ${method}`).not.toBe('forbidden');
        expect(codeOf(result), `${who} ${method}`).not.toBe('unauthenticated');
      }
    }
  });
});

describe('a supervisor', () => {
  const supervisorMay = (m: MethodName) =>
    (['read', 'cases.write', 'monitoring.write', 'import'] as string[]).includes(methodAccess[m]);

  it('is refused accounts, settings, reference data, reports, export and the audit trail', async () => {
    const { backend, session, path } = await openTestApi();
    const supervisor = await signedInAs(backend, session, 'supervisor', 'dana');
    const db = new Database(path, { readonly: true });
    const before = fingerprint(db);
    const refused = methodNames.filter(
      (m) => !supervisorMay(m) && !['anyone', 'signedIn'].includes(methodAccess[m]),
    );
    expect(refused).toEqual(
      expect.arrayContaining(['users.create', 'users.list', 'settings.setInvestigationDays', 'audit.list']),
    );
    for (const method of refused) {
      expect(methodAccess[method]).toMatch(
        /^(accounts|settings|reference|audit\.read|audit\.export|reports|export|backups)$/,
      );
      expect(codeOf(await supervisor.call(method, {})), method).toBe('forbidden');
    }
    expect(fingerprint(db)).toEqual(before);
    db.close();
    await backend.close();
  });

  it('may work on cases, the register and imports', async () => {
    const { backend, session } = await openTestApi();
    const supervisor = await signedInAs(backend, session, 'supervisor', 'dana');
    const allowed = methodNames.filter((m) => supervisorMay(m) && /^(cases|monitoring)\./.test(m));
    expect(allowed).toEqual(
      expect.arrayContaining([
        'cases.create',
        'monitoring.recordEvent',
        'monitoring.removeEvent',
        'monitoring.removePeriod',
        'cases.importStart',
      ]),
    );
    for (const method of allowed) {
      // An unknown field is refused by the strict schema, so nothing is written, yet the role passed.
      expect(codeOf(await supervisor.call(method, { __probe: true })), method).toBe('invalid_input');
    }
    const created = await supervisor.call('cases.create', {
      registryNumber: '245100031000900',
      article: '194',
      district: 'Almaty',
      registeredOn: '2024-02-11',
    });
    expect(created.ok).toBe(true);
    await backend.close();
  });
});

describe('backups and restore', () => {
  const backupMethods = methodNames.filter((m) => m.startsWith('backups.'));

  it("are the administrator's alone: every other role is refused each of them, and nothing is written", async () => {
    expect(backupMethods.sort()).toEqual([
      'backups.create',
      'backups.describe',
      'backups.overview',
      'backups.restore',
      'backups.saveSettings',
    ]);
    for (const m of backupMethods) expect(methodAccess[m], m).toBe('backups');
    expect(roles.filter((r) => backupMethods.every((m) => roleMay(r, m)))).toEqual(['admin']);
    const { backend, session, path } = await openTestApi();
    const others = {
      supervisor: await signedInAs(backend, session, 'supervisor', 'dana'),
      reporter: await signedInAs(backend, session, 'reporter', 'bolat'),
      auditor: await signedInAs(backend, session, 'auditor', 'aliya'),
    };
    const db = new Database(path, { readonly: true });
    const before = fingerprint(db);
    for (const [who, api] of Object.entries(others))
      for (const m of backupMethods)
        expect(codeOf(await api.call(m, { file: 'nadzor-20261205-080000-000.sqlite' })), `${who} ${m}`).toBe(
          'forbidden',
        );
    expect(fingerprint(db)).toEqual(before);
    db.close();
    await backend.close();
  });
});

describe('without a session', () => {
  it('every method but signing in is refused as unauthenticated by the dispatcher', async () => {
    const { backend } = await openTestApi();
    for (const method of methodNames) {
      for (const meta of [
        { language: 'en' as const },
        { language: 'en' as const, session: 'not-a-session' },
      ]) {
        const code = codeOf(await backend.dispatch(method, {}, meta));
        if (methodAccess[method] === 'anyone') expect(code, method).not.toBe('unauthenticated');
        else expect(code, method).toBe('unauthenticated');
      }
    }
    expect(needsSession.length).toBe(methodNames.length - 3);
    await backend.close();
  });

  it('every method but signing in is refused as unauthenticated over the HTTP host', async () => {
    const backend = await openTestBackend({ dbPath: tempDbPath(), transport: 'http' });
    await setUpAdmin(backend);
    const root = mkdtempSync(join(tmpdir(), 'nadzor-host-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Nadzor</title>');
    const server = createHostServer({ backend, rendererDir: root, token: 'per-start-token' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const method of methodNames) {
        const response = await fetch(`${base}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer per-start-token' },
          body: JSON.stringify({ input: {}, meta: { language: 'en' } }),
        });
        expect(response.status, method).toBe(200);
        const code = codeOf((await response.json()) as { ok: boolean; error?: { code: string } });
        if (methodAccess[method] === 'anyone') expect(code, method).not.toBe('unauthenticated');
        else expect(code, method).toBe('unauthenticated');
      }
    } finally {
      server.close();
      await backend.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
