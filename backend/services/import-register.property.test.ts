import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../db/ports';
import { openSqliteStore } from '../../db/sqlite/store';
import { validCases } from '../../shared/domain/testing/case-arbitrary';
import { validRegister } from '../../shared/domain/testing/register-arbitrary';
import { canonicalFileText } from '../../shared/domain/testing/register-fixtures';
import { exportCases } from './export-cases';
import { importCases } from './import-cases';

async function exported(store: Store): Promise<string> {
  const chunks: string[] = [];
  await exportCases(store, (c) => void chunks.push(c));
  return chunks.join('');
}

const casesWithRegister = validCases(5).chain((cases) =>
  validRegister(cases.map((c) => c.registryNumber)).map((monitoring) => ({ cases, monitoring })),
);

describe('the monitoring register round trip', () => {
  it('exports any valid register exactly as its canonical file, and again after a second import', async () => {
    await fc.assert(
      fc.asyncProperty(casesWithRegister, async ({ cases, monitoring }) => {
        const text = canonicalFileText(cases, monitoring);
        const first = openSqliteStore(':memory:');
        const second = openSqliteStore(':memory:');
        try {
          const summary = await importCases(first, 'test', JSON.parse(text), 'refuse');
          expect(summary.persons.created).toBe(monitoring.length);
          const once = await exported(first);
          expect(once).toBe(text);
          await importCases(second, 'test', JSON.parse(once), 'refuse');
          expect(await exported(second)).toBe(text);
          expect(await second.read((r) => r.audit.verify())).toMatchObject({ ok: true });
        } finally {
          await Promise.all([first.close(), second.close()]);
        }
      }),
      { numRuns: 20 },
    );
  });
});
