import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../db/sqlite/store';
import { openTestApi, signedInAs } from '../test-api';

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

  it('removes an event recorded by mistake, with its reason in the trail; the figures follow at once', async () => {
    const { call, ok, path, backend } = await setup('2024-12-01T10:00:00Z');
    const { id } = await ok('monitoring.create', { person });
    await ok('monitoring.addPeriod', {
      id,
      period: { type: 'administrative', start: '2024-10-01', end: '2025-03-31', checkInsPerMonth: 1 },
    });
    await ok('monitoring.recordEvent', { id, period: 0, event: { on: '2024-10-15', type: 'attended' } });
    await ok('monitoring.recordEvent', { id, period: 0, event: { on: '2024-11-20', type: 'attended' } });
    const warned = await ok('monitoring.recordEvent', {
      id,
      period: 0,
      event: { on: '2024-11-25', type: 'warning', description: 'typed on the wrong person' },
    });
    expect(warned.periods[0]).toMatchObject({ expected: 2, attended: 2, overdue: [] });
    let stats = (await ok('reports.stats', { year: 2024 })).monitoring;
    expect(stats).toMatchObject({ warnings: 1, checkIns: { expected: 2, attended: 2 } });

    // The November attendance (event 2 of 3, in date order) was recorded by mistake.
    const removed = await ok('monitoring.removeEvent', {
      id,
      version: warned.version,
      period: 0,
      event: 1,
      reason: 'Recorded on the wrong day',
    });
    expect(removed.record.periods[0]!.events.map((e) => [e.on, e.type])).toEqual([
      ['2024-10-15', 'attended'],
      ['2024-11-25', 'warning'],
    ]);
    expect(removed.periods[0]).toMatchObject({ expected: 2, attended: 1, overdue: ['2024-11-30'] });
    expect((await ok('monitoring.overview', {})).overdue.total).toBe(1);
    stats = (await ok('reports.stats', { year: 2024 })).monitoring;
    expect(stats).toMatchObject({ warnings: 1, checkIns: { expected: 2, attended: 1 } });

    const warning = await ok('monitoring.removeEvent', { id, version: removed.version, period: 0, event: 1 });
    expect(warning.record.periods[0]!.events).toHaveLength(1);
    expect((await ok('reports.stats', { year: 2024 })).monitoring.warnings).toBe(0);

    // An index made on an older version may name another event by now: refused, nothing removed.
    const stale = await call('monitoring.removeEvent', { id, version: removed.version, period: 0, event: 0 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'stale_version' } });
    const missing = await call('monitoring.removeEvent', {
      id,
      version: warning.version,
      period: 0,
      event: 5,
    });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'There is no such event' },
    });
    expect((await ok('monitoring.get', { id })).record.periods[0]!.events).toHaveLength(1);

    await backend.close();
    const store = openSqliteStore(path);
    const trail = await store.read((r) => r.audit.forEntity('person', String(id)));
    expect(trail.slice(-2).map((e) => [e.action, e.reason])).toEqual([
      ['person.removeEvent', 'Recorded on the wrong day'],
      ['person.removeEvent', null],
    ]);
    expect(await store.read((r) => r.audit.verify())).toMatchObject({ ok: true });
    await store.close();
  });

  it('gives a period back the end it had when an extension or an end recorded by mistake is removed', async () => {
    const { call, ok } = await setup();
    const { id } = await ok('monitoring.create', { person });
    await ok('monitoring.addPeriod', {
      id,
      period: { type: 'probation', start: '2024-01-01', end: '2024-06-30', checkInsPerMonth: 0 },
    });
    await ok('monitoring.recordEvent', { id, period: 0, event: { on: '2024-02-10', type: 'violation' } });
    const ended = await ok('monitoring.recordEvent', {
      id,
      period: 0,
      event: { on: '2024-03-01', type: 'ended' },
    });
    expect(ended.record.periods[0]!.end).toBe('2024-03-01');
    // Only an extension or an end moved the end: removing a violation takes none.
    const notThat = await call('monitoring.removeEvent', {
      id,
      version: ended.version,
      period: 0,
      event: 0,
      end: '2024-12-31',
    });
    expect(notThat).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', issues: [{ path: 'end' }] },
    });
    // An end before an event still in the period is refused whole.
    const tooEarly = await call('monitoring.removeEvent', {
      id,
      version: ended.version,
      period: 0,
      event: 1,
      end: '2024-02-01',
    });
    expect(tooEarly).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
    const back = await ok('monitoring.removeEvent', {
      id,
      version: ended.version,
      period: 0,
      event: 1,
      end: '2024-06-30',
      reason: 'The court did not end it',
    });
    expect(back.record.periods[0]).toMatchObject({ end: '2024-06-30', events: [{ type: 'violation' }] });
    // Left out, the end stays as the event left it.
    const extended = await ok('monitoring.recordEvent', {
      id,
      period: 0,
      event: { on: '2024-06-01', type: 'extended', until: '2024-09-30' },
    });
    const kept = await ok('monitoring.removeEvent', { id, version: extended.version, period: 0, event: 1 });
    expect(kept.record.periods[0]).toMatchObject({ end: '2024-09-30', events: [{ type: 'violation' }] });
  });

  it('removes a period recorded by mistake with its events, and the year no longer counts it', async () => {
    const { call, ok } = await setup('2024-12-01T10:00:00Z');
    const { id } = await ok('monitoring.create', { person });
    await ok('monitoring.addPeriod', {
      id,
      period: { type: 'administrative', start: '2024-09-01', end: '2025-08-31', checkInsPerMonth: 2 },
    });
    const twice = await ok('monitoring.addPeriod', {
      id,
      period: { type: 'probation', start: '2024-10-01', end: '2025-03-31', checkInsPerMonth: 1 },
    });
    await ok('monitoring.recordEvent', { id, period: 1, event: { on: '2024-10-20', type: 'violation' } });
    let stats = (await ok('reports.stats', { year: 2024 })).monitoring;
    expect(stats).toMatchObject({ newPeriods: 2, violations: 1, personsMonitored: 1 });
    const withEvent = await ok('monitoring.get', { id });
    const missing = await call('monitoring.removePeriod', { id, version: withEvent.version, index: 2 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(twice.version).toBeLessThan(withEvent.version);
    const stale = await call('monitoring.removePeriod', { id, version: twice.version, index: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'stale_version' } });

    const left = await ok('monitoring.removePeriod', {
      id,
      version: withEvent.version,
      index: 1,
      reason: 'Entered twice',
    });
    expect(left.record.periods.map((p) => p.type)).toEqual(['administrative']);
    expect(left.periods).toHaveLength(1);
    stats = (await ok('reports.stats', { year: 2024 })).monitoring;
    expect(stats).toMatchObject({ newPeriods: 1, violations: 0, personsMonitored: 1 });
  });

  it('refuses the removals to the roles that may not write to the register, and keeps everything', async () => {
    const { ok, backend, session } = await setup();
    const { id } = await ok('monitoring.create', { person });
    await ok('monitoring.addPeriod', {
      id,
      period: { type: 'administrative', start: '2024-10-01', checkInsPerMonth: 1 },
    });
    const { version } = await ok('monitoring.recordEvent', {
      id,
      period: 0,
      event: { on: '2024-10-15', type: 'attended' },
    });
    for (const role of ['reporter', 'auditor'] as const) {
      const other = await signedInAs(backend, session, role, `${role}1`);
      for (const [method, input] of [
        ['monitoring.removeEvent', { id, version, period: 0, event: 0, reason: 'x' }],
        ['monitoring.removePeriod', { id, version, index: 0, reason: 'x' }],
      ] as const) {
        expect(await other.call(method, input), `${role} ${method}`).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    }
    const after = await ok('monitoring.get', { id });
    expect(after.version).toBe(version);
    expect(after.record.periods[0]!.events).toHaveLength(1);
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
    // The case page says who is on the register from it, and with which entry.
    expect(await ok('cases.get', { id: c.id })).toMatchObject({
      monitoring: [],
      registered: [
        {
          defendantIndex: 0,
          personDbId: registered.id,
          personId: 'M-000001',
          personName: 'Аманов Ерлан Болатович',
        },
      ],
    });
    const twice = await call('monitoring.fromDefendant', { caseId: c.id, index: 0 });
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('does not register twice a convicted defendant with neither an IIN nor a register number', async () => {
    const { call, ok } = await setup();
    const c = await ok('cases.create', {
      registryNumber: 'R-4',
      article: '194',
      district: 'Almaty',
      registeredOn: '2023-02-01',
    });
    await ok('cases.addDefendant', {
      id: c.id,
      defendant: { fullName: 'Лебедева Вера Викторовна', birthDate: '1990-05-05', sex: 'F' },
    });
    await ok('cases.forward', { id: c.id, on: '2023-04-01' });
    await ok('cases.recordVerdict', { id: c.id, index: 0, verdict: 'convicted', on: '2023-06-01' });
    await ok('cases.recordSentence', {
      id: c.id,
      index: 0,
      sentence: { type: 'imprisonment', years: 7, months: 0, on: '2023-06-01' },
    });
    expect((await ok('cases.get', { id: c.id })).registered).toEqual([]);
    const first = await ok('monitoring.fromDefendant', { caseId: c.id, index: 0 });
    // The conviction's sentence as the case page words it: no "0 months" beside the years.
    expect(first.record.convictions[0]?.sentence).toBe('Imprisonment, 7 years');
    expect((await ok('cases.get', { id: c.id })).registered).toEqual([
      {
        defendantIndex: 0,
        personDbId: first.id,
        personId: 'M-000001',
        personName: 'Лебедева Вера Викторовна',
      },
    ]);
    const twice = await call('monitoring.fromDefendant', { caseId: c.id, index: 0 });
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'This person is already on the register as M-000001' },
    });
    expect((await ok('monitoring.list', {})).total).toBe(1);
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
