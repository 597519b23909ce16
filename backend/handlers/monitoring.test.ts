import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../db/sqlite/store';
import { openTestApi } from '../test-api';

const IIN = '880120300123'; // 1988-01-20, male, valid check digit

const setup = (today = '2024-12-01T10:00:00Z') => openTestApi(today);

const person = {
  personId: 'M-000001',
  iin: IIN,
  fullName: 'Аманов Ерлан Болатович',
  birthDate: '1988-01-20',
  sex: 'M' as const,
  district: 'Almaty',
};

describe('the monitoring register through the API', () => {
  it('refuses an IIN naming the wrong part, or one that disagrees with the birth date', async () => {
    const { call } = await setup();
    const badDigit = await call('monitoring.create', { person: { ...person, iin: '880120300124' } });
    expect(badDigit).toMatchObject({ ok: false, error: { issues: [{ path: 'person.iin' }] } });
    expect(JSON.stringify(badDigit)).toContain('check digit');
    const otherDate = await call('monitoring.create', { person: { ...person, birthDate: '1988-01-21' } });
    expect(JSON.stringify(otherDate)).toContain('1988-01-20');
    expect((await call('monitoring.list', {})) as unknown).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('gives the next register number and refuses a second person with the same IIN', async () => {
    const { call, ok } = await setup();
    const { personId: _, ...noNumber } = person;
    expect((await ok('monitoring.create', { person: noNumber })).record.personId).toBe('M-000001');
    const again = await call('monitoring.create', { person: { ...noNumber, fullName: 'Другой' } });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(JSON.stringify(again)).toContain('M-000001');
  });

  it('tells what is due and what lapsed, and an acknowledged lapse leaves the overdue list', async () => {
    const { ok } = await setup('2024-12-01T10:00:00Z');
    const { id } = await ok('monitoring.create', { person });
    await ok('monitoring.addPeriod', {
      id,
      period: { type: 'administrative', start: '2024-10-01', end: '2025-03-31', checkInsPerMonth: 1 },
    });
    await ok('monitoring.recordEvent', { id, period: 0, event: { on: '2024-10-15', type: 'attended' } });
    let detail = await ok('monitoring.get', { id });
    expect(detail.periods[0]).toMatchObject({
      active: true,
      overdue: ['2024-11-30'],
      nextDue: '2024-12-31',
      expected: 2,
      attended: 1,
    });
    const overview = await ok('monitoring.overview', {});
    expect(overview).toMatchObject({ underSupervision: 1, overdue: { total: 1 }, dueSoon: { total: 0 } });
    expect((await ok('monitoring.list', { filter: 'overdue' })).total).toBe(1);
    expect((await ok('monitoring.list', { filter: 'dueSoon' })).total).toBe(0);
    expect(overview.overdue.items[0]).toMatchObject({ due: '2024-11-30', person: { personId: 'M-000001' } });

    await ok('monitoring.recordEvent', {
      id,
      period: 0,
      event: { on: '2024-11-30', type: 'missed', description: 'did not come' },
    });
    detail = await ok('monitoring.get', { id });
    expect(detail.periods[0]?.overdue).toEqual([]);
    expect(detail.periods[0]?.attended).toBe(1);
  });

  it('extends and ends a period through events, and refuses events outside it', async () => {
    const { call, ok } = await setup();
    const { id } = await ok('monitoring.create', { person });
    await ok('monitoring.addPeriod', {
      id,
      period: { type: 'probation', start: '2024-01-01', end: '2024-06-30', checkInsPerMonth: 2 },
    });
    const early = await call('monitoring.recordEvent', {
      id,
      period: 0,
      event: { on: '2023-12-31', type: 'warning' },
    });
    expect(early).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
    const extended = await ok('monitoring.recordEvent', {
      id,
      period: 0,
      event: { on: '2024-06-01', type: 'extended', until: '2024-12-31' },
    });
    expect(extended.record.periods[0]?.end).toBe('2024-12-31');
    const ended = await ok('monitoring.recordEvent', {
      id,
      period: 0,
      event: { on: '2024-09-15', type: 'ended' },
    });
    expect(ended.record.periods[0]?.end).toBe('2024-09-15');
    expect(ended.periods[0]?.active).toBe(false);
  });

  it('flags a new case whose defendant has the IIN, on both pages; the confirmation is audited and counted', async () => {
    const { path, backend, ok } = await setup();
    const { id } = await ok('monitoring.create', { person });
    const created = await ok('cases.create', {
      registryNumber: '245100031000900',
      article: '194',
      district: 'Almaty',
      registeredOn: '2024-11-02',
    });
    const withDefendant = await ok('cases.addDefendant', {
      id: created.id,
      defendant: { fullName: 'Аманов Е. Б.', iin: IIN, sex: 'M' },
    });
    expect(withDefendant.record.defendants[0]?.iin).toBe(IIN);
    const onCase = (await ok('cases.get', { id: created.id })).monitoring;
    expect(onCase).toEqual([
      expect.objectContaining({ personDbId: id, basis: 'iin', status: 'pending', defendantIndex: 0 }),
    ]);
    expect((await ok('monitoring.get', { id })).matches).toEqual([
      expect.objectContaining({ caseId: created.id, registryNumber: '245100031000900', status: 'pending' }),
    ]);
    expect((await ok('reports.stats', { year: 2024 })).monitoring.reoffendedPersons).toBe(0);

    await ok('monitoring.decideLink', { id, caseId: created.id, decision: 'confirmed' });
    expect((await ok('cases.get', { id: created.id })).monitoring[0]?.status).toBe('confirmed');
    expect((await ok('reports.stats', { year: 2024 })).monitoring.reoffendedPersons).toBe(1);
    await backend.close();
    const store = openSqliteStore(path);
    const trail = await store.read((r) => r.audit.forEntity('person', String(id)));
    expect(trail.map((e) => e.action)).toEqual(['person.create', 'person.confirmLink']);
    expect(await store.read((r) => r.audit.verify())).toMatchObject({ ok: true });
    await store.close();
  });

  it('suggests a namesake with the same birth date, and remembers a rejection', async () => {
    const { ok } = await setup();
    const { id } = await ok('monitoring.create', { person: { ...person, iin: null } });
    const c = await ok('cases.create', {
      registryNumber: 'R-2',
      article: '194',
      district: 'Almaty',
      registeredOn: '2024-05-05',
    });
    await ok('cases.addDefendant', {
      id: c.id,
      defendant: { fullName: 'аманов  ерлан болатович', birthDate: '1988-01-20', sex: 'M' },
    });
    expect((await ok('monitoring.get', { id })).matches[0]).toMatchObject({
      basis: 'nameAndBirthDate',
      status: 'pending',
    });
    await ok('monitoring.decideLink', { id, caseId: c.id, decision: 'rejected', reason: 'a namesake' });
    expect((await ok('monitoring.get', { id })).matches[0]?.status).toBe('rejected');
    expect((await ok('monitoring.overview', {})).pendingMatches.total).toBe(0);
    await ok('monitoring.decideLink', { id, caseId: c.id, decision: null });
    expect((await ok('monitoring.get', { id })).matches[0]?.status).toBe('pending');
  });

  it('registers a convicted defendant in one step, and that case is never its own re-offence', async () => {
    const { call, ok } = await setup();
    const c = await ok('cases.create', {
      registryNumber: 'R-3',
      article: '194',
      part: '2',
      district: 'Almaty',
      registeredOn: '2023-02-01',
    });
    await ok('cases.addDefendant', {
      id: c.id,
      defendant: { fullName: 'Аманов Ерлан Болатович', iin: IIN, birthDate: '1988-01-20', sex: 'M' },
    });
    const notYet = await call('monitoring.fromDefendant', { caseId: c.id, index: 0 });
    expect(notYet).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
    await ok('cases.forward', { id: c.id, on: '2023-04-01' });
    await ok('cases.recordVerdict', { id: c.id, index: 0, verdict: 'convicted', on: '2023-06-01' });
    await ok('cases.recordSentence', {
      id: c.id,
      index: 0,
      sentence: { type: 'imprisonment', years: 1, months: 6, on: '2023-06-01' },
    });
    const registered = await ok('monitoring.fromDefendant', { caseId: c.id, index: 0 });
    expect(registered.record).toMatchObject({
      personId: 'M-000001',
      iin: IIN,
      birthDate: '1988-01-20',
      district: 'Almaty',
      convictions: [
        {
          article: '194',
          part: '2',
          courtDate: '2023-06-01',
          sentence: 'Imprisonment, 1 year 6 months',
          registryNumber: 'R-3',
        },
      ],
    });
    expect(registered.matches).toEqual([]);
    const twice = await call('monitoring.fromDefendant', { caseId: c.id, index: 0 });
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('keeps the register in the tamper-evident trail: an event changed behind the app is named', async () => {
    const { path, backend, ok } = await setup();
    const { id } = await ok('monitoring.create', { person });
    await ok('monitoring.addPeriod', {
      id,
      period: { type: 'parole', start: '2024-01-01', checkInsPerMonth: 1 },
    });
    await ok('monitoring.recordEvent', { id, period: 0, event: { on: '2024-02-10', type: 'violation' } });
    await backend.close();
    const db = new Database(path);
    db.exec(`UPDATE supervision_events SET type = 'attended'`);
    db.close();
    const store = openSqliteStore(path);
    const report = await store.read((r) => r.audit.verify());
    await store.close();
    expect(report).toMatchObject({ ok: false });
    expect(report.ok ? '' : report.problem).toContain(`person ${id}`);
  });
});
