import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { openSqliteStore } from '../../db/sqlite/store';
import { tempDbPath } from '../../db/test-support';
import { CASE_FILE_FORMAT } from '../../shared/domain/case-file';
import type { CaseRecordInput } from '../../shared/domain/case-record';
import { seedReferenceData } from '../seed-reference';
import { fillDemo } from './demo';
import { importCases } from './import-cases';
import { renderReport } from './report/render';
import { pdfText } from './report/testing/pdf-text';
import { annualStats } from './stats';
import { kase } from './stats-fixtures';

/*
 * The year's figures a store counts are kept in its file (db/sqlite/kept-stats.ts): these tests open
 * the file again, as the next command or the app's next start does.
 */

const keptKeys = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT key FROM stats_results ORDER BY key').pluck().all() as string[];
  } finally {
    db.close();
  }
};

const importInto = (path: string, cases: CaseRecordInput[]) => async () => {
  const store = openSqliteStore(path);
  await seedReferenceData(store);
  await importCases(store, 'test', { format: CASE_FILE_FORMAT, cases }, 'refuse');
  await store.close();
};

async function registeredIn2024(path: string): Promise<number> {
  const store = openSqliteStore(path);
  try {
    return (await annualStats(store, { year: 2024 })).pipeline.registered;
  } finally {
    await store.close();
  }
}

type Request = { year: number; language: 'ru' | 'en' };

/** The demo data in a new file, and the review of `request` printed from it (which keeps its charts). */
async function demoReviewed(request: Request): Promise<{ path: string; pdf: Buffer }> {
  const path = tempDbPath();
  const store = openSqliteStore(path);
  try {
    await seedReferenceData(store);
    await fillDemo(store, 'test');
    return { path, pdf: (await renderReport(store, request, { actor: 'cli:tester' })).pdf };
  } finally {
    await store.close();
  }
}

/** Adds `element` to every kept chart, by hand: a review showing it read them rather than drew them. */
function markKeptCharts(path: string, element: string): void {
  const db = new Database(path);
  db.prepare(
    `UPDATE stats_results SET figures = replace(figures, '</svg>', @element || '</svg>') WHERE key LIKE 'chart:%'`,
  ).run({ element });
  db.close();
}

/** The review as a new process prints it: modules loaded afresh, so no chart drawn before is remembered. */
async function reviewInNewProcess(path: string, request: Request): Promise<Buffer> {
  vi.resetModules();
  const fresh = (await import('./report/render')).renderReport;
  const store = openSqliteStore(path);
  try {
    return (await fresh(store, request, { actor: 'cli:tester' })).pdf;
  } finally {
    await store.close();
  }
}

describe('statistics kept in the database file', () => {
  it('give the next process to open the file a review byte for byte the same, its charts undrawn', async () => {
    const request = { year: 2024, language: 'ru' as const };
    const { path, pdf: counted } = await demoReviewed(request);
    const keys = keptKeys(path);
    // The year's figures, the earlier years of its trend, and the charts.
    expect(keys.filter((key) => key.startsWith('annual:'))).toHaveLength(1);
    expect(keys.filter((key) => key.startsWith('pipeline:')).length).toBeGreaterThan(0);
    expect(keys.filter((key) => key.startsWith('chart:')).length).toBeGreaterThan(3);

    expect((await reviewInNewProcess(path, request)).equals(counted)).toBe(true);
    markKeptCharts(path, '<rect width="9" height="9"/>');
    expect((await reviewInNewProcess(path, request)).equals(counted)).toBe(false);
  });

  it('leave the charts of a review an edit of another year left as they were undrawn', async () => {
    const request = { year: 2024, language: 'en' as const };
    const { path } = await demoReviewed(request);
    markKeptCharts(path, '<text x="1" y="9">KEPT-MARK</text>');
    await importInto(path, [kase('2025-02-01')])();
    expect(pdfText(await reviewInNewProcess(path, request))).toContain('KEPT-MARK');
  });

  it('are what the next store reads, not counted again', async () => {
    const path = tempDbPath();
    await importInto(path, [kase('2024-03-01'), kase('2024-04-01')])();
    expect(await registeredIn2024(path)).toBe(2);
    // Edited behind the stamp's back, as no program can: only a read of the kept row shows 7.
    const db = new Database(path);
    db.prepare(
      `UPDATE stats_results SET figures = replace(figures, '"registered":2', '"registered":7')
       WHERE key LIKE 'annual:%'`,
    ).run();
    db.close();
    expect(await registeredIn2024(path)).toBe(7);
  });

  it('are counted again once a write changed the data, in the same store and in the next', async () => {
    const path = tempDbPath();
    await importInto(path, [kase('2024-03-01')])();
    const store = openSqliteStore(path);
    expect((await annualStats(store, { year: 2024 })).pipeline.registered).toBe(1);
    await importCases(store, 'test', { format: CASE_FILE_FORMAT, cases: [kase('2024-05-01')] }, 'refuse');
    expect((await annualStats(store, { year: 2024 })).pipeline.registered).toBe(2);
    await store.close();
    await importInto(path, [kase('2024-06-01')])();
    expect(await registeredIn2024(path)).toBe(3);
  });
});
