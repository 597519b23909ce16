import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seedReferenceData } from '../backend/seed-reference';
import { importCases } from '../backend/services/import-cases';
import { openDatabase } from '../db/connection';
import { openSqliteStore } from '../db/sqlite/store';
import { CASE_FILE_FORMAT, parseCaseFile } from '../shared/domain/case-file';
import { emit, peakRssMb, summarize, timeMs } from './measure';
import { BENCH_DIR } from './paths';
import { insertAll } from './raw-insert';
import { importModes, type ImportMode } from './scenarios';
import { syntheticCases } from './synthetic';

/*
 * One way of writing `size` cases into a fresh database, in its own process:
 *   tsx bench/cases-import.bench.ts --mode import|raw|validate --size <n> --runs <n>
 * - import: importCases, the real path (whole-file validation, one transaction, an audit entry per case);
 * - raw: the same rows by bare prepared statements in one transaction (the limit);
 * - validate: only the validation the import starts with.
 * Each run starts from an empty database with the reference data seeded; generating the cases is not timed.
 */

async function emptyDatabase(path: string): Promise<void> {
  const store = openSqliteStore(path);
  await seedReferenceData(store);
  await store.close();
}

async function runOnce(mode: ImportMode, cases: unknown[], path: string): Promise<number> {
  const data = { format: CASE_FILE_FORMAT, cases };
  if (mode === 'validate') {
    return timeMs(() => {
      if (!parseCaseFile(data).ok) throw new Error('synthetic cases do not validate');
    });
  }
  await emptyDatabase(path);
  if (mode === 'raw') {
    const db = openDatabase(path); // the store's own connection settings (WAL, synchronous NORMAL)
    try {
      return await timeMs(() => insertAll(db, data.cases as Parameters<typeof insertAll>[1]));
    } finally {
      db.close();
    }
  }
  const store = openSqliteStore(path);
  try {
    return await timeMs(() => importCases(store, 'bench', data, 'refuse'));
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { mode: { type: 'string' }, size: { type: 'string' }, runs: { type: 'string' } },
  });
  const mode = values.mode as ImportMode;
  if (!(mode in importModes) || !values.size)
    throw new Error('usage: cases-import.bench.ts --mode import|raw|validate --size <n>');
  const size = Number(values.size);
  const cases = syntheticCases(0, size);
  const dir = join(BENCH_DIR, 'tmp');
  mkdirSync(dir, { recursive: true });
  const samples: number[] = [];
  for (let run = 0; run < Number(values.runs ?? 3); run += 1) {
    const path = join(dir, `import-${mode}-${process.pid}-${run}.sqlite`);
    try {
      samples.push(await runOnce(mode, cases, path));
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    }
  }
  emit({ name: importModes[mode], size, ...summarize(samples), peakRssMb: peakRssMb() });
}

await main();
