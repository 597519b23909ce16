import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../db/sqlite/store';
import { tempDbPath } from '../../db/test-support';
import { CASE_FILE_FORMAT, parseCaseFile } from '../../shared/domain/case-file';
import type { CaseRecord } from '../../shared/domain/case-record';
import { validCases } from '../../shared/domain/testing/case-arbitrary';
import { DomainError } from '../errors';
import { exportCases } from './export-cases';
import { importCases } from './import-cases';

const file = (cases: unknown[]) => ({ format: CASE_FILE_FORMAT, cases });

async function exported(store: ReturnType<typeof openSqliteStore>): Promise<string> {
  const chunks: string[] = [];
  await exportCases(store, (c) => void chunks.push(c));
  return chunks.join('');
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

describe('import and export', () => {
  it('round-trips any valid file: import → export gives the same cases; export → import → export is identical', async () => {
    await fc.assert(
      fc.asyncProperty(validCases(), async (cases) => {
        const first = openSqliteStore(tempDbPath('a.sqlite'));
        await importCases(first, 'test', file(cases), 'refuse');
        const once = await exported(first);
        const parsed = parseCaseFile(JSON.parse(once));
        expect(parsed.ok && parsed.file.cases).toEqual(cases);
        const second = openSqliteStore(tempDbPath('b.sqlite'));
        await importCases(second, 'test', JSON.parse(once), 'refuse');
        expect(await exported(second)).toBe(once);
        expect(await second.read((r) => r.audit.verify())).toMatchObject({ ok: true });
        await Promise.all([first.close(), second.close()]);
      }),
      { numRuns: 15 },
    );
  });

  it('reports any single broken rule at its JSON path and writes nothing', async () => {
    const breakers: [string, (c: CaseRecord) => void][] = [
      ['sex', (c) => Object.assign(c.victims[0] ?? c, c.victims[0] ? { sex: 'X' } : { groupCrime: 'yes' })],
      [
        'forwardedToCourtOn',
        (c) => Object.assign(c, { forwardedToCourtOn: '1990-01-01', closedOn: null, closedReason: null }),
      ],
      ['registryNumber', (c) => Object.assign(c, { registryNumber: 'x'.repeat(40) })],
      ['typo', (c) => Object.assign(c, { registerdOn: '2024-01-01' })],
    ];
    await fc.assert(
      fc.asyncProperty(
        validCases(5),
        fc.nat(),
        fc.constantFrom(...breakers),
        async (cases, n, [, breakIt]) => {
          const store = openSqliteStore(tempDbPath());
          const entriesBefore = await store.read((r) => r.audit.count());
          const i = n % cases.length;
          const damaged = structuredClone(cases) as unknown as Record<string, unknown>[];
          breakIt(damaged[i] as unknown as CaseRecord);
          const error = await refusal(importCases(store, 'test', file(damaged), 'refuse'));
          expect(error.code).toBe('invalid_input');
          expect(error.issues.length).toBeGreaterThan(0);
          for (const issue of error.issues) expect(issue.path.startsWith(`cases[${i}].`)).toBe(true);
          expect(
            await store.read((r) =>
              r.cases.list({ page: 1, pageSize: 1, sort: 'registeredOn', order: 'asc' }),
            ),
          ).toMatchObject({ total: 0 });
          expect(await store.read((r) => r.audit.count())).toBe(entriesBefore);
          await store.close();
        },
      ),
      { numRuns: 25 },
    );
  });

  it('names the paths the spec shows, every problem at once', async () => {
    const store = openSqliteStore(tempDbPath());
    const error = await refusal(
      importCases(
        store,
        't',
        {
          format: 'nadzor.cases/v2',
          cases: [
            { registryNumber: 'A', article: '194', district: 'Almaty', registeredOn: '2024-01-01' },
            {
              registryNumber: 'A',
              article: 194,
              district: 'Almaty',
              registeredOn: '2024-13-01',
              defendants: [{ sex: 'X' }],
            },
          ],
        },
        'refuse',
      ),
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      'format',
      'cases[1].article',
      'cases[1].registeredOn',
      'cases[1].defendants[0].sex',
      // Its number is compared with the others' all the same.
      'cases[1].registryNumber',
    ]);
    await store.close();
  });

  it('refuses known registry numbers by default, naming them; skips or updates them on request', async () => {
    const store = openSqliteStore(tempDbPath());
    const one = { registryNumber: 'R-1', article: '194', district: 'Almaty', registeredOn: '2024-01-01' };
    const two = {
      registryNumber: 'R-2',
      article: '194',
      district: 'Kosshy',
      registeredOn: '2024-01-02',
      platforms: ['Snapchat'],
    };
    expect(await importCases(store, 't', file([one]), 'refuse')).toMatchObject({
      created: 1,
      newReferences: { district: ['Almaty'] },
    });
    const error = await refusal(importCases(store, 't', file([{ ...one, part: '2' }, two]), 'refuse'));
    expect(error).toMatchObject({ code: 'conflict', params: { count: 1, numbers: 'R-1' } });
    expect(await importCases(store, 't', file([{ ...one, part: '2' }, two]), 'skip')).toMatchObject({
      created: 1,
      skipped: 1,
      newReferences: { district: ['Kosshy'], platform: ['Snapchat'] },
    });
    expect((await store.read((r) => r.cases.record(1)))?.part).toBeNull();
    expect(await importCases(store, 't', file([{ ...one, part: '2' }]), 'update')).toMatchObject({
      updated: 1,
    });
    expect((await store.read((r) => r.cases.record(1)))?.part).toBe('2');
    const trail = await store.read((r) => r.audit.forEntity('case', '1'));
    expect(trail.map((e) => e.action)).toEqual(['case.import', 'case.import.update']);
    await store.close();
  });

  it('with skip, a case left as it is creates no name of its own and counts none of its people', async () => {
    const store = openSqliteStore(tempDbPath());
    const known = { registryNumber: 'R-1', article: '194', district: 'Almaty', registeredOn: '2024-01-01' };
    await importCases(store, 't', file([known]), 'refuse');
    const skipped = {
      ...known,
      district: 'Omega',
      platforms: ['Signal'],
      tactics: ['doxxing'],
      victims: [{ sex: 'F' }, { sex: 'M' }],
      defendants: [{ sex: 'M' }],
    };
    const added = {
      registryNumber: 'R-2',
      article: '194',
      district: 'Kosshy',
      registeredOn: '2024-01-02',
      victims: [{ sex: 'F' }],
    };
    expect(await importCases(store, 't', file([skipped, added]), 'skip')).toEqual({
      cases: 2,
      created: 1,
      updated: 0,
      skipped: 1,
      victims: 1,
      defendants: 0,
      newReferences: { district: ['Kosshy'], article: [], platform: [], tactic: [] },
      persons: { total: 0, created: 0, updated: 0, skipped: 0 },
    });
    const names = await store.read(async (r) => ({
      districts: [...(await r.reference.ids('district')).keys()],
      platforms: [...(await r.reference.ids('platform')).keys()],
      tactics: [...(await r.reference.ids('tactic')).keys()],
    }));
    expect(names.districts).toEqual(expect.arrayContaining(['Almaty', 'Kosshy']));
    expect(names.districts).not.toContain('Omega');
    expect(names.platforms).not.toContain('Signal');
    expect(names.tactics).not.toContain('doxxing');
    // With update the same case is written, and its new names with it.
    expect(await importCases(store, 't', file([skipped]), 'update')).toMatchObject({
      updated: 1,
      victims: 2,
      defendants: 1,
      newReferences: { district: ['Omega'], platform: ['Signal'], tactic: ['doxxing'] },
    });
    await store.close();
  });
});
