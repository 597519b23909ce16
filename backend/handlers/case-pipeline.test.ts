import { describe, expect, it } from 'vitest';
import { openTestApi } from '../test-api';
import { openSqliteStore } from '../../db/sqlite/store';

async function setup(today = '2024-12-01T10:00:00Z') {
  const { path, backend, call } = await openTestApi(today);
  const created = await call('cases.create', {
    registryNumber: '245100031000123',
    article: '194',
    district: 'Almaty',
    registeredOn: '2024-02-11',
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return { path, backend, call };
}

describe('case pipeline through the API', () => {
  it('refuses an event dated after today at its field, and saves nothing', async () => {
    const { call } = await setup('2024-12-01T10:00:00Z');
    const refused = await call('cases.forward', { id: 1, on: '2024-12-02' });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        issues: [{ path: 'forwardedToCourtOn', key: 'errors.date.future', params: { date: '2024-12-01' } }],
      },
    });
    expect(await call('cases.forward', { id: 1, on: '2024-12-01' })).toMatchObject({ ok: true });
  });

  it('writes no audit entry for a save that changes nothing', async () => {
    const { call } = await setup();
    await call('cases.forward', { id: 1, on: '2024-05-02' });
    const history = async () => {
      const result = await call('audit.caseHistory', { id: 1 });
      if (!result.ok) throw new Error(JSON.stringify(result));
      return (result.value as unknown[]).length;
    };
    const before = await history();
    expect(await call('cases.forward', { id: 1, on: '2024-05-02' })).toMatchObject({ ok: true });
    expect(await history()).toBe(before);
  });

  it('walks a case from registration to sentence, with the stage and timeline following', async () => {
    const { backend, call } = await setup();
    await call('cases.addVictim', {
      id: 1,
      victim: { sex: 'F', birthDate: '1996-04-03', employment: 'informal' },
    });
    await call('cases.addDefendant', {
      id: 1,
      defendant: { fullName: 'Аманов Ерлан', sex: 'M', priorConvictions: 2 },
    });
    expect(await call('cases.forward', { id: 1, on: '2024-05-02' })).toMatchObject({
      ok: true,
      value: { stage: 'forwarded' },
    });
    expect(
      await call('cases.recordVerdict', { id: 1, index: 0, verdict: 'convicted', on: '2024-09-10' }),
    ).toMatchObject({
      value: { stage: 'verdict' },
    });
    const done = await call('cases.recordSentence', {
      id: 1,
      index: 0,
      sentence: { type: 'imprisonment', years: 5, months: 0, on: '2024-09-10' },
    });
    expect(done).toMatchObject({ ok: true, value: { stage: 'sentenced', deadline: { status: 'done' } } });
    expect(done.ok && (done.value as { timeline: { kind: string }[] }).timeline.map((e) => e.kind)).toEqual([
      'registered',
      'forwarded',
      'convicted',
      'sentenced',
    ]);
    const found = await call('cases.list', { search: 'Аман' });
    expect(found).toMatchObject({
      ok: true,
      value: { total: 1, items: [{ defendants: ['Аманов Ерлан'], stage: 'sentenced' }] },
    });
    await backend.close();
  });

  it('refuses an invalid date order at its field and saves nothing', async () => {
    const { path, backend, call } = await setup();
    const result = await call('cases.forward', { id: 1, on: '2024-01-01' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'rule_violation',
        issues: [{ path: 'forwardedToCourtOn', key: 'errors.pipeline.forwardedBeforeRegistered' }],
      },
    });
    await backend.close();
    const store = openSqliteStore(path);
    expect((await store.read((r) => r.cases.record(1)))?.forwardedToCourtOn).toBeNull();
    expect(await store.read((r) => r.audit.forEntity('case', '1'))).toHaveLength(1);
    await store.close();
  });

  it('refuses a forwarding date corrected past a verdict at the forwarding date, naming the verdict', async () => {
    const { backend, call } = await setup();
    await call('cases.addDefendant', { id: 1, defendant: { fullName: 'Аманов Ерлан', sex: 'M' } });
    await call('cases.forward', { id: 1, on: '2024-05-02' });
    await call('cases.recordVerdict', { id: 1, index: 0, verdict: 'convicted', on: '2024-09-10' });
    const refused = await call('cases.forward', { id: 1, on: '2024-09-11', reason: 'Typo in the date' });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        issues: [
          {
            path: 'forwardedToCourtOn',
            key: 'errors.pipeline.forwardedAfterVerdict',
            params: { date: '2024-09-10' },
          },
        ],
      },
    });
    await backend.close();
  });

  it('demands a reason to correct a recorded date, and keeps it in the audit trail', async () => {
    const { path, backend, call } = await setup();
    await call('cases.forward', { id: 1, on: '2024-05-02' });
    expect(await call('cases.forward', { id: 1, on: '2024-05-03' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'reason', key: 'errors.correction.reasonRequired' }] },
    });
    expect(
      await call('cases.forward', { id: 1, on: '2024-05-03', reason: 'Typo in the date' }),
    ).toMatchObject({ ok: true });
    await backend.close();
    const store = openSqliteStore(path);
    const trail = await store.read((r) => r.audit.forEntity('case', '1'));
    expect(trail.at(-1)).toMatchObject({
      action: 'case.forward',
      reason: 'Typo in the date',
      actor: 'user:olga',
    });
    await store.close();
  });

  it('lists overdue and due-soon cases on the dashboard and by filter', async () => {
    const { backend, call } = await setup('2024-04-20T08:00:00Z');
    await call('cases.create', {
      registryNumber: 'SOON',
      article: '194',
      district: 'Nura',
      registeredOn: '2024-02-25',
    });
    await call('cases.create', {
      registryNumber: 'FINE',
      article: '194',
      district: 'Nura',
      registeredOn: '2024-04-01',
    });
    const summary = await call('dashboard.summary', {});
    expect(summary).toMatchObject({
      ok: true,
      value: {
        year: 2024,
        stagesYear: 2024,
        overdue: { total: 1, items: [{ registryNumber: '245100031000123', deadline: 'overdue' }] },
        dueSoon: { total: 1, items: [{ registryNumber: 'SOON', deadline: 'dueSoon' }] },
        totalCases: 3,
      },
    });
    expect(await call('cases.list', { deadline: 'overdue' })).toMatchObject({ value: { total: 1 } });
    await call('settings.setInvestigationDays', { days: 90 });
    expect(await call('cases.list', { deadline: 'overdue' })).toMatchObject({ value: { total: 0 } });
    await backend.close();
  });

  it('filters the list by year, district, stage, article and platform in SQL', async () => {
    const { backend, call } = await setup();
    await call('reference.save', {
      kind: 'platform',
      name: 'Telegram',
      labels: { ru: null, kk: null, en: null },
      active: true,
    });
    await call('cases.create', {
      registryNumber: 'T-1',
      article: '190',
      district: 'Yesil',
      registeredOn: '2023-12-30',
      platforms: ['Telegram'],
    });
    const total = async (q: object) => {
      const r = await call('cases.list', q);
      return r.ok ? (r.value as { total: number }).total : -1;
    };
    expect(await total({ year: 2023 })).toBe(1);
    expect(await total({ district: 'Almaty' })).toBe(1);
    expect(await total({ article: '190' })).toBe(1);
    expect(await total({ platform: 'Telegram' })).toBe(1);
    expect(await total({ stage: 'registered', year: 2024 })).toBe(1);
    await backend.close();
  });
});
