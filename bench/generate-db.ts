import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../db/connection';
import { BENCH_DIR } from './paths';
import { rawInserter } from './raw-insert';
import { sizeLabel } from './sizes';
import { syntheticCases } from './synthetic';

/*
 * Databases of 10k to 1M synthetic cases for the list benchmarks, built once and cached under .bench/.
 * The file name carries a fingerprint of the schema and of this generator, so a changed migration or
 * generator rebuilds it instead of measuring a stale layout. No audit entries: lists never read them.
 */

const GENERATOR_VERSION = 1;
const CHUNK = 20_000;

/** Fingerprint of the current migrated schema (every CREATE statement) and the generator version. */
export function schemaFingerprint(): string {
  const db = openDatabase(':memory:');
  const sql = db
    .prepare('SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name')
    .pluck()
    .all()
    .join(';');
  db.close();
  return createHash('sha256').update(`${GENERATOR_VERSION}\n${sql}`).digest('hex').slice(0, 10);
}

export function benchDbPath(size: number): string {
  return join(BENCH_DIR, `cases-${sizeLabel(size)}-${schemaFingerprint()}.sqlite`);
}

/** The cached database of `size` cases, built now if missing (bare statements, one transaction). */
export function ensureBenchDb(size: number, log: (line: string) => void = () => undefined): string {
  const path = benchDbPath(size);
  if (existsSync(path)) return path;
  mkdirSync(BENCH_DIR, { recursive: true });
  const prefix = `cases-${sizeLabel(size)}-`;
  for (const name of readdirSync(BENCH_DIR))
    if (name.startsWith(prefix)) rmSync(join(BENCH_DIR, name), { force: true });

  const part = `${path}.part`;
  openDatabase(part).close(); // the current schema, through the real migrations
  const db = new Database(part);
  // A cache file is rebuilt rather than recovered, so durability is traded for build speed.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const started = Date.now();
  const inserter = rawInserter(db);
  db.transaction(() => {
    for (let from = 0; from < size; from += CHUNK) {
      inserter.insert(syntheticCases(from, Math.min(CHUNK, size - from)));
      if ((from / CHUNK) % 10 === 9) log(`  ${sizeLabel(size)}: ${from + CHUNK} cases written`);
    }
  })();
  db.pragma('journal_mode = DELETE');
  db.close();
  renameSync(part, path);
  log(`  built ${path} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return path;
}
