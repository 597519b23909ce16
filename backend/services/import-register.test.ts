import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../db/ports';
import { openSqliteStore } from '../../db/sqlite/store';
import { CASE_FILE_FORMAT } from '../../shared/domain/case-file';
import type { MonitoredPerson } from '../../shared/domain/monitoring';
import {
  canonicalFileText,
  registerCases,
  registerPersons,
  REGISTER_IIN,
} from '../../shared/domain/testing/register-fixtures';
import { DomainError } from '../errors';
import { exportCases } from './export-cases';
import { importCases, previewImport } from './import-cases';

/*
 * The monitoring register through the importer and the exporter (docs/case-file.md): the round trip,
 * all-or-nothing validation with every problem at its path, conflicts by register number, the audit.
 */

const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});
function emptyStore(): Store {
  const store = openSqliteStore(':memory:');
  stores.push(store);
  return store;
}

const file = (cases: unknown[], monitoring?: unknown[]) => ({
  format: CASE_FILE_FORMAT,
  cases,
  ...(monitoring ? { monitoring } : {}),
});

async function exported(store: Store): Promise<string> {
  const chunks: string[] = [];
  await exportCases(store, (c) => void chunks.push(c));
  return chunks.join('');
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const outcome = await promise.then(
    () => new Error('expected the import to be refused'),
    (error: unknown) => error,
  );
  if (outcome instanceof DomainError) return outcome;
  throw outcome;
}

/** What the database holds: cases, persons and audit entries. */
async function contents(store: Store) {
  return store.read(async (r) => ({
    cases: (await r.cases.recordsAfter(0, 1000)).length,
    persons: (await r.monitoring.all()).length,
    audit: await r.audit.count(),
  }));
}

const person = (i: number) => structuredClone(registerPersons[i]!);
const paths = (error: DomainError) => error.issues.map((i) => `${i.path} ${i.key}`);

