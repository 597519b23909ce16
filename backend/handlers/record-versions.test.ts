import { describe, expect, it } from 'vitest';
import { tempDbPath } from '../../db/test-support';
import { caller, openTestBackend, setUpAdmin, signedInAs } from '../test-api';

/** Two people on one case: the admin Olga Admin and the supervisor dana, both reading version 1. */
async function setup() {
  const backend = await openTestBackend({
    dbPath: tempDbPath(),
    transport: 'http',
    now: () => new Date('2026-11-20T12:00:00Z'),
  });
  const session = await setUpAdmin(backend);
  const olga = caller(backend, session);
  const dana = await signedInAs(backend, session, 'supervisor', 'dana');
  const created = await olga.ok('cases.create', {
    registryNumber: '245100031000123',
    article: '194',
    district: 'Almaty',
    registeredOn: '2026-10-01',
  });
  return { backend, session, olga, dana, id: created.id, version: created.version };
}

describe('an edit made on an older version of a case', () => {
  it('is refused naming who changed the case and when, and nothing of it is written', async () => {
    const { olga, dana, id, version } = await setup();
    expect(version).toBe(1);
    const forwarded = await dana.ok('cases.forward', { id, version, on: '2026-11-02' });
    expect(forwarded.version).toBe(2);

    const refused = await olga.call('cases.edit', { id, version, changes: { damageKzt: 5000 } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'stale_version' } });
    if (refused.ok) return;
    expect(refused.error.message).toMatch(
      /^Changed by supervisor dana \(dana\) at 20 Nov 2026, \d\d:\d\d while you were editing\./,
    );
    const now = await olga.ok('cases.get', { id });
    expect(now).toMatchObject({ version: 2, record: { damageKzt: null, forwardedToCourtOn: '2026-11-02' } });
    expect(await olga.ok('audit.caseHistory', { id })).toHaveLength(2);

    // Applied again on the version just read, it is saved, and the other change stays.
    const saved = await olga.ok('cases.edit', { id, version: 2, changes: { damageKzt: 5000 } });
    expect(saved).toMatchObject({
      version: 3,
      record: { damageKzt: 5000, forwardedToCourtOn: '2026-11-02' },
    });
  });

  it('is refused before a party index is read on the changed case', async () => {
    const { olga, dana, id } = await setup();
    await dana.ok('cases.addVictim', { id, version: 1, victim: { sex: 'F', birthYear: 1990 } });
    // Olga still sees no victim; dana's is at index 0, and must not be the one removed.
    const refused = await olga.call('cases.removeVictim', { id, version: 1, index: 0 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'stale_version' } });
    expect((await olga.ok('cases.get', { id })).record.victims).toHaveLength(1);
  });

  it('is worded in the caller’s language', async () => {
    const { backend, session, dana, id } = await setup();
    await dana.ok('cases.forward', { id, version: 1, on: '2026-11-02' });
    const refusal = async (language: 'ru' | 'kk') => {
      const result = await backend.dispatch(
        'cases.edit',
        { id, version: 1, changes: { groupCrime: true } },
        { language, session },
      );
      return result.ok ? '' : result.error.message;
    };
    expect(await refusal('ru')).toMatch(
      /^Дело изменено другим пользователем: supervisor dana \(dana\), 20\.11\.2026, \d\d:\d\d\. /,
    );
    expect(await refusal('kk')).toMatch(
      /^Істі басқа пайдаланушы өзгертті: supervisor dana \(dana\), 20\.11\.2026, \d\d:\d\d\. /,
    );
  });
});

describe('an edit made on an older version of a register person', () => {
  it('is refused naming who changed the person and when, and applied again it is saved', async () => {
    const { olga, dana } = await setup();
    const person = await olga.ok('monitoring.create', {
      person: {
        iin: '880120300123',
        fullName: 'Аманов Ерлан Болатович',
        birthDate: '1988-01-20',
        sex: 'M',
        district: 'Almaty',
      },
    });
    expect(person.version).toBe(1);
    const { id } = person;
    const conviction = { article: '194', courtDate: '2020-05-11' };
    expect((await dana.ok('monitoring.addConviction', { id, version: 1, conviction })).version).toBe(2);

    const refused = await olga.call('monitoring.removeConviction', { id, version: 1, index: 0, reason: 'x' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'stale_version' } });
    if (refused.ok) return;
    expect(refused.error.message).toMatch(
      /^Changed by supervisor dana \(dana\) at 20 Nov 2026, \d\d:\d\d while you were editing\. The person/,
    );
    expect(await olga.ok('monitoring.get', { id })).toMatchObject({
      version: 2,
      record: { convictions: [{ article: '194' }] },
    });

    const saved = await olga.ok('monitoring.addConviction', {
      id,
      version: 2,
      conviction: { article: '188', courtDate: '2021-01-12' },
    });
    expect(saved.version).toBe(3);
    expect(saved.record.convictions.map((c) => c.article)).toEqual(['194', '188']);
  });
});
