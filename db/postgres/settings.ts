import type { ImportWriter, SettingsReader, SettingsWriter } from '../ports';
import { nextId } from './next-id';
import { row, type Queryable } from './sql';

export const pgSettingsReader = (db: Queryable): SettingsReader => ({
  get: async (key) =>
    (await row<{ value: string }>(db, 'SELECT value FROM settings WHERE key = $1', [key]))?.value ?? null,
});

export const pgSettingsWriter = (db: Queryable): SettingsWriter => ({
  async set(key, value) {
    await db.query(
      'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      [key, value],
    );
    return key;
  },
  async remove(key) {
    await db.query('DELETE FROM settings WHERE key = $1', [key]);
    return key;
  },
});

export const pgImportWriter = (db: Queryable): ImportWriter => ({
  async insert({ fileName, mode, startedAt }) {
    const id = await nextId(db, 'imports');
    await db.query('INSERT INTO imports (id, file_name, mode, started_at) VALUES ($1, $2, $3, $4)', [
      id,
      fileName,
      mode,
      startedAt,
    ]);
    return id;
  },
});
