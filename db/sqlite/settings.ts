import type { Database } from 'better-sqlite3';
import type { SettingsReader, SettingsWriter } from '../ports';

export function settingsReader(db: Database): SettingsReader {
  return {
    get(key) {
      const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
        { value: string } | undefined;
      return Promise.resolve(row?.value ?? null);
    },
  };
}

export function settingsWriter(db: Database): SettingsWriter {
  return {
    set(key, value) {
      db.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ).run(key, value);
      return Promise.resolve(key);
    },
    remove(key) {
      db.prepare('DELETE FROM settings WHERE key = ?').run(key);
      return Promise.resolve(key);
    },
  };
}
