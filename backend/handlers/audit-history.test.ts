import { describe, expect, it } from 'vitest';
import { openTestApi, signedInAs } from '../test-api';

async function withCase() {
  const api = await openTestApi('2024-12-01T10:00:00Z');
  const { id } = await api.ok('cases.create', {
    registryNumber: '245100031000123',
    article: '194',
    district: 'Almaty',
    registeredOn: '2024-02-11',
  });
  await api.ok('cases.forward', { id, on: '2024-04-20' });
  return { ...api, id };
}

describe('the history of a case and a person through the API', () => {
  it('names the supervisor who corrected a forwarding date, the reason, and the date before → after', async () => {
    const { backend, session, ok, id } = await withCase();
    const supervisor = await signedInAs(backend, session, 'supervisor', 'petrov');
    await supervisor.ok('cases.forward', {
      id,
      on: '2024-04-22',
      reason: 'The covering letter is dated 22.04.2024',
    });

    const history = await ok('audit.caseHistory', { id });
    expect(history.map((e) => e.action)).toEqual(['case.create', 'case.forward', 'case.forward']);
    expect(history.at(-1)).toMatchObject({
      actor: 'user:petrov',
      actorName: 'supervisor petrov',
      entityType: 'case',
      entityId: String(id),
      entityLabel: '245100031000123',
      reason: 'The covering letter is dated 22.04.2024',
      importId: null,
      changes: [
        {
          field: 'caseView.field.forwardedToCourtOn',
          change: 'changed',
          before: [{ kind: 'date', date: '2024-04-20' }],
          after: [{ kind: 'date', date: '2024-04-22' }],
        },
      ],
    });
    expect(history[0]).toMatchObject({ actor: 'user:olga', actorName: 'Olga Admin', reason: null });
    await backend.close();
  });

  it('gives a person’s history with the recorded event, and one entry by its number with its hashes', async () => {
    const { ok, backend } = await openTestApi('2024-12-01T10:00:00Z');
    const { id } = await ok('monitoring.create', {
      person: { fullName: 'Аманов Ерлан', birthDate: '1988-01-20', sex: 'M', district: 'Almaty' },
    });
    await ok('monitoring.addPeriod', {
      id,
      period: { type: 'probation', start: '2024-10-01', end: '2025-03-31', checkInsPerMonth: 1 },
    });
    await ok('monitoring.recordEvent', { id, period: 0, event: { on: '2024-10-15', type: 'attended' } });
    const history = await ok('audit.personHistory', { id });
    const last = history.at(-1)!;
    expect(last).toMatchObject({ action: 'person.event.attended', entityLabel: 'M-000001' });
    expect(last.changes).toContainEqual({
      field: 'monitoring.event.type',
      part: {
        kind: 'event',
        position: 1,
        label: null,
        of: {
          kind: 'period',
          position: 1,
          label: null,
          details: [
            { kind: 'term', key: 'monitoring.supervisionType.probation' },
            { kind: 'date', date: '2024-10-01' },
          ],
        },
        details: [
          { kind: 'term', key: 'monitoring.eventType.attended' },
          { kind: 'date', date: '2024-10-15' },
        ],
      },
      change: 'added',
      before: [],
      after: [{ kind: 'term', key: 'monitoring.eventType.attended' }],
    });

    const detail = await ok('audit.entry', { seq: last.seq });
    expect(detail).toMatchObject(last);
    expect(detail.prevHash).toMatch(/^[0-9a-f]{64}$/);
    expect(detail.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await ok('audit.entry', { seq: last.seq - 1 })).hash).toBe(detail.prevHash);
    await backend.close();
  });

  it('refuses an unknown entry, case or person with a clear message', async () => {
    const { call, backend } = await openTestApi();
    expect(await call('audit.entry', { seq: 999_999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'There is no audit entry No. 999999' },
    });
    expect(await call('audit.caseHistory', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'Case not found' },
    });
    expect(await call('audit.personHistory', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await backend.close();
  });

  it('shows the trail to auditors and admins only', async () => {
    const { backend, session, ok, id } = await withCase();
    const auditor = await signedInAs(backend, session, 'auditor', 'audit');
    expect((await auditor.ok('audit.caseHistory', { id })).length).toBe(2);
    for (const role of ['supervisor', 'reporter'] as const) {
      const other = await signedInAs(backend, session, role, `${role}1`);
      expect(await other.call('audit.caseHistory', { id })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await other.call('audit.entry', { seq: 1 })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect((await ok('audit.entry', { seq: 1 })).seq).toBe(1);
    await backend.close();
  });
});
