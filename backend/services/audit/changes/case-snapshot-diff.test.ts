import { describe, expect, it } from 'vitest';
import { openTestApi } from '../../../test-api';
import { lastEntry, trail } from './test-support';

async function withCase() {
  const api = await openTestApi('2024-12-01T10:00:00Z');
  const { id } = await api.ok('cases.create', {
    registryNumber: '245100031000123',
    article: '194',
    district: 'Almaty',
    registeredOn: '2024-02-11',
    platforms: ['Telegram'],
  });
  return { ...api, id, last: () => lastEntry(api.path, 'case', id) };
}

describe('a case entry in words', () => {
  it('lists the filled fields of a new case, with reference ids as names and nothing internal', async () => {
    const { path, id, backend } = await withCase();
    const [created] = await trail(path, 'case', id);
    expect(created!.action).toBe('case.create');
    expect(created!.lines).toEqual([
      'Registry number (ERDR): 245100031000123',
      'Article: 194',
      'District: Almaty',
      'Registration date: 2024-02-11',
      'Stage: Registered',
      'Platforms: Telegram',
    ]);
    expect(created!.changes.every((c) => c.change === 'added')).toBe(true);
    await backend.close();
  });

  it('words an edit of the case details field by field, before → after', async () => {
    const { ok, id, last, backend } = await withCase();
    await ok('cases.edit', {
      id,
      changes: { part: '2', district: 'Yesil', groupCrime: true, damageKzt: 1_500_000 },
    });
    expect((await last()).lines).toEqual([
      'Part: — → 2',
      'District: Almaty → Yesil',
      'Group crime: No → Yes',
      'Damage, tenge: — → 1500000',
    ]);
    await backend.close();
  });

  it('words a change of the platforms and tactics as the lists before and after', async () => {
    const { ok, id, last, backend } = await withCase();
    await ok('cases.edit', {
      id,
      changes: { platforms: ['Instagram', 'Telegram'], tactics: ['intimate-images'] },
    });
    expect((await last()).lines).toEqual([
      'Platforms: Telegram → Instagram, Telegram',
      'Tactics: — → Intimate images',
    ]);
    await backend.close();
  });

  it('tells an added victim with its fields, an edit of victim 2, and a removal of victim 1', async () => {
    const { ok, id, last, backend } = await withCase();
    await ok('cases.addVictim', { id, victim: { sex: 'F', birthDate: '1990-01-01' } });
    expect((await last()).lines).toEqual([
      'Victim 1, added: Sex: Female',
      'Victim 1, added: Date of birth: 1990-01-01',
    ]);
    await ok('cases.addVictim', { id, victim: { sex: 'M', birthYear: 1989, employment: 'student' } });
    await ok('cases.updateVictim', {
      id,
      index: 1,
      victim: { sex: 'M', birthYear: 1990, employment: 'student' },
    });
    expect((await last()).lines).toEqual(['Victim 2: Year of birth: 1989 → 1990']);
    await ok('cases.removeVictim', { id, index: 0 });
    // The second victim moves up, but what went is the first one, not a change of every field.
    expect((await last()).lines).toEqual([
      'Victim 1, removed: Sex: Female',
      'Victim 1, removed: Date of birth: 1990-01-01',
    ]);
    await backend.close();
  });

  it('names a defendant by name and tells a removed one among several', async () => {
    const { ok, id, last, backend } = await withCase();
    await ok('cases.addDefendant', { id, defendant: { fullName: 'Аманов Ерлан', sex: 'M' } });
    await ok('cases.addDefendant', { id, defendant: { fullName: 'Серікова Айгерім', sex: 'F' } });
    await ok('cases.addDefendant', { id, defendant: { fullName: 'Петров Иван', sex: 'M' } });
    await ok('cases.updateDefendant', {
      id,
      index: 1,
      defendant: { fullName: 'Серікова Айгерім', sex: 'F', priorConvictions: 1 },
    });
    expect((await last()).lines).toEqual(['Defendant 2 (Серікова Айгерім): Prior convictions: — → 1']);
    await ok('cases.removeDefendant', { id, index: 1 });
    expect((await last()).lines).toEqual([
      'Defendant 2 (Серікова Айгерім), removed: Full name: Серікова Айгерім',
      'Defendant 2 (Серікова Айгерім), removed: Sex: Female',
      'Defendant 2 (Серікова Айгерім), removed: Prior convictions: 1',
    ]);
    await backend.close();
  });

  it('words each stage: forwarding, verdict, sentence, closing and a corrected date with its reason', async () => {
    const { ok, id, last, path, backend } = await withCase();
    await ok('cases.addDefendant', { id, defendant: { fullName: 'Аманов Ерлан', sex: 'M' } });
    await ok('cases.forward', { id, on: '2024-05-02' });
    expect((await last()).lines).toEqual([
      'Date forwarded to court: — → 2024-05-02',
      'Stage: Registered → Forwarded to court',
    ]);
    await ok('cases.forward', { id, on: '2024-05-03', reason: 'Typo in the covering letter' });
    expect(await last()).toMatchObject({
      reason: 'Typo in the covering letter',
      lines: ['Date forwarded to court: 2024-05-02 → 2024-05-03'],
    });
    await ok('cases.recordVerdict', { id, index: 0, verdict: 'convicted', on: '2024-09-10' });
    expect((await last()).lines).toEqual([
      'Stage: Forwarded to court → Verdict delivered',
      'Defendant 1 (Аманов Ерлан): Date of conviction: — → 2024-09-10',
    ]);
    await ok('cases.recordSentence', {
      id,
      index: 0,
      sentence: { type: 'imprisonment', years: 5, months: 0, on: '2024-09-10' },
    });
    expect((await last()).lines).toEqual([
      'Stage: Verdict delivered → Sentenced',
      'Defendant 1 (Аманов Ерлан): Type of sentence: — → Imprisonment',
      'Defendant 1 (Аманов Ерлан): Term, years: — → 5',
      'Defendant 1 (Аманов Ерлан): Term, months: — → 0',
      'Defendant 1 (Аманов Ерлан): Date the sentence was imposed: — → 2024-09-10',
    ]);

    const other = await ok('cases.create', {
      registryNumber: '245100031000124',
      article: '194',
      district: 'Almaty',
      registeredOn: '2024-02-11',
    });
    await ok('cases.close', { id: other.id, on: '2024-03-01', closedReason: 'suspended' });
    expect((await lastEntry(path, 'case', other.id)).lines).toEqual([
      'Closure date: — → 2024-03-01',
      'Grounds for closure: — → Suspended',
      'Stage: Registered → Closed',
    ]);
    await backend.close();
  });
});
