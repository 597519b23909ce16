import { describe, expect, it, vi } from 'vitest';
import { contract, methodNames } from '../shared/api/contract';
import { tempDbPath } from '../db/test-support';
import { latestSchemaVersion } from '../db/migrations';
import { handlers } from './handlers';
import { TEST_PASSWORD_COST } from './auth/test-cost';
import { openTestBackend, setUpAdmin, TEST_PASSWORD } from './test-api';
import type { Backend } from './types';

const newCase = {
  registryNumber: '245100031000123',
  article: '194',
  district: 'Almaty',
  registeredOn: '2024-02-11',
};

/** A backend whose every call carries its first administrator's session. */
async function signedIn(opened: Backend): Promise<Backend> {
  const session = await setUpAdmin(opened);
  return {
    ...opened,
    dispatch: (method, input, meta) => opened.dispatch(method, input, { ...meta, session }),
  };
}

async function backend() {
  return signedIn(await openTestBackend({ dbPath: tempDbPath(), transport: 'http' }));
}

describe('dispatch', () => {
  it('has exactly one handler for every method of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
    for (const name of methodNames) expect(typeof contract[name].mutates).toBe('boolean');
  });

  it('refuses an unknown method by code, worded in the caller’s language', async () => {
    const b = await backend();
    expect(await b.dispatch('cases.drop', {}, { language: 'en' })).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'Unknown operation “cases.drop”' },
    });
    await b.close();
  });

  it('validates the payload before any handler runs, and writes nothing when it is invalid', async () => {
    const b = await backend();
    const result = await b.dispatch(
      'cases.create',
      { ...newCase, registeredOn: '2024-02-30', extra: true },
      { language: 'ru' },
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'Проверьте выделенные поля' },
    });
    if (result.ok) return;
    expect(result.error.issues?.map((i) => i.path).sort()).toEqual(['extra', 'registeredOn']);
    const list = await b.dispatch('cases.list', {}, { language: 'ru' });
    expect(list).toMatchObject({ ok: true, value: { total: 0 } });
    await b.close();
  });

  it('creates a case, lists it, and refuses the same registry number at its field', async () => {
    const b = await backend();
    expect(await b.dispatch('cases.create', newCase, { language: 'en' })).toMatchObject({
      ok: true,
      value: {
        id: 1,
        record: { registryNumber: newCase.registryNumber, district: 'Almaty' },
        stage: 'registered',
      },
    });
    const again = await b.dispatch('cases.create', newCase, { language: 'kk' });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', issues: [{ path: 'registryNumber', key: 'errors.registryNumber.taken' }] },
    });
    expect(await b.dispatch('cases.list', { search: '2451' }, { language: 'en' })).toMatchObject({
      ok: true,
      value: { total: 1, items: [{ registryNumber: newCase.registryNumber }] },
    });
    await b.close();
  });

  it('names an unknown district or article at its field', async () => {
    const b = await backend();
    expect(
      await b.dispatch('cases.create', { ...newCase, district: 'Atlantis' }, { language: 'en' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'rule_violation',
        message: 'Unknown district “Atlantis”',
        issues: [{ path: 'district' }],
      },
    });
    expect(
      await b.dispatch('cases.create', { ...newCase, article: '999' }, { language: 'en' }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'article', key: 'errors.reference.article' }] },
    });
    await b.close();
  });

  it('preloads the Astana districts and article 194 through the audited path', async () => {
    const b = await backend();
    const districts = await b.dispatch('reference.districts', {}, { language: 'en' });
    expect(districts.ok && (districts.value as { name: string }[]).map((d) => d.name)).toEqual([
      'Almaty',
      'Baikonyr',
      'Nura',
      'Saryarka',
      'Yesil',
    ]);
    const articles = await b.dispatch('reference.articles', {}, { language: 'en' });
    expect(articles.ok && (articles.value as { code: string }[]).map((a) => a.code)).toContain('194');
    await b.close();
  });

  it('persists the language and reports app info', async () => {
    const path = tempDbPath();
    const first = await signedIn(await openTestBackend({ dbPath: path, transport: 'http' }));
    expect(await first.dispatch('settings.get', {}, undefined)).toEqual({
      ok: true,
      value: { language: 'ru', investigationDays: 60, idleMinutes: 15 },
    });
    await first.dispatch('settings.setLanguage', { language: 'kk' }, undefined);
    await first.close();
    const reopened = await openTestBackend({ dbPath: path, transport: 'electron' });
    const signIn = await reopened.dispatch(
      'auth.login',
      { login: 'olga', password: TEST_PASSWORD },
      undefined,
    );
    const session = signIn.ok ? (signIn.value as { session: string }).session : '';
    const second: Backend = {
      ...reopened,
      dispatch: (method, input, meta) => reopened.dispatch(method, input, { ...meta, session }),
    };
    expect(await second.dispatch('settings.get', {}, undefined)).toMatchObject({
      ok: true,
      value: { language: 'kk' },
    });
    expect(await second.dispatch('settings.setLanguage', { language: 'fr' }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'language', key: 'errors.oneOf' }] },
    });
    expect(await second.dispatch('app.info', {}, undefined)).toMatchObject({
      ok: true,
      value: { schemaVersion: latestSchemaVersion, databasePath: path, transport: 'electron' },
    });
    await second.close();
  });

  it('hides internal failures behind a stable code and logs them', async () => {
    const { createDispatch } = await import('./dispatch');
    const { openSqliteStore } = await import('../db/sqlite/store');
    const { Sessions } = await import('./auth/sessions');
    const log = vi.fn();
    const failing = { ...handlers, 'cases.list': () => Promise.reject(new Error('disk on fire')) };
    const store = openSqliteStore(tempDbPath());
    const sessions = new Sessions(
      () => new Date(),
      (id) => store.read((r) => r.users.byId(id)),
    );
    const base = {
      store,
      sessions,
      transport: 'http',
      engine: 'sqlite',
      version: 't',
      now: () => new Date(),
      passwordCost: TEST_PASSWORD_COST,
    } as const;
    const dispatch = createDispatch(failing, base, log);
    const signIn = await dispatch(
      'auth.setupAdmin',
      { fullName: 'A', login: 'adm', password: TEST_PASSWORD },
      undefined,
    );
    const session = signIn.ok ? (signIn.value as { session: string }).session : '';
    const result = await dispatch('cases.list', {}, { language: 'en', session });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
    expect(log).toHaveBeenCalledOnce();
  });
});
