import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../../db/sqlite/store';
import { CASE_FILE_FORMAT } from '../../../../shared/domain/case-file';
import { importCases } from '../../import-cases';
import { caller, openTestApi, TEST_PASSWORD } from '../../../test-api';
import { lastEntry, trail } from './test-support';

describe('settings, accounts, reference data and imports in words', () => {
  it('names each setting saved, and a setting first saved or restored as against its default', async () => {
    const { ok, path, backend } = await openTestApi('2024-12-01T10:00:00Z');
    await ok('settings.setInvestigationDays', { days: 30 });
    await ok('settings.setInvestigationDays', { days: 45 });
    expect((await trail(path, 'setting', 'cases.investigationDays')).map((e) => e.lines)).toEqual([
      ['Investigation term, days: default → 30'],
      ['Investigation term, days: 30 → 45'],
    ]);
    await ok('settings.setIdleMinutes', { minutes: 5 });
    expect((await lastEntry(path, 'setting', 'security.idleMinutes')).lines).toEqual([
      'Lock after inactivity, minutes: default → 5',
    ]);
    await ok('settings.setLanguage', { language: 'kk' });
    expect((await lastEntry(path, 'setting', 'ui.language')).lines).toEqual([
      'Interface language: default → Қазақша',
    ]);

    const report = await ok('reports.settings', {});
    const office = report.texts.ru.office;
    await ok('reports.saveSettings', {
      ...report,
      texts: { ...report.texts, ru: { ...report.texts.ru, office: 'Прокуратура Акмолинской области' } },
    });
    expect((await lastEntry(path, 'setting', 'report.ru.office')).lines).toEqual([
      `Annual review (Russian text): Office: default → Прокуратура Акмолинской области`,
    ]);
    await ok('reports.saveSettings', report);
    expect((await lastEntry(path, 'setting', 'report.ru.office')).lines).toEqual([
      `Annual review (Russian text): Office: Прокуратура Акмолинской области → default`,
    ]);
    expect(office).not.toBe('Прокуратура Акмолинской области');
    await backend.close();
  });

  it('tells account changes field by field and a new password only as "password changed"', async () => {
    const { ok, path, backend } = await openTestApi('2024-12-01T10:00:00Z');
    const created = await ok('users.create', {
      fullName: 'Иванов Пётр',
      login: 'ivanov',
      password: 'temporary-pass-1',
      role: 'supervisor',
    });
    expect((await lastEntry(path, 'user', created.id)).lines).toEqual([
      'Login: ivanov',
      'Full name: Иванов Пётр',
      'Role: Supervisor',
      'Must choose a new password at sign-in: Yes',
    ]);
    const signIn = await caller(backend).ok('auth.login', { login: 'ivanov', password: 'temporary-pass-1' });
    await caller(backend, signIn.session).ok('auth.changePassword', {
      current: 'temporary-pass-1',
      next: TEST_PASSWORD,
    });
    expect(await lastEntry(path, 'user', created.id)).toMatchObject({
      action: 'user.changePassword',
      lines: ['Must choose a new password at sign-in: Yes → No', 'Password changed'],
    });
    await ok('users.update', { id: created.id, fullName: 'Иванов Пётр Сергеевич', role: 'auditor' });
    expect((await lastEntry(path, 'user', created.id)).lines).toEqual([
      'Full name: Иванов Пётр → Иванов Пётр Сергеевич',
      'Role: Supervisor → Auditor',
    ]);
    await ok('users.setDisabled', { id: created.id, disabled: true });
    expect((await lastEntry(path, 'user', created.id)).lines).toEqual(['Account disabled: No → Yes']);
    await ok('users.resetPassword', { id: created.id, password: 'another-pass-22' });
    const reset = await lastEntry(path, 'user', created.id);
    expect(reset.lines).toEqual(['Must choose a new password at sign-in: No → Yes', 'Password changed']);

    const everything = JSON.stringify(await trail(path, 'user', created.id));
    for (const secret of ['password_hash', 'scrypt', 'temporary-pass-1', 'another-pass-22', TEST_PASSWORD])
      expect(everything).not.toContain(secret);
    await backend.close();
  });

  it('words reference values added and retired', async () => {
    const { ok, path, backend } = await openTestApi('2024-12-01T10:00:00Z');
    const saved = await ok('reference.save', {
      kind: 'platform',
      name: 'Signal',
      labels: { ru: 'Сигнал', kk: null, en: null },
      active: true,
    });
    expect((await lastEntry(path, 'platform', saved.id)).lines).toEqual([
      'Name: Signal',
      'In Russian: Сигнал',
      'In use: Yes',
    ]);
    await ok('reference.save', { ...saved, labels: saved.labels, active: false, kind: 'platform' } as never);
    expect((await lastEntry(path, 'platform', saved.id)).lines).toEqual(['In use: Yes → No']);
    await backend.close();
  });

  it('names the file and the choice of an import, and marks the entries it wrote', async () => {
    const { ok, path, backend } = await openTestApi('2024-12-01T10:00:00Z');
    await ok('cases.create', {
      registryNumber: 'R-1',
      article: '194',
      district: 'Almaty',
      registeredOn: '2024-01-10',
    });
    await backend.close();
    const store = openSqliteStore(path);
    const file = {
      format: CASE_FILE_FORMAT,
      cases: [
        { registryNumber: 'R-1', article: '194', district: 'Nura', registeredOn: '2024-01-10' },
        { registryNumber: 'R-2', article: '194', district: 'Almaty', registeredOn: '2024-01-11' },
      ],
    };
    await importCases(store, 'cli:ivanov', file, 'update', { fileName: 'january.json' });
    const run = await store.read(async (r) => (await r.audit.forEntity('import', '1'))[0]!);
    const updated = await store.read(async (r) => (await r.audit.forEntity('case', '1')).at(-1)!);
    await store.close();
    expect((await lastEntry(path, 'import', 1)).lines).toEqual([
      'File: january.json',
      'Cases already in the database: Update them',
    ]);
    expect(run.actor).toBe('cli:ivanov');
    expect(updated).toMatchObject({ action: 'case.import.update', importId: 1 });
    expect((await lastEntry(path, 'case', 1)).lines).toEqual(['District: Almaty → Nura']);
  });
});
