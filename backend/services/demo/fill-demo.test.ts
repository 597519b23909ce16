import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../db/ports';
import { openSqliteStore } from '../../../db/sqlite/store';
import { tempDbPath } from '../../../db/test-support';
import { seedReferenceData } from '../../seed-reference';
import { DomainError } from '../../errors';
import { DEMO_NOT_EMPTY, fillDemo } from './fill-demo';
import { generateDemoCases } from './generate';

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function freshStore(): Promise<Store> {
  store = openSqliteStore(tempDbPath());
  await seedReferenceData(store);
  return store;
}

describe('fillDemo', () => {
  it('imports the demo cases through the audited import; they read back exactly as generated', async () => {
    const s = await freshStore();
    const summary = await fillDemo(s, 'test');
    const cases = generateDemoCases();
    expect(summary).toMatchObject({ cases: cases.length, created: cases.length, updated: 0, skipped: 0 });
    // Every district, platform and tactic of the demo is preloaded reference data, with its labels.
    expect(summary.newReferences).toEqual({ district: [], article: [], platform: [], tactic: [] });
    const stored = await s.read((r) => r.cases.recordsAfter(0, 10_000));
    expect(stored.map((r) => r.record)).toEqual(cases);
    const report = await s.read((r) => r.audit.verify());
    expect(report.ok).toBe(true);
  });

  it('refuses a database that already has cases, and changes nothing', async () => {
    const s = await freshStore();
    await fillDemo(s, 'test');
    const entries = await s.read((r) => r.audit.count());
    const error = await fillDemo(s, 'test').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'conflict', key: DEMO_NOT_EMPTY });
    expect(await s.read((r) => r.audit.count())).toBe(entries);
  });
});