describe('importing and exporting the monitoring register', () => {
  it('round-trips a file with cases and a register byte for byte, and again through another database', async () => {
    const text = canonicalFileText(registerCases, registerPersons);
    const first = emptyStore();
    const summary = await importCases(first, 'test', JSON.parse(text), 'refuse');
    expect(summary.persons).toEqual({ total: 2, created: 2, updated: 0, skipped: 0 });
    expect(await exported(first)).toBe(text);
    const second = emptyStore();
    await importCases(second, 'test', JSON.parse(await exported(first)), 'refuse');
    expect(await exported(second)).toBe(text);
  });

  it('exports a v1 file exactly as before: no `monitoring` key, no `iin` keys', async () => {
    const v1Cases = structuredClone(registerCases);
    delete v1Cases[1]!.defendants[0]!.iin;
    const text = canonicalFileText(v1Cases);
    const store = emptyStore();
    await importCases(store, 'test', JSON.parse(text), 'refuse');
    const out = await exported(store);
    expect(out).toBe(text);
    expect(out).not.toMatch(/"monitoring"|"iin"/);
    // An empty register in the file is the same as none.
    const again = emptyStore();
    await importCases(again, 'test', file(v1Cases, []), 'refuse');
    expect(await exported(again)).toBe(text);
  });

  it('leaves the register out of a filtered export, whose cases the links may not name', async () => {
    const store = emptyStore();
    await importCases(store, 'test', file(registerCases, registerPersons), 'refuse');
    const chunks: string[] = [];
    await exportCases(store, (c) => void chunks.push(c), { district: 'Yesil' });
    expect(chunks.join('')).toBe(canonicalFileText([registerCases[1]]));
  });

  it('writes nothing when one person is broken, and names every problem at its JSON path', async () => {
    const store = emptyStore();
    const before = await contents(store);
    const outside = person(0);
    outside.personId = 'M-000003';
    outside.iin = null;
    outside.periods[0]!.events[1]!.on = '2023-05-03';
    const noUntil = person(1);
    noUntil.personId = 'M-000004';
    noUntil.periods[0]!.events.push({ on: '2023-01-10', type: 'extended', description: null, until: null });
    const error = await refusal(
      importCases(
        store,
        'test',
        file(registerCases, [
          person(0),
          { ...person(1), iin: '930715400124' },
          { ...person(1), personId: 'M-000005', iin: '930715400126', birthDate: '1993-07-16' },
          outside,
          noUntil,
          { ...person(1), personId: 'M-000001' },
          { ...person(1), personId: 'M-000007', nickname: 'Айка' },
        ]),
        'refuse',
      ),
    );
    expect(error).toMatchObject({ code: 'invalid_input', params: { count: 6 } });
    expect(paths(error).sort()).toEqual([
      'monitoring[1].iin errors.iin.checkDigit',
      'monitoring[2].iin errors.iin.birthDateMismatch',
      'monitoring[3].periods[0].events[1].on errors.monitoring.eventOutsidePeriod',
      'monitoring[4].periods[0].events[1].until errors.monitoring.extendedUntil',
      'monitoring[5].personId errors.monitoring.personIdDuplicateInFile',
      'monitoring[6].nickname errors.unknownKey',
    ]);
    expect(await contents(store)).toEqual(before);
  });

  it('refuses a link to a case neither in the file nor in the database, with the file’s other problems', async () => {
    const store = emptyStore();
    const before = await contents(store);
    const unknownLink = {
      ...person(1),
      caseLinks: [{ registryNumber: '245100031009999', status: 'confirmed' }],
    };
    const error = await refusal(importCases(store, 'test', file(registerCases, [unknownLink]), 'refuse'));
    expect(error.issues).toEqual([
      {
        path: 'monitoring[0].caseLinks[0].registryNumber',
        key: 'errors.monitoring.linkUnknownCase',
        params: { registryNumber: '245100031009999' },
      },
    ]);
    expect(await contents(store)).toEqual(before);
    const both = await refusal(
      importCases(store, 'test', file(registerCases, [unknownLink, { ...person(0), sex: 'F' }]), 'refuse'),
    );
    expect(paths(both)).toEqual([
      'monitoring[1].iin errors.iin.sexMismatch',
      'monitoring[0].caseLinks[0].registryNumber errors.monitoring.linkUnknownCase',
    ]);
    expect(await contents(store)).toEqual(before);
  });

  it('accepts a link to a case already in the database', async () => {
    const store = emptyStore();
    await importCases(store, 'test', file(registerCases), 'refuse');
    const summary = await importCases(store, 'test', file([], [person(0)]), 'refuse');
    expect(summary.persons).toMatchObject({ created: 1 });
    expect((await store.read((r) => r.monitoring.all()))[0]?.record).toEqual(registerPersons[0]);
  });

  it('refuses known register numbers by default, naming them; skips or updates those persons on request', async () => {
    const store = emptyStore();
    await importCases(store, 'test', file(registerCases, registerPersons), 'refuse');
    const changed: MonitoredPerson = { ...person(1), notes: 'Сменила адрес' };
    const newcomer: MonitoredPerson = { ...person(1), personId: 'M-000003', fullName: 'Ким Денис', sex: 'F' };
    expect(await previewImport(store, file([], [changed, newcomer]))).toMatchObject({
      persons: 2,
      personConflicts: ['M-000002'],
    });
    const before = await contents(store);
    const conflict = await refusal(importCases(store, 'test', file([], [changed, newcomer]), 'refuse'));
    expect(conflict).toMatchObject({
      code: 'conflict',
      key: 'errors.import.conflictsWithPersons',
      params: { count: 1, numbers: 'M-000002' },
    });
    expect(paths(conflict)).toEqual(['monitoring[0].personId errors.import.personExists']);
    expect(await contents(store)).toEqual(before);

    const skipped = await importCases(store, 'test', file([], [changed, newcomer]), 'skip');
    expect(skipped.persons).toEqual({ total: 2, created: 1, updated: 0, skipped: 1 });
    const notes = async () => (await store.read((r) => r.monitoring.all())).map(({ record }) => record.notes);
    expect(await notes()).toEqual([registerPersons[0]!.notes, null, null]);

    const updated = await importCases(store, 'test', file([], [changed]), 'update');
    expect(updated.persons).toEqual({ total: 1, created: 0, updated: 1, skipped: 0 });
    expect(await notes()).toEqual([registerPersons[0]!.notes, 'Сменила адрес', null]);
    const trail = await store.read((r) => r.audit.forEntity('person', '2'));
    expect(trail.map((e) => e.action)).toEqual(['person.import', 'person.import.update']);
  });

  it('refuses an IIN that belongs to another person on the register, in every mode', async () => {
    const store = emptyStore();
    await importCases(store, 'test', file(registerCases, registerPersons), 'refuse');
    const before = await contents(store);
    const impostor = {
      ...person(1),
      personId: 'M-000009',
      iin: REGISTER_IIN,
      fullName: 'Аманов Ерлан',
      sex: 'M',
      birthDate: '1988-01-20',
    };
    const takeover = { ...person(1), iin: REGISTER_IIN, sex: 'M', birthDate: '1988-01-20' };
    for (const [p, mode] of [
      [impostor, 'refuse'],
      [impostor, 'update'],
      [takeover, 'update'],
    ] as const) {
      const error = await refusal(importCases(store, 'test', file([], [p]), mode));
      expect(error.issues).toEqual([
        { path: 'monitoring[0].iin', key: 'errors.monitoring.iinTaken', params: { personId: 'M-000001' } },
      ]);
    }
    expect(await contents(store)).toEqual(before);
    // The owner itself may come again with its own IIN.
    expect((await importCases(store, 'test', file([], [person(0)]), 'update')).persons.updated).toBe(1);
  });

  it('audits each imported person once, and the trail verifies', async () => {
    const store = emptyStore();
    await importCases(store, 'test', file(registerCases, registerPersons), 'refuse');
    const persons = await store.read((r) => r.monitoring.all());
    for (const { id, record } of persons) {
      const trail = await store.read((r) => r.audit.forEntity('person', String(id)));
      expect(trail.map((e) => [e.action, e.actor])).toEqual([['person.import', 'test']]);
      expect(JSON.stringify(trail[0]!.after)).toContain(record.personId);
    }
    expect(await store.read((r) => r.audit.verify())).toMatchObject({ ok: true });
  });
});
