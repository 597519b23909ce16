import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../db/ports';
import { openSqliteStore } from '../../../db/sqlite/store';
import { tempDbPath } from '../../../db/test-support';
import { seedReferenceData } from '../../seed-reference';
import { DomainError } from '../../errors';
import { exportCases } from '../export-cases';
import { importCases } from '../import-cases';
import { annualStats } from '../stats';
import { generateDemoFile } from './demo-file';
import { DEMO_NOT_EMPTY, fillDemo } from './fill-demo';

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
  it('imports the demo cases and register through the audited import; they read back exactly as generated', async () => {
    const s = await freshStore();
    const summary = await fillDemo(s, 'test');
    const { cases, monitoring } = generateDemoFile();
    expect(summary).toMatchObject({ cases: cases.length, created: cases.length, updated: 0, skipped: 0 });
    expect(summary.persons).toEqual({
      total: monitoring.length,
      created: monitoring.length,
      updated: 0,
      skipped: 0,
    });
    // Every district, platform and tactic of the demo is preloaded reference data, with its labels.
    expect(summary.newReferences).toEqual({ district: [], article: [], platform: [], tactic: [] });
    const stored = await s.read((r) => r.cases.recordsAfter(0, 10_000));
    expect(stored.map((r) => r.record)).toEqual(cases);
    const register = await s.read((r) => r.monitoring.all());
    expect(register.map((r) => r.record)).toEqual(monitoring);
    for (const { id } of register.slice(0, 5)) {
      const trail = await s.read((r) => r.audit.forEntity('person', String(id)));
      expect(trail.map((e) => e.action)).toEqual(['person.import']);
    }
    const report = await s.read((r) => r.audit.verify());
    expect(report.ok).toBe(true);
  });

  it('exports and imports back to the same file, register and all', async () => {
    const text = async (store: Store) => {
      const chunks: string[] = [];
      await exportCases(store, (c) => void chunks.push(c));
      return chunks.join('');
    };
    const s = await freshStore();
    await fillDemo(s, 'test');
    const once = await text(s);
    const copy = openSqliteStore(':memory:');
    await importCases(copy, 'test', JSON.parse(once), 'refuse');
    expect(await text(copy)).toBe(once);
    await copy.close();
  });

  it('gives the register’s figures for 2024 with re-offenders, and flags for the supervisor', async () => {
    const s = await freshStore();
    await fillDemo(s, 'test');
    const { monitoring } = await annualStats(s, { year: 2024 }, '2026-11-23');
    expect(monitoring.asOf).toBe('2024-12-31');
    expect(monitoring.personsMonitored).toBeGreaterThanOrEqual(20);
    expect(monitoring.checkIns.compliancePct).toBeGreaterThan(80);
    expect(monitoring.reoffendedPersons).toBeGreaterThanOrEqual(2);
    expect(monitoring.reoffenceRate.reoffended).toBeGreaterThanOrEqual(2);
    const matches = await s.read((r) => r.monitoring.matches({}));
    const statuses = matches.map((m) => `${m.status} ${m.basis ?? '-'}`);
    for (const kind of [
      'pending iin',
      'pending nameAndBirthDate',
      'confirmed iin',
      'rejected nameAndBirthDate',
    ])
      expect(statuses).toContain(kind);
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
