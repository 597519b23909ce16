import { seedReferenceData } from '../backend/seed-reference';
import { openSqliteStore } from '../db/sqlite/store';

/**
 * A database with its reference data (the districts of Astana…) and their trail, made in the test's own
 * process: the commands that only read refuse a missing file, and a CLI run to create it costs a start.
 */
export async function createDatabase(path: string): Promise<void> {
  const store = openSqliteStore(path);
  await seedReferenceData(store);
  await store.close();
}
